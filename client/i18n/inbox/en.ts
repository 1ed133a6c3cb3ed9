import type { inboxNb } from './nb';

/** English texts for the input inbox; typed against bokmål. */
export const inboxEn: typeof inboxNb = {
  inbox: {
    navLink: 'Input',
    pageTitle: 'Input',
  },
};
