import { createContext, useContext } from 'react';
import type { PlanLanguage } from '../../shared/plan/contentLanguage';

/**
 * The language the open plan is written in (issue #15). The plan's text fields and editors carry
 * it as `lang`, so a screen reader reads a nynorsk plan as nynorsk when the interface is in
 * English (WCAG 3.1.2). Undefined outside a plan: the text is then in the page's language.
 */
export const ContentLanguageContext = createContext<PlanLanguage | undefined>(undefined);

export function useContentLanguage(): PlanLanguage | undefined {
  return useContext(ContentLanguageContext);
}
