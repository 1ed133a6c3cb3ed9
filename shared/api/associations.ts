import { z } from 'zod';
import { InputLimits as L } from './limits';

/**
 * HTTP contract for a plan's association list: the organisations the owner wants to reach
 * (e.g. «Asker pensjonistforening», «Ungdomsrådet»). People joining a workshop pick one of these
 * or write their own; the coverage view counts both.
 */
export const associationNameSchema = z
  .string()
  .transform((value) => value.replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1, 'name is required').max(L.associationMax));

export const addAssociationBodySchema = z.strictObject({ name: associationNameSchema });
export type AddAssociationBody = z.input<typeof addAssociationBodySchema>;

export const renameAssociationBodySchema = z.strictObject({ name: associationNameSchema });
export type RenameAssociationBody = z.input<typeof renameAssociationBodySchema>;

/** Most associations a plan's list may hold: a list to pick from, not a register. */
export const ASSOCIATIONS_MAX = 200;

export interface AssociationSummary {
  id: string;
  name: string;
}

export interface AssociationListResponse {
  /** By name (Norwegian collation). */
  associations: AssociationSummary[];
}

export interface AssociationResponse {
  association: AssociationSummary;
}

/** Two names that differ only in case or spacing are the same association. */
export function associationKey(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLocaleLowerCase('nb');
}
