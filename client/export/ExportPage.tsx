import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Permission } from '../../shared/auth/roles';
import { NoAccessPage } from '../auth/NoAccessPage';
import { fetchVersions } from '../http/versionsApi';
import { useResource } from '../http/useResource';
import { Spinner } from '../ui/Spinner';
import { usePageTitle } from '../ui/usePageTitle';
import { PlanSubpage } from '../ui/PlanSubpage';
import { mayReadDiscussion } from '../../shared/discussion/permissions';
import { DiscussionOptions } from './DiscussionOptions';
import { CLEAN_COPY, EXPORT_FORMATS, type DiscussionChoice } from './exportFormats';
import { useExportDownload, type ExportState } from './useExportDownload';
import { PlanPageGate } from '../auth/PlanPageGate';

/** Route `/plans/:planId/export`: the plan as Word, PDF/A, HTML or Markdown, live or a version. */
export function ExportPage() {
  return (
    <PlanPageGate permission={Permission.ReadPlan}>
      {({ planId, title, role }) => (
        <Export planId={planId} title={title} showsDiscussion={mayReadDiscussion(role)} />
      )}
    </PlanPageGate>
  );
}

function Export({
  planId,
  title,
  showsDiscussion,
}: {
  planId: string;
  title: string;
  /** Only those who may read the comments may take them along. */
  showsDiscussion: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const versions = useResource(`versions:${planId}`, (signal) => fetchVersions(planId, signal));
  const [source, setSource] = useState('');
  const [choice, setChoice] = useState<DiscussionChoice>(CLEAN_COPY);
  // '' = the plan's own language, which the server knows; headings then match the plan text.
  const [labels, setLabels] = useState<'' | 'nb' | 'nn' | 'en'>('');
  const { state, start } = useExportDownload(planId, title);
  usePageTitle(t('exportPage.pageTitle', { plan: title }));
  if (versions.resource.state === 'refused' && versions.resource.status === 403)
    return <NoAccessPage />;
  const list = versions.resource.state === 'ready' ? versions.resource.data : [];
  const busy = state.kind === 'preparing';

  return (
    <PlanSubpage
      planId={planId}
      planTitle={title}
      title={t('exportPage.title')}
      intro={t('exportPage.intro', { plan: title })}
    >
      <div className="ds-field mb-8">
        <label className="ds-label" htmlFor={`${id}-source`}>
          {t('exportPage.sourceLabel')}
        </label>
        <select
          id={`${id}-source`}
          className="ds-input w-auto"
          value={source}
          onChange={(event) => setSource(event.target.value)}
        >
          <option value="">{t('exportPage.live')}</option>
          {list.map((version) => (
            <option key={version.id} value={version.id}>
              {version.name} ({t(`versions.steps.${version.step}`)})
            </option>
          ))}
        </select>
      </div>

      <div className="ds-field mb-8">
        <label className="ds-label" htmlFor={`${id}-labels`}>
          {t('exportPage.labelsLabel')}
        </label>
        <p className="ds-paragraph" data-size="sm" id={`${id}-labels-help`}>
          {t('exportPage.labelsHelp')}
        </p>
        <select
          id={`${id}-labels`}
          className="ds-input w-auto"
          aria-describedby={`${id}-labels-help`}
          value={labels}
          onChange={(event) => setLabels(event.target.value as typeof labels)}
        >
          <option value="">{t('exportPage.labelsAsPlan')}</option>
          <option value="nb" lang="nb">Bokmål</option>
          <option value="nn" lang="nn">Nynorsk</option>
          <option value="en" lang="en">English</option>
        </select>
      </div>

      {showsDiscussion && <DiscussionOptions choice={choice} onChange={setChoice} />}

      <section aria-labelledby="export-formats-heading">
        <h2 id="export-formats-heading" className="ds-heading mb-4" data-size="sm">
          {t('exportPage.formatsHeading')}
        </h2>
        <ul className="mb-6 grid gap-4 sm:grid-cols-2">
          {EXPORT_FORMATS.map((format) => (
            <li key={format} className="rounded-lg border border-neutral-border-subtle p-4">
              <h3 className="ds-heading mb-1" data-size="xs">
                {t(`exportPage.formats.${format}`)}
              </h3>
              <p className="ds-paragraph mb-3" data-size="sm">
                {t(`exportPage.descriptions.${format}`)}
              </p>
              <button
                type="button"
                className="ds-button"
                data-variant={format === 'pdf' ? 'primary' : 'secondary'}
                aria-disabled={busy || undefined}
                onClick={() => {
                  if (!busy) {
                    void start(
                      format,
                      source || null,
                      labels || null,
                      showsDiscussion ? choice : CLEAN_COPY,
                    );
                  }
                }}
              >
                {t('exportPage.download', { format: t(`exportPage.formats.${format}`) })}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <ExportStatus state={state} />
    </PlanSubpage>
  );
}

/** Always in the page, so each change is read politely; shown as well as spoken. */
function ExportStatus({ state }: { state: ExportState }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" data-testid="export-status">
      {state.kind === 'preparing' && (
        <p className="ds-alert flex items-center gap-3" data-color="info">
          <Spinner />
          {t('exportPage.preparing')}
        </p>
      )}
      {state.kind === 'done' && (
        <p className="ds-alert" data-color="success">
          {t('exportPage.done', { file: state.file })}
        </p>
      )}
      {state.kind === 'failed' && (
        <p className="ds-alert" data-color="danger">
          {t(`exportPage.errors.${state.error}`)}
        </p>
      )}
    </div>
  );
}
