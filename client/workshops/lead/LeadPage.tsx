import { useCallback, useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can, Permission } from '../../../shared/auth/roles';
import { workshopPath, workshopResultsPath, workshopsPath } from '../../app/paths';
import { useAuth } from '../../auth/authContext';
import type { WorkshopInfo } from '../../http/workshopsApi';
import { PageLoading } from '../../ui/PageLoading';
import { usePageTitle } from '../../ui/usePageTitle';
import { useWorkshop } from '../useWorkshop';
import { WorkshopLoader } from '../WorkshopLoader';
import { WorkshopCodePanel } from '../../join/WorkshopCodePanel';
import { GroupsPanel } from '../groups/GroupsPanel';
import { participantIdOf } from '../groups/participantId';
import { AddActivityForm } from './AddActivityForm';
import { AgendaList } from './AgendaList';
import { AgendaTemplates } from './AgendaTemplates';
import { LeadNoAccess } from './LeadNoAccess';
import { LiveView } from './LiveView';
import { MergeDuplicates } from './MergeDuplicates';
import { ParticipantList } from './ParticipantList';
import { countParticipants } from './participantCounts';
import { StagePanel } from './StagePanel';
import { useFocusRescue } from './useFocusRescue';

/** Route `/workshops/:workshopId/lead`: the facilitator runs the workshop (RunWorkshops). */
export function LeadPage() {
  return (
    <WorkshopLoader>
      {(workshop, offset) =>
        can(workshop.role, Permission.RunWorkshops) ? (
          <Lead workshop={workshop} clockOffsetMs={offset} />
        ) : (
          <LeadNoAccess workshop={workshop} />
        )
      }
    </WorkshopLoader>
  );
}

const card = 'rounded-lg border border-neutral-border-subtle p-4 sm:p-6';

/**
 * A stage flow: what runs now and its one next step at the top; on a wide screen the board and
 * live results beside it, the setup (join code, agenda, people, groups) under the stage. On a
 * tablet or phone the same order, one column: stage, live, setup.
 */
function Lead({ workshop, clockOffsetMs }: { workshop: WorkshopInfo; clockOffsetMs: number }) {
  const { t } = useTranslation();
  const { view, send, mine } = useWorkshop(workshop.id);
  const participantId = participantIdOf(useAuth().me);
  const viewer = { role: workshop.role, participantId, host: true };
  const title = view?.meta.title ?? workshop.title;
  usePageTitle(t('workshop.lead.pageTitle', { title }));
  const pageRef = useRef<HTMLDivElement>(null);
  const stageHeading = useRef<HTMLHeadingElement>(null);
  const focusStage = useCallback(() => stageHeading.current?.focus(), []);
  useFocusRescue(pageRef, stageHeading);
  if (!view) return <PageLoading label={t('workshop.loading')} />;
  const current = view.agenda.find((activity) => activity.id === view.meta.currentActivityId);
  const counts = countParticipants(view.participants);
  const ended = view.meta.status === 'ended';

  return (
    <div ref={pageRef} className="mx-auto max-w-7xl px-4 py-6 sm:py-8">
      <p className="mb-4 flex flex-wrap gap-x-4 gap-y-2">
        <Link to={workshopsPath(workshop.planId)} className="ds-link">
          {t('workshop.toWorkshops')}
        </Link>
        <Link to={workshopPath(workshop.id)} className="ds-link">
          {t('workshop.lead.participantView')}
        </Link>
        <Link to={workshopResultsPath(workshop.id)} className="ds-link">
          {t('workshopResults.link', { title })}
        </Link>
      </p>
      <h1 className="ds-heading mb-2 break-words" data-size="lg">
        {t('workshop.lead.pageTitle', { title })}
      </h1>
      <p className="mb-6 flex flex-wrap gap-x-4" data-testid="workshop-status">
        <span>
          {t('workshop.lead.statusLabel', {
            status: t(`workshop.lead.status.${view.meta.status}`),
          })}
        </span>
        <span>{t('workshop.stage.joined', { count: counts.participants })}</span>
      </p>

      {/* Rows: the stage sizes the first, the setup takes the rest, live spans both. */}
      <div className="grid gap-6 lg:grid-cols-[minmax(20rem,26rem)_minmax(0,1fr)] lg:grid-rows-[auto_1fr] lg:items-start">
        <div className="lg:col-start-1 lg:row-start-1">
          <StagePanel
            view={view}
            current={current}
            send={send}
            clockOffsetMs={clockOffsetMs}
            headingRef={stageHeading}
            onStep={focusStage}
          />
        </div>

        <section
          aria-labelledby="live-heading"
          className={`${card} min-w-0 lg:col-start-2 lg:row-span-2 lg:row-start-1`}
        >
          <h2 id="live-heading" className="ds-heading mb-3" data-size="sm">
            {t('workshop.lead.liveHeading')}
          </h2>
          <LiveView view={view} current={current} send={send} viewer={viewer} mine={mine} />
        </section>

        <div className="flex min-w-0 flex-col gap-6 lg:col-start-1 lg:row-start-2">
          {!ended && (
            <div className={card}>
              <WorkshopCodePanel workshopId={workshop.id} />
            </div>
          )}

          <section aria-labelledby="agenda-heading" className={card}>
            <h2 id="agenda-heading" className="ds-heading mb-3" data-size="sm">
              {t('workshop.lead.agendaHeading')}
            </h2>
            <AgendaList view={view} send={send} />
          </section>

          {!ended && (
            <section aria-labelledby="add-heading" className={card}>
              <h2 id="add-heading" className="ds-heading mb-3" data-size="sm">
                {t('workshop.lead.addHeading')}
              </h2>
              <AddActivityForm agenda={view.agenda} send={send} />
            </section>
          )}

          {!ended && (
            <section aria-labelledby="templates-heading" className={card}>
              <h2 id="templates-heading" className="ds-heading mb-3" data-size="sm">
                {t('workshopTemplates.heading')}
              </h2>
              <AgendaTemplates planId={workshop.planId} agenda={view.agenda} send={send} />
            </section>
          )}

          <section aria-labelledby="participants-heading" className={card}>
            <h2 id="participants-heading" className="ds-heading mb-3" data-size="sm">
              {t('workshopBoard.moderation.participantsHeading')}
            </h2>
            <ParticipantList view={view} send={send} participantId={participantId} />
            {!ended && (
              <MergeDuplicates view={view} send={send} participantId={participantId} />
            )}
          </section>

          {!ended && (
            <section aria-labelledby="groups-heading" className={card}>
              <h2 id="groups-heading" className="ds-heading mb-3" data-size="sm">
                {t('workshopBoard.groups.heading')}
              </h2>
              <GroupsPanel view={view} send={send} />
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
