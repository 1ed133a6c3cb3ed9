import type { planStructureNb } from './nb';

/** Nynorsk. */
export const planStructureNn: typeof planStructureNb = {
  planStructure: {
    strategyAdded: 'Ein annan la til ein strategi i «{{area}}». Numra er oppdaterte.',
    strategyRemoved: 'Ein annan sletta ein strategi i «{{area}}». Numra er oppdaterte.',
    strategyMoved: 'Ein annan flytta ein strategi i «{{area}}». Numra er oppdaterte.',
    focusAreaAdded: 'Ein annan la til innsatsområdet «{{area}}». Numra er oppdaterte.',
    focusAreaRemoved: 'Ein annan sletta innsatsområdet «{{area}}». Numra er oppdaterte.',
    focusAreaMoved: 'Ein annan flytta innsatsområdet «{{area}}» til plass {{number}}.',
    many: 'Andre gjorde {{count}} endringar i oppbygginga av planen. Numra er oppdaterte.',
  },
  planNotice: {
    versionRestored: '{{by}} gjenoppretta versjonen «{{name}}». Utkastet er bytt ut med den.',
    versionRestoredBySomeone: 'Versjonen «{{name}}» vart gjenoppretta. Utkastet er bytt ut med den.',
    dismiss: 'Lukk meldinga',
  },
};
