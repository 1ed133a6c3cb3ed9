import { z } from 'zod';

/** Ids are url-safe strings the server generates; the pattern keeps document names unambiguous. */
export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'invalid id');

export const DOC_KINDS = ['plan', 'workshop', 'discussion'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

const docNamePattern = /^(plan|workshop|discussion):([A-Za-z0-9_-]{1,64})$/;

/** A document name is `<kind>:<id>`, e.g. `plan:4f3a…`. Every sync message names one. */
export const docNameSchema = z.string().max(80).regex(docNamePattern, 'invalid document name');

export interface ParsedDocName {
  kind: DocKind;
  id: string;
}

/** The pattern alone, not the schema: the server parses a name several times per update (issue #16). */
export function parseDocName(name: string): ParsedDocName | null {
  const match = docNamePattern.exec(name);
  if (!match) return null;
  return { kind: match[1] as DocKind, id: match[2]! };
}

export function planDocName(planId: string): string {
  return `plan:${planId}`;
}
