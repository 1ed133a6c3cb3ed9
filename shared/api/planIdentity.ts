import { z } from 'zod';
import { InputLimits as L } from './limits';
import type { PlanLanguage } from '../plan/contentLanguage';
import { planLanguageSchema } from './plans';

/**
 * HTTP contract for the municipality a plan is for: its name and logo, set once by the owner
 * and used by the exports and the public page.
 */

export const LogoLimits = {
  maxBytes: 512 * 1024,
  /** Largest PNG width or height, in pixels. */
  maxPixels: 2000,
} as const;

export const updatePlanIdentityBodySchema = z.strictObject({
  municipality: z
    .string()
    .trim()
    .min(1, 'municipality is required')
    .max(L.municipalityMax, `municipality is at most ${L.municipalityMax} characters`),
});
export type UpdatePlanIdentityBody = z.infer<typeof updatePlanIdentityBodySchema>;

/** The owner sets the language the plan is written in (`PUT /api/plans/:id/language`). */
export const updatePlanLanguageBodySchema = z.strictObject({ contentLanguage: planLanguageSchema });
export type UpdatePlanLanguageBody = z.infer<typeof updatePlanLanguageBodySchema>;

export interface PlanLanguageResponse {
  contentLanguage: PlanLanguage;
}

export interface PlanLogo {
  /** Changes with every new logo, so it may be cached for good. */
  url: string;
  kind: 'png' | 'svg';
}

export interface PlanIdentityResponse {
  municipality: string;
  logo: PlanLogo | null;
}

export { logoAltText } from '../public/logoAltText';
