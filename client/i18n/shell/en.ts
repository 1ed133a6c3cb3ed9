import type { shellNb } from './nb';
import { coreEn } from '../core/en';
import { accessEn } from '../access/en';
import { presenceColorEn } from '../presence/en';
import { passwordResetEn } from '../passwordReset/en';

/**
 * English: the texts any page can need before the rest arrive (frame, plan list, logging in,
 * password reset). Bundled with the app for bokmål, loaded with the language for the others.
 */
export const shellEn: typeof shellNb = {
  ...coreEn,
  ...accessEn,
  ...presenceColorEn,
  ...passwordResetEn,
};
