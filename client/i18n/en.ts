import type { Messages } from './nb';
import { accessEn } from './access/en';
import { associationsEn } from './associations/en';
import { peopleEn } from './people/en';
import { versionsEn } from './versions/en';
import { discussionEn } from './discussion/en';
import { editorToolbarEn } from './editorToolbar/en';
import { workshopEn } from './workshops/en';
import { workshopBoardEn } from './workshopBoard/en';
import { workshopResultsEn } from './workshopResults/en';
import { publicSettingsEn } from './publicSettings/en';
import { inboxEn } from './inbox/en';
import { presenceColorEn } from './presence/en';
import { planStructureEn } from './planStructure/en';
import { passwordResetEn } from './passwordReset/en';

/** English. Typed against bokmål, so a missing key fails the typecheck. */
export const en: Messages = {
  app: {
    name: 'Medverk',
    tagline: 'Theme plans written together',
    skipToContent: 'Skip to main content',
    mainNav: 'Main menu',
    plans: 'Plans',
    loading: 'Loading …',
    notFoundTitle: 'Page not found',
    notFoundText: 'The page you tried to open does not exist.',
    backToPlans: 'Back to the plans',
  },
  language: {
    label: 'Language',
  },
  identity: {
    colors: {
      blue: 'Blue',
      red: 'Red',
      green: 'Green',
      purple: 'Purple',
      brown: 'Brown',
      teal: 'Teal',
      magenta: 'Magenta',
      slate: 'Slate grey',
    },
    save: 'Save',
    cancel: 'Cancel',
    youAre: 'You are logged in as',
    guest: 'guest',
    change: 'Change colour',
    dialogTitle: 'Your colour',
  },
  planList: {
    title: 'Plans',
    intro: 'Theme plans the municipality writes together with the working group.',
    createHeading: 'New plan',
    titleLabel: 'Plan title',
    titleRequired: 'Enter a title.',
    create: 'Create plan',
    creating: 'Creating …',
    createFailed: 'Could not create the plan. Please try again.',
    listHeading: 'All plans',
    empty: 'You have no plans yet. Create the first one above.',
    emptyGuest: 'You are not part of any plan that can be read here.',
    lastChanged: 'Last changed {{date}}',
    loadFailed: 'Could not load the plans. Check your connection and try again.',
    retry: 'Try again',
    untitled: 'Untitled',
  },
  editor: {
    loading: 'Opening the plan …',
    notFoundTitle: 'Plan not found',
    notFoundText: 'The plan does not exist, or the link is wrong.',
    toolbar: 'Saving and participants',
    menu: 'Menu',
    titleLabel: 'Plan title',
    titlePlaceholder: 'Plan title',
    municipality: 'Municipality: {{name}}',
    export: 'Download as Markdown',
    purposeHeading: 'Purpose',
    purposeLabel: 'Purpose text',
    placeholder: 'Write here …',
    focusAreasHeading: 'Focus areas',
    focusAreaLabel: 'Focus area {{number}}',
    focusAreaTitleLabel: 'Title of focus area {{number}}',
    focusAreaTitlePlaceholder: 'Name of the focus area',
    focusAreaBodyLabel: 'Text for focus area {{number}}',
    untitledFocusArea: 'focus area {{number}}',
    noFocusAreas: 'The plan has no focus areas yet.',
    addFocusArea: 'Add focus area',
    moveUp: 'Move “{{name}}” up',
    moveDown: 'Move “{{name}}” down',
    dragFocusArea: 'Drag to move “{{name}}”',
    deleteFocusArea: 'Delete “{{name}}”',
    movedFocusArea: '“{{name}}” moved to position {{position}} of {{count}}.',
    focusAreaDeleted: 'Focus area “{{name}}” was deleted.',
    strategiesHeading: 'Strategies',
    strategiesOf: 'Strategies in “{{name}}”',
    strategyNumber: 'Strategy {{number}}',
    strategyLabel: 'Text for strategy {{number}}',
    noStrategies: 'No strategies yet.',
    addStrategy: 'Add strategy',
    addStrategyTo: 'Add strategy to “{{name}}”',
    moveStrategyUp: 'Move strategy {{number}} up',
    moveStrategyDown: 'Move strategy {{number}} down',
    dragStrategy: 'Drag to move strategy {{number}}',
    deleteStrategy: 'Delete strategy {{number}}',
    movedStrategy: 'The strategy is now strategy {{number}}.',
    strategyDeleted: 'Strategy {{number}} was deleted.',
    undo: 'Undo',
    undone: 'The deletion was undone.',
    dismiss: 'Close the message',
    readOnly: 'You can read this plan but not change it.',
    suggestOnly: 'The owner is taking suggestions only in this plan for now. What you write becomes suggestions the owner accepts or rejects.',
    nowReadOnly: 'Your role changed. You can now only read the plan.',
  },
  status: {
    label: 'Saving',
    connecting: 'Connecting …',
    syncing: 'Fetching the latest version …',
    saving: 'Saving …',
    saved: 'Saved',
    retrying: 'Could not save – trying again',
    offline: 'Offline — your changes are stored on this device and sent when you are back online',
    readingLabel: 'Connection',
    live: 'Showing the latest version',
    offlineReading: 'Offline — showing what was last fetched',
  },
  errors: {
    'protocol-mismatch': 'Medverk has been updated. Reload the page to continue.',
    'bad-request': 'The server did not understand a message from this browser. Reload the page.',
    'malformed-update': 'The server could not read a change. Reload the page.',
    'message-too-large':
      'A change was too large to save. It is kept on this device; split the text into smaller parts.',
    'rate-limited':
      'Many changes in a short time. We will send them again shortly — nothing is lost.',
    'unknown-document': 'The plan was not found on the server.',
    'not-joined': 'The connection to the plan was interrupted. Reconnecting.',
    'too-many-documents':
      'You have too many plans open at once. Close some tabs and reload the page.',
    'read-only': 'You have read access only. Your changes are not saved.',
    forbidden: 'You do not have access to this plan.',
    'storage-failed':
      'The server could not save. Your changes are stored on this device and will be sent again.',
    'invalid-change':
      'A change from this browser would have damaged the plan, so the server refused it. Reload the page to get the stored plan.',
    'out-of-order': 'Some changes arrived out of order. We are sending them again — nothing is lost.',
    'growth-limited':
      'The plan is growing very fast right now. Your changes are saved on this device and will be sent shortly.',
    'presence-taken': 'Someone else is already using this presence. Reload the page.',
    'presence-limit': 'This tab is showing up as too many people. Reload the page.',
    'too-many-connections': 'Too many open connections from this network without signing in. We will try again shortly.',
  },
  presence: {
    heading: 'Present',
    you: '{{name}} (you)',
    here: '{{count}} present',
    inFocusArea: 'Present in “{{name}}”',
    arrived: '{{name}} joined',
    left: '{{name}} left',
  },
  ...accessEn,
  ...associationsEn,
  ...peopleEn,
  ...versionsEn,
  ...discussionEn,
  ...editorToolbarEn,
  ...workshopEn,
  ...workshopBoardEn,
  ...workshopResultsEn,
  ...publicSettingsEn,
  ...inboxEn,
  ...presenceColorEn,
  ...planStructureEn,
  ...passwordResetEn,
};
