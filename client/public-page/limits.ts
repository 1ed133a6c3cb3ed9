/**
 * The form's limits and accepted files as plain values. They are `InputLimits`
 * (shared/api/inputs.ts) and `FileLimits` / `INPUT_FILE_KINDS` (shared/public/fileKinds.ts), but
 * importing the first adds zod (about 25 kB gz) to this page and the second its own chunk, and
 * the page has an 80 kB budget; limits.test.ts keeps them equal.
 */
export const FormLimits = {
  textMax: 10_000,
  nameMax: 120,
  organisationMax: 200,
  emailMax: 200,
  minFillMs: 3_000,
  maxFiles: 3,
  maxFileBytes: 10 * 1024 * 1024,
} as const;

/** Extensions of the kinds input may attach (PDF, DOCX, ODT, JPG, PNG); `jpeg` is a JPG too. */
export const ACCEPTED_EXTENSIONS = ['pdf', 'docx', 'odt', 'jpg', 'jpeg', 'png'];

/** For the file picker's `accept`: the server decides by content, this only helps people pick. */
export const ACCEPTED_FILES = ACCEPTED_EXTENSIONS.map((extension) => `.${extension}`).join(',');

/** Whether a file's name says it is one of the accepted kinds (a first check; the server reads the bytes). */
export function looksAccepted(file: { name: string }): boolean {
  return ACCEPTED_EXTENSIONS.includes(/\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '');
}
