import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can, Permission } from '../../../shared/auth/roles';
import { workshopPath, workshopResultsPath, workshopsPath } from '../../app/paths';
import { NoAccessPage } from '../../auth/NoAccessPage';
import { useAuth } from '../../auth/authContext';
import type { WorkshopInfo } from '../../http/workshopsApi';
import { PageLoading } from '../../ui/PageLoading';
import { usePageTitle } from '../../ui/usePageTitle';
import { Countdown } from '../Countdown';
import { useWorkshop } from '../useWorkshop';
import { WorkshopLoader } from '../WorkshopLoader';
import { WorkshopCodePanel } from '../../join/WorkshopCodePanel';
import { GroupsPanel } from '../groups/GroupsPanel';
import { participantIdOf } from '../groups/participantId';
import { AddActivityForm } from './AddActivityForm';
import { AgendaList } from './AgendaList';
import { LiveView } from './LiveView';
import { MergeDuplicates } from './MergeDuplicates';
import { ParticipantList } from './ParticipantList';
import { RunControls } from './RunControls';

/** Route `/workshops/:workshopId/lead`: the facilitator runs the workshop (RunWorkshops). */
export function LeadPage() {
  return (
    <WorkshopLoader>
      {(workshop, offset) =>
        can(workshop.role, Permission.RunWorkshops) ? (
          <Lead workshop={workshop} clockOffsetMs={offset} />
        ) : (
          <NoAccessPage />
        )
      }
    </WorkshopLoader>
  );
}

const card = 'mb-8 rounded-lg border border-neutral-border-subtle p-4 sm:p-6';

function Lead({ workshop, clockOffsetMs }: { workshop: WorkshopInfo; clockOffsetMs: number }) {
  const { t } = useTranslation();
  const { view, send } = useWorkshop(workshop.id);
  const participantId = participantIdOf(useAuth().me);
  const viewer = { role: workshop.role, participantId, host: true };
  const title = view?.meta.title ?? workshop.title;
  usePageTitle(t('workshop.lead.pageTitle', { title }));
  if (!view) return <PageLoading label={t('workshop.loading')} />;
  const current = view.agenda.find((activity) => activity.id === view.meta.currentActivityId);

  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:py-10">
      <p className="mb-4 flex flex-wrap gap-4">
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
      <p className="mb-6" data-testid="workshop-status">
        {t('workshop.lead.statusLabel', { status: t(`workshop.lead.status.${view.meta.status}`) })}
      </p>

      {view.meta.status !== 'ended' && (
        <div className={card}>
          <WorkshopCodePanel workshopId={workshop.id} />
        </div>
      )}

      <section aria-labelledby="controls-heading" className={card}>
        <h2 id="controls-heading" className="ds-heading mb-3" data-size="sm">
          {t('workshop.lead.controlsHeading')}
        </h2>
        {current && (
          <p className="mb-2 break-words">
            {t('workshop.activityHeading', { kind: t(`workshop.kinds.${current.kind}`) })} –{' '}
            {current.prompt}
          </p>
        )}
        <Countdown timer={view.timer} clockOffsetMs={clockOffsetMs} />
        <RunControls view={view} current={current} send={send} />
      </section>

      <section aria-labelledby="live-heading" className={card}>
        <h2 id="live-heading" className="ds-heading mb-3" data-size="sm">
          {t('workshop.lead.liveHeading')}
        </h2>
        <LiveView view={view} current={current} send={send} viewer={viewer} />
      </section>

      {view.meta.status !== 'ended' && (
        <section aria-labelledby="groups-heading" className={card}>
          <h2 id="groups-heading" className="ds-heading mb-3" data-size="sm">
            {t('workshopBoard.groups.heading')}
          </h2>
          <GroupsPanel view={view} send={send} />
        </section>
      )}

      <section aria-labelledby="participants-heading" className={card}>
        <h2 id="participants-heading" className="ds-heading mb-3" data-size="sm">
          {t('workshopBoard.moderation.participantsHeading')}
        </h2>
        <ParticipantList view={view} send={send} participantId={participantId} />
        {view.meta.status !== 'ended' && (
          <MergeDuplicates view={view} send={send} participantId={participantId} />
        )}
      </section>

      <section aria-labelledby="agenda-heading" className={card}>
        <h2 id="agenda-heading" className="ds-heading mb-3" data-size="sm">
          {t('workshop.lead.agendaHeading')}
        </h2>
        <AgendaList view={view} send={send} />
      </section>

      {view.meta.status !== 'ended' && (
        <section aria-labelledby="add-heading" className={card}>
          <h2 id="add-heading" className="ds-heading mb-3" data-size="sm">
            {t('workshop.lead.addHeading')}
          </h2>
          <AddActivityForm agenda={view.agenda} send={send} />
        </section>
      )}
    </div>
  );
}
