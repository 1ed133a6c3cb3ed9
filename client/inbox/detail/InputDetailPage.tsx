import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { InputItem } from '../../../shared/api/inputs';
import { inboxPath } from '../../app/paths';
import { fetchInput } from '../../http/inputsApi';
import { useResource } from '../../http/useResource';
import { fetchWorkshops } from '../../http/workshopsApi';
import { useAnnounce } from '../../ui/announcerContext';
import { MessagePage } from '../../ui/MessagePage';
import { PageLoading } from '../../ui/PageLoading';
import { PlanSubpage } from '../../ui/PlanSubpage';
import { usePageTitle } from '../../ui/usePageTitle';
import { useInbox } from '../inboxContext';
import { usePlanSections } from '../usePlanSections';
import { DeleteInput } from './DeleteInput';
import { HandlingForm } from './HandlingForm';
import { HandlingView } from './HandlingView';
import { InputFacts } from './InputFacts';
import { referencesOf } from './handlingDraft';

/** Route `/plans/:planId/inputs/:inputId`: one input, read and handled. */
export function InputDetailPage() {
  const { t } = useTranslation();
  const { inputId = '' } = useParams();
  const inbox = useInbox();
  const { planId, live } = inbox;
  const { resource, reload } = useResource(`input:${planId}:${inputId}`, (signal) =>
    fetchInput(planId, inputId, signal),
  );
  // Someone changed this input (or the connection came back): read it again.
  useEffect(() => {
    if (live.revision > 0 && (live.changedIds.length === 0 || live.changedIds.includes(inputId)))
      reload();
  }, [live, inputId, reload]);

  if (resource.state === 'loading') return <PageLoading label={t('app.loading')} />;
  if (resource.state === 'ready') return <InputDetail key={inputId} fetched={resource.data} />;
  const back = (
    <Link
      to={`${inboxPath(planId)}${inbox.listSearch ? `?${inbox.listSearch}` : ''}`}
      className="ds-link"
    >
      {t('inbox.detail.back')}
    </Link>
  );
  if (resource.state === 'refused' && (resource.status === 404 || resource.status === 400))
    return (
      <MessagePage title={t('inbox.detail.notFoundTitle')}>
        <p className="ds-paragraph">{t('inbox.detail.notFoundText')}</p>
        {back}
      </MessagePage>
    );
  return (
    <MessagePage title={t('inbox.detail.loadFailedTitle')}>
      <p className="ds-paragraph">{t('inbox.detail.loadFailedText')}</p>
      <button type="button" className="ds-button" data-variant="primary" onClick={reload}>
        {t('auth.retry')}
      </button>
      {back}
    </MessagePage>
  );
}

function InputDetail({ fetched }: { fetched: InputItem }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const inbox = useInbox();
  const { planId, planTitle, access, all, consultations } = inbox;
  // What this page saved is newer than what it last read, until the next read.
  const [saved, setSaved] = useState<InputItem | null>(null);
  const input = saved && saved.updatedAt > fetched.updatedAt ? saved : fetched;
  usePageTitle(t('inbox.detail.documentTitle', { reference: input.reference, plan: planTitle }));

  const sections = usePlanSections(planId);
  const { resource: workshops } = useResource(`workshops:${planId}`, (signal) =>
    fetchWorkshops(planId, signal),
  );
  const allInputs = useMemo(() => (all.state === 'ready' ? all.data.inputs : []), [all]);
  const references = useMemo(() => referencesOf(allInputs), [allInputs]);
  const consultation = consultations.find((c) => c.id === input.consultationId) ?? null;
  const consultedVersionId = input.versionId ?? consultation?.versionId ?? null;
  const workshopTitle =
    input.workshopId && workshops.state === 'ready'
      ? (workshops.data.find((w) => w.id === input.workshopId)?.title ?? null)
      : null;
  const listUrl = `${inboxPath(planId)}${inbox.listSearch ? `?${inbox.listSearch}` : ''}`;
  const { returnFocus } = inbox;
  useEffect(() => {
    returnFocus.current = { focusInput: input.id };
  }, [returnFocus, input.id]);

  return (
    <PlanSubpage
      planId={planId}
      planTitle={planTitle}
      title={t('inbox.detail.title', { reference: input.reference })}
      back={{ to: listUrl, label: t('inbox.detail.back') }}
    >
      <InputFacts
        planId={planId}
        input={input}
        consultationTitle={consultation?.title ?? null}
        workshopTitle={workshopTitle}
      />
      {access === 'handle' ? (
        <div className="mb-8">
          <HandlingForm
            planId={planId}
            input={input}
            references={references}
            referenceList={allInputs.map((item) => item.reference)}
            tagSuggestions={all.state === 'ready' ? all.data.tags : []}
            sections={sections}
            consultedVersionId={consultedVersionId}
            onSaved={(next) => {
              setSaved(next);
              inbox.reloadAll();
            }}
          />
        </div>
      ) : (
        <HandlingView
          planId={planId}
          input={input}
          duplicateOf={
            input.duplicateOf ? (references.referenceOf(input.duplicateOf) ?? null) : null
          }
          sections={sections}
          consultedVersionId={consultedVersionId}
        />
      )}
      {access === 'handle' && (
        <DeleteInput
          planId={planId}
          input={input}
          onDeleted={() => {
            announce(t('inbox.delete.done', { reference: input.reference }));
            inbox.reloadAll();
            returnFocus.current = { focusList: true };
            void navigate(listUrl);
          }}
        />
      )}
    </PlanSubpage>
  );
}
