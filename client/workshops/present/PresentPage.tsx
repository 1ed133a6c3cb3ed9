import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { can, Permission } from '../../../shared/auth/roles';
import type { WorkshopView } from '../../../shared/workshop/views/workshopView';
import { NoAccessPage } from '../../auth/NoAccessPage';
import type { WorkshopInfo } from '../../http/workshopsApi';
import { AnnouncerContext, useAnnounce } from '../../ui/announcerContext';
import { PageLoading } from '../../ui/PageLoading';
import { usePageTitle } from '../../ui/usePageTitle';
import { Countdown } from '../Countdown';
import { useWorkshop } from '../useWorkshop';
import { WorkshopLoader } from '../WorkshopLoader';
import { PresentActivity } from './PresentActivity';
import { PresentJoin } from './PresentJoin';
import { presentStage, stageKey, type PresentStage } from './presentStage';

/** Route `/workshops/:workshopId/present`: what the room sees on the wall (RunWorkshops). */
export function PresentPage() {
  return (
    <WorkshopLoader>
      {(workshop, offset) =>
        can(workshop.role, Permission.RunWorkshops) ? (
          <Present workshop={workshop} clockOffsetMs={offset} />
        ) : (
          <NoAccessPage />
        )
      }
    </WorkshopLoader>
  );
}

/** The timer is seen on the wall, not heard: its "one minute left" belongs to the phones. */
const silent = () => {};

function Present({ workshop, clockOffsetMs }: { workshop: WorkshopInfo; clockOffsetMs: number }) {
  const { t } = useTranslation();
  // Watching only: the wall is not a participant and is not counted as one.
  const { view, status } = useWorkshop(workshop.id, { watchOnly: true });
  const title = view?.meta.title ?? workshop.title;
  usePageTitle(t('present.pageTitle', { title }));
  const stage = view ? presentStage(view) : null;
  useStageAnnouncement(stage);

  if (!view || !stage) return <PageLoading label={t('workshop.loading')} />;
  // The socket reconnects by itself; until then the wall keeps what it had and says so, quietly.
  const reconnecting = status.state === 'offline' || status.state === 'connecting';

  return (
    <div className="flex min-h-screen flex-col gap-[3vh] px-[4vw] py-[3vh] text-[clamp(1.25rem,2vw,2.5rem)] leading-snug">
      <div className="flex flex-wrap items-baseline justify-between gap-x-[3vw] gap-y-2">
        <h1 className="min-w-0 text-[clamp(1.5rem,2.6vw,3.25rem)] font-semibold break-words">
          {title}
        </h1>
        {stage.stage === 'activity' && (
          <div className="text-[clamp(1.25rem,2vw,2.5rem)] [&_[role=timer]]:text-[clamp(2.5rem,6vw,7.5rem)] [&_[role=timer]]:leading-none [&_span]:text-black">
            <AnnouncerContext.Provider value={silent}>
              <Countdown timer={view.timer} clockOffsetMs={clockOffsetMs} />
            </AnnouncerContext.Provider>
          </div>
        )}
      </div>
      {status.state === 'error' ? (
        <p className="text-[clamp(1.5rem,3vw,3.5rem)]">{t('present.unreachable')}</p>
      ) : (
        <StageContent view={view} stage={stage} workshopId={workshop.id} />
      )}
      {reconnecting && (
        <p
          className="fixed right-[2vw] bottom-[2vh] rounded-md border-2 border-black bg-white px-4 py-2 text-[clamp(1rem,1.4vw,1.75rem)]"
          data-testid="present-reconnecting"
        >
          {t('present.reconnecting')}
        </p>
      )}
    </div>
  );
}

function StageContent({
  view,
  stage,
  workshopId,
}: {
  view: WorkshopView;
  stage: PresentStage;
  workshopId: string;
}) {
  const { t } = useTranslation();
  switch (stage.stage) {
    case 'joining':
      return <PresentJoin view={view} workshopId={workshopId} />;
    case 'activity':
      return <PresentActivity view={view} activity={stage.activity} />;
    case 'ended':
      return (
        <section
          aria-labelledby="present-ended"
          className="flex flex-1 flex-col items-center justify-center gap-[3vh] text-center"
          data-testid="present-ended"
        >
          <h2 id="present-ended" className="text-[clamp(2.5rem,6vw,7rem)] leading-tight font-bold">
            {t('present.endedTitle')}
          </h2>
          <p className="max-w-[60ch] text-[clamp(1.5rem,3vw,3.5rem)]">{t('present.endedText')}</p>
        </section>
      );
  }
}

/**
 * Says what matters when the wall changes (a new activity, the end), politely and once; the
 * stage on arrival is not read out (the page shows it), nor are counts, notes or the timer.
 */
function useStageAnnouncement(stage: PresentStage | null): void {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const previous = useRef<string | null>(null);
  const key = stage ? stageKey(stage) : null;
  const message =
    stage?.stage === 'activity'
      ? t('present.now', {
          kind: t(`workshop.kinds.${stage.activity.kind}`),
          prompt: stage.activity.prompt,
        })
      : stage?.stage === 'ended'
        ? t('present.endedTitle')
        : null;
  useEffect(() => {
    if (key === null) return;
    const before = previous.current;
    previous.current = key;
    if (before !== null && before !== key && message) announce(message);
    // The key decides when to speak; the message follows it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, announce]);
}
