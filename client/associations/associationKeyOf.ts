/**
 * Same rule as `associationKey` in shared/api/associations.ts (kept apart so zod stays off the
 * page): two names that differ only in case or spacing are the same association.
 */
export function associationKeyOf(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLocaleLowerCase('nb');
}
