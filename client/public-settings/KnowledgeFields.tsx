import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { PublicLimits } from '../../shared/api/publicPage';
import { MAX_LINK_LENGTH } from '../../shared/text/safeLink';
import { TextField } from '../ui/TextField';
import type { KnowledgeField } from './knowledgeFields';
import { TextAreaField } from './TextAreaField';
import type { KnowledgeValues } from './useKnowledgeFields';

/** Title, description and (for links) address of a knowledge item. */
export function KnowledgeFields({
  values,
  errors,
  set,
  withUrl,
  titleRef,
}: {
  values: KnowledgeValues;
  errors: Partial<Record<KnowledgeField, string>>;
  set: (field: KnowledgeField, value: string) => void;
  withUrl: boolean;
  titleRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        ref={titleRef}
        label={t('publicSettings.knowledge.titleLabel')}
        error={errors.title ?? null}
        value={values.title}
        maxLength={PublicLimits.knowledgeTitleMax + 20}
        onChange={(event) => set('title', event.target.value)}
      />
      <TextAreaField
        label={t('publicSettings.knowledge.descriptionLabel')}
        description={t('publicSettings.knowledge.descriptionHelp', {
          max: PublicLimits.knowledgeDescriptionMax,
        })}
        error={errors.description ?? null}
        value={values.description}
        rows={2}
        onChange={(event) => set('description', event.target.value)}
      />
      {withUrl && (
        <TextField
          label={t('publicSettings.knowledge.urlLabel')}
          description={t('publicSettings.knowledge.urlHelp')}
          error={errors.url ?? null}
          type="url"
          inputMode="url"
          autoComplete="url"
          maxLength={MAX_LINK_LENGTH}
          value={values.url}
          onChange={(event) => set('url', event.target.value)}
        />
      )}
    </>
  );
}
