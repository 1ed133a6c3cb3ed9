import type { presenceColorNb } from './nb';

/** English texts for choosing one's presence colour; typed against bokmål. */
export const presenceColorEn: typeof presenceColorNb = {
  presenceColor: {
    summary: 'Your colour',
    legend: 'The colour others see you in',
    intro: 'The colour is shown at your cursor and in the list of who is here.',
    saved: 'Your colour is now {{color}}.',
    failed: 'Could not save the colour. Try again.',
    viewer: '{{name}} (viewing)',
  },
};
