import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanLanguage } from '../../shared/plan/contentLanguage';
import { fetchPlan } from '../http/plansApi';
import { useResource } from '../http/useResource';
import { PlanLanguageField } from '../plan-list/PlanLanguageField';
import { useAnnounce } from '../ui/announcerContext';
import { FormMessage } from '../ui/FormMessage';
import { PageLoading } from '../ui/PageLoading';
import { SubmitButton } from '../ui/SubmitButton';
import { ResourceError } from '../versions/ResourceError';
import { actionError } from './actionError';
import { updatePlanLanguage } from './planLanguageApi';

/** Section "Planens språk": the owner changes the language the plan is written in (issue #15). */
export function PlanLanguageSection({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const { resource, reload } = useResource(`plan:${planId}`, (signal) => fetchPlan(planId, signal));
  return (
    // No aria-labelledby: a region named "Planens språk" would be one more thing labelled
    // "Språk" beside the interface's language picker, for people and for tests alike.
    <section className="mb-14">
      <h2 className="ds-heading mb-2" data-size="md">
        {t('publicSettings.identity.languageHeading')}
      </h2>
      <p className="ds-paragraph mb-6">{t('publicSettings.identity.languageIntro')}</p>
      {resource.state === 'loading' && <PageLoading label={t('app.loading')} />}
      {(resource.state === 'failed' || resource.state === 'refused') && (
        <ResourceError message={t('publicSettings.identity.loadFailed')} retry={reload} />
      )}
      {resource.state === 'ready' && (
        <LanguageForm planId={planId} initial={resource.data.contentLanguage} />
      )}
    </section>
  );
}

function LanguageForm({ planId, initial }: { planId: string; initial: PlanLanguage }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [language, setLanguage] = useState(initial);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setMessage(null);
    setBusy(true);
    try {
      const saved = await updatePlanLanguage(planId, language);
      setLanguage(saved.contentLanguage);
      const name = saved.contentLanguage === 'nn' ? t('planList.languageNn') : t('planList.languageNb');
      announce(t('publicSettings.identity.languageSaved', { language: name }));
    } catch (failure) {
      setMessage(t(`publicSettings.errors.${actionError(failure)}`));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="flex flex-col gap-4">
      <PlanLanguageField value={language} onChange={setLanguage} name="plan-language" />
      <FormMessage message={message} />
      <SubmitButton
        busy={busy}
        label={t('publicSettings.identity.languageSave')}
        busyLabel={t('publicSettings.saving')}
      />
    </form>
  );
}
