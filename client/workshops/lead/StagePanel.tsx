import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopCommandInput } from '../../../shared/workshop/commands';
import type { Activity } from '../../../shared/workshop/types';
import type { WorkshopView } from '../../../shared/workshop/views/workshopView';
import { FormMessage } from '../../ui/FormMessage';
import { Countdown } from '../Countdown';
import { useSendAction, type Send } from '../useSendAction';
import { EndWorkshopButton } from './EndWorkshopButton';
import { nextActivity } from './nextActivity';
import { RunControls } from './RunControls';

interface Props {
  view: WorkshopView;
  current: Activity | undefined;
  send: Send;
  clockOffsetMs: number;
  /** The stage's heading: where focus goes after start, "Next" and end. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Moves focus to the heading (after start and end, whose buttons go away). */
  onStep: () => void;
}

/**
 * The top of the lead page: what runs now, its timer and controls, and the one next step —
 * "Start the workshop" (which starts the first activity too), then "Next: «…»" — so a
 * facilitator never has to hunt down the agenda to keep the room going.
 */
export function StagePanel({ view, current, send, clockOffsetMs, headingRef, onStep }: Props) {
  const { t } = useTranslation();
  const { run, busy, error } = useSendAction(send);
  const { status } = view.meta;
  const next = nextActivity(view.agenda, view.meta.currentActivityId);
  // After "Start" (which goes away) focus moves to the heading; after "Next" it stays on the
  // button, which now names the activity after (useFocusRescue covers the last one).
  const step = (command: WorkshopCommandInput, success: string, moveFocus: boolean) => {
    if (busy) return;
    void run(command, success).then((done) => {
      if (done && moveFocus) onStep();
    });
  };

  const heading =
    status === 'draft'
      ? t('workshop.stage.draftHeading')
      : status === 'ended'
        ? t('workshop.stage.endedHeading')
        : current
          ? t('workshop.activityHeading', { kind: t(`workshop.kinds.${current.kind}`) })
          : t('workshop.stage.noCurrentHeading');

  return (
    <section
      aria-labelledby="controls-heading"
      className="flex flex-col gap-4 rounded-lg border-2 border-neutral-border-default p-4 sm:p-6"
      data-testid="stage"
    >
      <h2
        id="controls-heading"
        ref={headingRef}
        tabIndex={-1}
        className="ds-heading break-words"
        data-size="sm"
      >
        {heading}
      </h2>
      {status === 'running' && current && (
        <p className="text-xl break-words" data-testid="stage-prompt">
          {current.prompt}
        </p>
      )}
      {status === 'running' && <Countdown timer={view.timer} clockOffsetMs={clockOffsetMs} />}

      {status === 'draft' && view.agenda.length === 0 && (
        <p className="ds-paragraph">{t('workshop.lead.noActivities')}</p>
      )}
      {status === 'draft' && next && (
        <p className="ds-paragraph break-words">
          {t('workshop.stage.firstActivity', { prompt: next.prompt })}
        </p>
      )}
      {status === 'ended' && <p className="ds-paragraph">{t('workshop.stage.endedText')}</p>}

      {status !== 'ended' && view.agenda.length > 0 && (
        <div className="flex flex-col items-start gap-2">
          {/* One slot for the one next step, so focus can stay on it from step to step. */}
          {status === 'draft' ? (
            <button
              type="button"
              className="ds-button"
              data-variant="primary"
              aria-disabled={busy || undefined}
              onClick={() =>
                step(
                  { type: 'start', firstActivity: true },
                  next
                    ? t('workshop.stage.startedWith', { prompt: next.prompt })
                    : t('workshop.lead.started'),
                  true,
                )
              }
            >
              {t('workshop.lead.start')}
            </button>
          ) : next ? (
            <button
              type="button"
              className="ds-button"
              data-variant="primary"
              aria-disabled={busy || undefined}
              onClick={() =>
                step(
                  {
                    type: 'startActivity',
                    activityId: next.id,
                    startTimer: next.timeboxMinutes !== null,
                  },
                  t('workshop.lead.activityStarted', { prompt: next.prompt }),
                  false,
                )
              }
            >
              {t('workshop.stage.next', { prompt: next.prompt })}
            </button>
          ) : (
            <p className="ds-paragraph">{t('workshop.stage.allDone')}</p>
          )}
          <FormMessage message={error} />
        </div>
      )}

      <RunControls view={view} current={current} send={send} />
      {status === 'running' && <EndWorkshopButton send={send} onEnded={onStep} />}
    </section>
  );
}
