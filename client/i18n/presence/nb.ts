/** Bokmål texts for choosing one's presence colour and for people who only watch. */
export const presenceColorNb = {
  presenceColor: {
    summary: 'Din farge',
    legend: 'Fargen de andre ser deg i',
    intro: 'Fargen vises ved markøren din og i lista over hvem som er til stede.',
    saved: 'Fargen din er nå {{color}}.',
    failed: 'Kunne ikke lagre fargen. Prøv igjen.',
    viewer: '{{name}} (ser på)',
  },
};
