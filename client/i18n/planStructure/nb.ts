/** Bokmål texts that tell people what others changed in the plan: its shape, a restored version. */
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
  planNotice: {
    versionRestored: '{{by}} gjenopprettet versjonen «{{name}}». Utkastet er byttet ut med den.',
    versionRestoredBySomeone: 'Versjonen «{{name}}» ble gjenopprettet. Utkastet er byttet ut med den.',
    dismiss: 'Lukk meldingen',
  },
};
