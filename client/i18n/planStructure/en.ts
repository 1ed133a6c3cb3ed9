import type { planStructureNb } from './nb';

/** English. */
export const planStructureEn: typeof planStructureNb = {
  planStructure: {
    strategyAdded: 'Someone else added a strategy to “{{area}}”. Numbers are updated.',
    strategyRemoved: 'Someone else deleted a strategy in “{{area}}”. Numbers are updated.',
    strategyMoved: 'Someone else moved a strategy in “{{area}}”. Numbers are updated.',
    focusAreaAdded: 'Someone else added the focus area “{{area}}”. Numbers are updated.',
    focusAreaRemoved: 'Someone else deleted the focus area “{{area}}”. Numbers are updated.',
    focusAreaMoved: 'Someone else moved the focus area “{{area}}” to place {{number}}.',
    many: 'Others made {{count}} changes to the plan’s structure. Numbers are updated.',
  },
  planNotice: {
    versionRestored: '{{by}} restored the version “{{name}}”. The draft has been replaced with it.',
    versionRestoredBySomeone: 'The version “{{name}}” was restored. The draft has been replaced with it.',
    dismiss: 'Close the message',
  },
};
