import { useTranslation } from 'react-i18next';
import type { PollActivity } from '../../../../shared/workshop/types';
import { PollChart } from './PollChart';
import type { PollBreakdown } from './pollBreakdown';

/** The chart when this screen may show it; otherwise how many answered and why not yet. */
export function PollBreakdownView({
  activity,
  breakdown,
  hiddenText,
}: {
  activity: PollActivity;
  breakdown: PollBreakdown;
  /** Replaces the participant's wording of why it is hidden (e.g. on the lead page). */
  hiddenText?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {breakdown.shown && (
        <PollChart
          options={activity.options}
          counts={breakdown.counts}
          respondents={breakdown.respondents}
        />
      )}
      <div aria-live="polite" data-testid="poll-status">
        {!breakdown.shown && (
          <section className="mt-6">
            <p className="text-neutral-text-subtle">
              {t('workshop.poll.respondents', { count: breakdown.respondents })}
            </p>
            <p className="ds-paragraph">
              {breakdown.reason === 'tooFew'
                ? t('workshop.poll.tooFew')
                : (hiddenText ?? t(`workshop.poll.${breakdown.reason}`))}
            </p>
          </section>
        )}
      </div>
    </>
  );
}
