import { z } from 'zod';

/** Ids are url-safe strings the server generates; the pattern keeps document names unambiguous. */
export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'invalid id');

export const DOC_KINDS = ['plan', 'workshop', 'discussion'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

/** A document name is `<kind>:<id>`, e.g. `plan:4f3a…`. Every sync message names one. */
export const docNameSchema = z
  .string()
  .max(80)
  .regex(/^(plan|workshop|discussion):[A-Za-z0-9_-]{1,64}$/, 'invalid document name');

export interface ParsedDocName {
  kind: DocKind;
  id: string;
}

export function parseDocName(name: string): ParsedDocName | null {
  if (!docNameSchema.safeParse(name).success) return null;
  const [kind, id] = name.split(':') as [DocKind, string];
  return { kind, id };
}

export function planDocName(planId: string): string {
  return `plan:${planId}`;
}
