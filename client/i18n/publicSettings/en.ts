import type { publicSettingsNb } from './nb';

/** English texts for the owner's public page settings; typed against bokmål. */
export const publicSettingsEn: typeof publicSettingsNb = {
  publicSettings: {
    navLink: 'Public page',
    pageTitle: 'Public page and consultation',
  },
};
