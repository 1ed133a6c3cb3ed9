import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PublicLimits } from '../../shared/api/publicPage';
import { MAX_LINK_LENGTH } from '../../shared/text/safeLink';
import { knowledgeProblems, type KnowledgeField, type KnowledgeProblem } from './knowledgeFields';

export interface KnowledgeValues {
  title: string;
  description: string;
  url: string;
}

/**
 * The title, description and (for links) address of a knowledge item being added or edited,
 * with each field's problem in words. `check` returns the trimmed values, or null after marking
 * what is wrong.
 */
export function useKnowledgeFields(initial: KnowledgeValues, withUrl: boolean) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<KnowledgeField, string>>>({});

  const set = (field: KnowledgeField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _gone, ...rest }) => rest);
  };

  const problemText = (p: KnowledgeProblem): string => {
    if (p.field === 'title')
      return p.problem === 'required'
        ? t('publicSettings.knowledge.titleRequired')
        : t('publicSettings.tooLong', { max: PublicLimits.knowledgeTitleMax });
    if (p.field === 'description')
      return t('publicSettings.tooLong', { max: PublicLimits.knowledgeDescriptionMax });
    if (p.problem === 'required') return t('publicSettings.knowledge.urlRequired');
    if (p.problem === 'long') return t('publicSettings.tooLong', { max: MAX_LINK_LENGTH });
    return t('publicSettings.knowledge.urlInvalid');
  };

  const check = (): KnowledgeValues | null => {
    const problems = knowledgeProblems(
      withUrl ? values : { title: values.title, description: values.description },
    );
    if (problems.length > 0) {
      setErrors(Object.fromEntries(problems.map((p) => [p.field, problemText(p)])));
      return null;
    }
    setErrors({});
    return {
      title: values.title.trim(),
      description: values.description.trim(),
      url: values.url.trim(),
    };
  };

  const reset = () => {
    setValues(initial);
    setErrors({});
  };

  return { values, errors, set, check, reset };
}
