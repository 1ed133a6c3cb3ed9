import type { publicSettingsNb } from './nb';

/** Nynorsk texts for the owner's public page settings; typed against bokmål. */
export const publicSettingsNn: typeof publicSettingsNb = {
  publicSettings: {
    navLink: 'Offentleg side',
    pageTitle: 'Offentleg side og høyring',
  },
};
