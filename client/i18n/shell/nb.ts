import { coreNb } from '../core/nb';
import { accessNb } from '../access/nb';
import { presenceColorNb } from '../presence/nb';
import { passwordResetNb } from '../passwordReset/nb';

/**
 * Bokmål: the texts any page can need before the rest arrive (frame, plan list, logging in,
 * password reset). Bundled with the app for bokmål, loaded with the language for the others.
 */
export const shellNb = {
  ...coreNb,
  ...accessNb,
  ...presenceColorNb,
  ...passwordResetNb,
};
