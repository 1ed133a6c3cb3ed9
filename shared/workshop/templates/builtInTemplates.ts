import type { TemplateActivity } from './templateActivity';

/**
 * The agenda templates every plan has. Texts are i18n keys (workshopTemplates.* in the client's
 * locale files), so a template is added in the facilitator's language; `localiseTemplate` turns
 * one into ordinary template activities. References are positions, as in saved templates.
 */
export interface BuiltInTemplate {
  id: string;
  titleKey: string;
  /** Prompts and poll options are keys here. */
  activities: readonly TemplateActivity[];
}

const k = (template: string, text: string) => `workshopTemplates.builtIn.${template}.${text}`;

/**
 * Votes go on the brainstorm's notes: a promoted note carries its own votes and a promoted theme
 * the sum of its notes' votes (themeVotes), so whatever the group promotes keeps its priority.
 */
const focusGroup: BuiltInTemplate = {
  id: 'focusGroup60',
  titleKey: k('focusGroup60', 'title'),
  activities: [
    { settings: { kind: 'discussion', prompt: k('focusGroup60', 'welcome'), timeboxMinutes: 5 }, source: null },
    {
      settings: { kind: 'brainstorm', prompt: k('focusGroup60', 'ideas'), timeboxMinutes: 15, clusteringBy: 'facilitators' },
      source: null,
    },
    {
      settings: { kind: 'cluster', prompt: k('focusGroup60', 'sort'), timeboxMinutes: 10, sourceActivityId: null, clusteringBy: 'facilitators' },
      source: 1,
    },
    {
      settings: { kind: 'vote', prompt: k('focusGroup60', 'prioritise'), timeboxMinutes: 5, sourceActivityId: null, voteOn: 'notes', votesPerPerson: 3 },
      source: 1,
    },
    {
      settings: {
        kind: 'poll',
        prompt: k('focusGroup60', 'poll'),
        timeboxMinutes: 5,
        options: ['agree', 'partlyAgree', 'partlyDisagree', 'disagree'].map((option) => k('focusGroup60', option)),
        multiple: false,
      },
      source: null,
    },
    { settings: { kind: 'discussion', prompt: k('focusGroup60', 'wrapUp'), timeboxMinutes: 20 }, source: null },
  ],
};

const ideasAndPriorities: BuiltInTemplate = {
  id: 'ideasAndPriorities',
  titleKey: k('ideasAndPriorities', 'title'),
  activities: [
    {
      settings: { kind: 'brainstorm', prompt: k('ideasAndPriorities', 'ideas'), timeboxMinutes: 10, clusteringBy: 'facilitators' },
      source: null,
    },
    {
      settings: { kind: 'cluster', prompt: k('ideasAndPriorities', 'sort'), timeboxMinutes: 10, sourceActivityId: null, clusteringBy: 'facilitators' },
      source: 0,
    },
    {
      settings: { kind: 'vote', prompt: k('ideasAndPriorities', 'prioritise'), timeboxMinutes: 5, sourceActivityId: null, voteOn: 'notes', votesPerPerson: 3 },
      source: 0,
    },
  ],
};

export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [focusGroup, ideasAndPriorities];

/** A built-in template's activities with their texts in the reader's language. */
export function localiseTemplate(
  template: BuiltInTemplate,
  t: (key: string) => string,
): TemplateActivity[] {
  return template.activities.map(({ settings, source }) => ({
    settings:
      settings.kind === 'poll'
        ? { ...settings, prompt: t(settings.prompt), options: settings.options.map((option) => t(option)) }
        : { ...settings, prompt: t(settings.prompt) },
    source,
  }));
}
