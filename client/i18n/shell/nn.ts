import type { shellNb } from './nb';
import { coreNn } from '../core/nn';
import { accessNn } from '../access/nn';
import { presenceColorNn } from '../presence/nn';
import { passwordResetNn } from '../passwordReset/nn';

/**
 * Nynorsk: the texts any page can need before the rest arrive (frame, plan list, logging in,
 * password reset). Bundled with the app for bokmål, loaded with the language for the others.
 */
export const shellNn: typeof shellNb = {
  ...coreNn,
  ...accessNn,
  ...presenceColorNn,
  ...passwordResetNn,
};
