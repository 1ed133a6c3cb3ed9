/**
 * The language a plan is written in (issue #15): bokmål or nynorsk, chosen at creation and
 * changeable by the owner. It is the plan text's language, not the interface's: the editor
 * marks the text with it when the interface speaks another (WCAG 3.1.2), and exports declare it.
 * No zod here: the plan list page reads it, and stays light (the schema is in shared/api/plans).
 */
export const PLAN_LANGUAGES = ['nb', 'nn'] as const;
export type PlanLanguage = (typeof PLAN_LANGUAGES)[number];

/** Plans made before plans had a language were all bokmål. */
export const DEFAULT_PLAN_LANGUAGE: PlanLanguage = 'nb';

export function isPlanLanguage(value: unknown): value is PlanLanguage {
  return typeof value === 'string' && (PLAN_LANGUAGES as readonly string[]).includes(value);
}

/** The BCP 47 tag documents declare for the plan's text ("nn-NO"). */
export function planLanguageTag(language: PlanLanguage): string {
  return language === 'nn' ? 'nn-NO' : 'nb-NO';
}
