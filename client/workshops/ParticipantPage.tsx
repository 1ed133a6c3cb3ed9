import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { workshopsPath } from '../app/paths';
import type { WorkshopInfo } from '../http/workshopsApi';
import { PageLoading } from '../ui/PageLoading';
import { usePageTitle } from '../ui/usePageTitle';
import { can, Permission } from '../../shared/auth/roles';
import { useAuth } from '../auth/authContext';
import { ActivityPanel } from './ActivityPanel';
import { HiddenNoteNotice } from './board/HiddenNoteNotice';
import { myHiddenNotes } from './board/myHiddenNotes';
import { participantIdOf } from './groups/participantId';
import { YourGroup } from './groups/YourGroup';
import { Countdown } from './Countdown';
import { useWorkshop } from './useWorkshop';
import { WorkshopLoader } from './WorkshopLoader';
import { WorkshopIntro } from './WorkshopIntro';
import { ClosingScreen } from './participant/ClosingScreen';
import { useLiveAnnouncements } from './participant/useLiveAnnouncements';
import { useFocusRescue } from './lead/useFocusRescue';

/** Route `/workshops/:workshopId`: taking part, on a phone as well as a desktop. */
export function ParticipantPage() {
  return (
    <WorkshopLoader>
      {(workshop, offset) => <Participant workshop={workshop} clockOffsetMs={offset} />}
    </WorkshopLoader>
  );
}

function Participant({
  workshop,
  clockOffsetMs,
}: {
  workshop: WorkshopInfo;
  clockOffsetMs: number;
}) {
  const { t } = useTranslation();
  const { view, mine, send, removed: refused } = useWorkshop(workshop.id);
  const participantId = participantIdOf(useAuth().me);
  const activityHeading = useRef<HTMLHeadingElement>(null);
  // Focus inside an activity's panel goes with it when the activity changes: to its heading.
  const pageRef = useRef<HTMLDivElement>(null);
  useFocusRescue(pageRef, activityHeading);
  const title = view?.meta.title ?? workshop.title;
  usePageTitle(title);
  const current = view?.agenda.find((activity) => activity.id === view.meta.currentActivityId);
  const followMe = view?.meta.followMe ?? false;
  const kindText = current ? t(`workshop.kinds.${current.kind}`) : null;

  // Every change the facilitator makes is told (useLiveAnnouncements); with "follow me" on, a
  // new activity also takes focus, after it has rendered.
  const [focusActivity, setFocusActivity] = useState(0);
  useLiveAnnouncements(view, () => {
    if (followMe) setFocusActivity((count) => count + 1);
  });
  useEffect(() => {
    if (focusActivity > 0) activityHeading.current?.focus();
  }, [focusActivity]);
  // The closing screen takes focus only when it replaces an activity the person was in.
  const status = view?.meta.status ?? null;
  const [endedWhileOpen, setEndedWhileOpen] = useState(false);
  const seenStatus = useRef(status);
  useEffect(() => {
    if (seenStatus.current !== null && seenStatus.current !== 'ended' && status === 'ended') {
      setEndedWhileOpen(true);
    }
    seenStatus.current = status;
  }, [status]);

  if (!view) return <PageLoading label={t('workshop.loading')} />;
  const { meta } = view;
  // Known from the public doc at once, or from a refused command when the id is not known.
  const removed =
    refused || view.participants.some((person) => person.id === participantId && person.removed);
  const locked = meta.inputLocked || removed;
  const viewer = {
    role: workshop.role,
    participantId,
    host: can(workshop.role, Permission.RunWorkshops),
  };

  return (
    <div ref={pageRef} className="mx-auto max-w-3xl px-4 py-6 sm:py-10">
      <p className="mb-4">
        <Link to={workshopsPath(workshop.planId)} className="ds-link">
          {t('workshop.toWorkshops')}
        </Link>
      </p>
      <h1 className="ds-heading mb-4 break-words" data-size="lg">
        {title}
      </h1>
      {meta.status === 'ended' ? (
        <ClosingScreen
          meta={meta}
          takeFocus={endedWhileOpen}
          publicPath={workshop.publicPath ?? null}
        />
      ) : (
        <WorkshopIntro meta={meta} />
      )}
      <div aria-live="polite" className="mb-4 flex flex-col gap-3">
        {removed && (
          <div className="ds-alert" data-color="danger">
            <p>{t('workshop.removed')}</p>
          </div>
        )}
        <HiddenNoteNotice notes={myHiddenNotes(view, mine)} />
      </div>
      {/* Not in the live region: locking is announced once, by useLiveAnnouncements. */}
      {meta.inputLocked && meta.status === 'running' && (
        <div className="ds-alert mb-4" data-color="warning">
          <p>{t('workshop.locked')}</p>
        </div>
      )}
      {meta.status === 'running' && !removed && (
        <YourGroup view={view} participantId={participantId} />
      )}
      {meta.status === 'draft' && <p className="ds-paragraph">{t('workshop.notStarted')}</p>}
      {meta.status === 'running' && !current && (
        <p className="ds-paragraph">{t('workshop.waiting')}</p>
      )}
      {meta.status === 'running' && current && (
        <section aria-labelledby="activity-heading">
          <h2
            id="activity-heading"
            ref={activityHeading}
            tabIndex={-1}
            className="ds-heading mb-2"
            data-size="sm"
          >
            {t('workshop.activityHeading', { kind: kindText })}
          </h2>
          <p className="mb-3 text-xl break-words" data-testid="prompt">
            {current.prompt}
          </p>
          <Countdown timer={view.timer} clockOffsetMs={clockOffsetMs} />
          <div className="mt-4">
            <ActivityPanel
              activity={current}
              view={view}
              mine={mine}
              send={send}
              locked={locked || meta.status !== 'running'}
              viewer={viewer}
              removed={removed}
            />
          </div>
        </section>
      )}
    </div>
  );
}
