/** Bokmål texts that tell a screen-reader user what others changed in the plan's shape. */
export const planStructureNb = {
  planStructure: {
    strategyAdded: 'En annen la til en strategi i «{{area}}». Numrene er oppdatert.',
    strategyRemoved: 'En annen slettet en strategi i «{{area}}». Numrene er oppdatert.',
    strategyMoved: 'En annen flyttet en strategi i «{{area}}». Numrene er oppdatert.',
    focusAreaAdded: 'En annen la til innsatsområdet «{{area}}». Numrene er oppdatert.',
    focusAreaRemoved: 'En annen slettet innsatsområdet «{{area}}». Numrene er oppdatert.',
    focusAreaMoved: 'En annen flyttet innsatsområdet «{{area}}» til plass {{number}}.',
    many: 'Andre gjorde {{count}} endringer i planens oppbygging. Numrene er oppdatert.',
  },
};
