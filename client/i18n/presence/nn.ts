import type { presenceColorNb } from './nb';

/** Nynorsk texts for choosing one's presence colour; typed against bokmål. */
export const presenceColorNn: typeof presenceColorNb = {
  presenceColor: {
    summary: 'Fargen din',
    legend: 'Fargen dei andre ser deg i',
    intro: 'Fargen blir vist ved markøren din og i lista over kven som er til stades.',
    saved: 'Fargen din er no {{color}}.',
    failed: 'Kunne ikkje lagre fargen. Prøv igjen.',
    viewer: '{{name}} (ser på)',
  },
};
