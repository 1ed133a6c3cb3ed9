import { useCallback, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PromoteResponse, PromoteSource } from '../../../shared/api/workshopResults';
import { can, Permission } from '../../../shared/auth/roles';
import { workshopResults } from '../../../shared/workshop/views/results';
import { resultVotes } from '../../../shared/workshop/export/themeVotes';
import { leadWorkshopPath, planPath, workshopsPath } from '../../app/paths';
import type { WorkshopInfo } from '../../http/workshopsApi';
import { isLanguage } from '../../i18n/languages';
import { PageLoading } from '../../ui/PageLoading';
import { usePageTitle } from '../../ui/usePageTitle';
import { useWorkshop } from '../useWorkshop';
import { WorkshopLoader } from '../WorkshopLoader';
import { PromoteDialog, type PromoteKind } from '../promote/PromoteDialog';
import { resultsDownloadPath } from '../promote/promoteApi';
import { itemAnchor } from '../../plan-editor/provenance/itemAnchor';
import { ActivityResultSection } from './ActivityResultSection';
import { PromoteContext } from './promoteContext';

/**
 * Route `/workshops/:workshopId/results`: every activity's results from the public doc, so a
 * participant sees exactly what the workshop revealed and authors only where the workshop is
 * open. Hosts and editors also get the downloads and "use in the plan".
 */
export function WorkshopResultsPage() {
  return <WorkshopLoader>{(workshop) => <Results workshop={workshop} />}</WorkshopLoader>;
}

interface Done {
  response: PromoteResponse;
  kind: PromoteKind;
}

function Results({ workshop }: { workshop: WorkshopInfo }) {
  const { t, i18n } = useTranslation();
  const { doc, view } = useWorkshop(workshop.id, { watchOnly: true });
  const title = view?.meta.title ?? workshop.title;
  usePageTitle(t('workshopResults.pageTitle', { title }));
  const canUse =
    can(workshop.role, Permission.RunWorkshops) || can(workshop.role, Permission.EditPlan);
  const [promoting, setPromoting] = useState<{ source: PromoteSource; label: string } | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const openPromote = useCallback((source: PromoteSource, label: string) => {
    setDone(null);
    setPromoting({ source, label });
  }, []);

  // Derived from the doc on every change of the view (the view is re-read on every update).
  const derived = useMemo(() => {
    if (!doc || !view) return null;
    return { results: workshopResults(doc), votes: resultVotes(doc) };
  }, [doc, view]);
  const authors = useMemo(() => {
    if (!view || view.meta.anonymous) return null;
    return new Map(view.participants.map((person) => [person.id, person.name]));
  }, [view]);

  if (!view || !derived) return <PageLoading label={t('workshop.loading')} />;
  const lang = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'nb';
  const doneText = done
    ? t(
        done.kind === 'focusArea'
          ? 'workshopResults.promote.doneFocusArea'
          : done.kind === 'strategy'
            ? 'workshopResults.promote.doneStrategy'
            : 'workshopResults.promote.doneComment',
      )
    : null;

  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:py-10">
      <p className="mb-4 flex flex-wrap gap-4">
        <Link to={workshopsPath(workshop.planId)} className="ds-link">
          {t('workshopResults.toWorkshops')}
        </Link>
        {can(workshop.role, Permission.RunWorkshops) && (
          <Link to={leadWorkshopPath(workshop.id)} className="ds-link">
            {t('workshopResults.toLead')}
          </Link>
        )}
      </p>
      <h1 className="ds-heading mb-2 break-words" data-size="lg">
        {t('workshopResults.heading', { title })}
      </h1>
      {view.meta.goal.trim() !== '' && (
        <p className="ds-paragraph mb-2 break-words">
          {t('workshopResults.goal', { goal: view.meta.goal })}
        </p>
      )}
      {view.meta.anonymous && <p className="ds-paragraph mb-2">{t('workshopResults.anonymous')}</p>}
      {!canUse && (
        <p className="ds-paragraph mb-2 text-neutral-text-subtle">
          {t('workshopResults.participantNote')}
        </p>
      )}

      {canUse && (
        <section aria-labelledby="results-downloads" className="my-6">
          <h2 id="results-downloads" className="ds-heading mb-2" data-size="xs">
            {t('workshopResults.downloadsHeading')}
          </h2>
          <p className="flex flex-wrap gap-3">
            <a
              className="ds-button"
              data-variant="secondary"
              href={resultsDownloadPath(workshop.id, 'csv', lang)}
              download
            >
              {t('workshopResults.downloadCsv')}
            </a>
            <a
              className="ds-button"
              data-variant="secondary"
              href={resultsDownloadPath(workshop.id, 'md', lang)}
              download
            >
              {t('workshopResults.downloadMd')}
            </a>
          </p>
        </section>
      )}

      <div aria-live="polite" className="mb-4">
        {done && doneText && (
          <div className="ds-alert" data-color="success" data-testid="promote-done">
            <p>
              {doneText}{' '}
              <Link
                to={{
                  pathname: planPath(done.response.planId),
                  hash: itemAnchor(done.response.itemId),
                }}
                className="ds-link"
              >
                {t('workshopResults.promote.openPlan')}
              </Link>
            </p>
          </div>
        )}
      </div>

      <PromoteContext.Provider value={canUse ? openPromote : null}>
        {derived.results.length === 0 && (
          <p className="ds-paragraph">{t('workshopResults.noActivities')}</p>
        )}
        {derived.results.map((result, index) => (
          <ActivityResultSection
            key={result.activity.id}
            result={result}
            number={index + 1}
            groups={view.groups}
            votes={derived.votes}
            authors={authors}
          />
        ))}
      </PromoteContext.Provider>

      {promoting && (
        <PromoteDialog
          workshopId={workshop.id}
          source={promoting.source}
          label={promoting.label}
          onClose={() => setPromoting(null)}
          onDone={(response, kind) => setDone({ response, kind })}
        />
      )}
    </div>
  );
}
