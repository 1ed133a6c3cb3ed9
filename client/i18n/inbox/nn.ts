import type { inboxNb } from './nb';

/** Nynorsk texts for the input inbox (innspel); typed against bokmål. */
export const inboxNn: typeof inboxNb = {
  inbox: {
    navLink: 'Innspel',
    pageTitle: 'Innspel',
  },
};
