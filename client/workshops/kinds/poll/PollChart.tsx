import { useTranslation } from 'react-i18next';

/** Live poll counts as bars, each with its number and share in text (not by length alone). */
export function PollChart({
  options,
  counts,
  respondents,
}: {
  options: string[];
  counts: number[];
  respondents: number;
}) {
  const { t } = useTranslation();
  const max = Math.max(1, ...counts);
  const total = counts.reduce((sum, count) => sum + count, 0);
  return (
    <section aria-labelledby="poll-results-heading" className="mt-6">
      <h3 id="poll-results-heading" className="ds-heading mb-1" data-size="xs">
        {t('workshop.poll.resultsHeading')}
      </h3>
      <p className="mb-3 text-neutral-text-subtle">
        {t('workshop.poll.respondents', { count: respondents })}
      </p>
      <ul className="flex flex-col gap-3" data-testid="poll-results">
        {options.map((option, index) => {
          const count = counts[index] ?? 0;
          const percent = total === 0 ? 0 : Math.round((count / total) * 100);
          return (
            <li key={index}>
              <div className="flex justify-between gap-2">
                <span className="break-words">{option}</span>
                <span className="font-semibold tabular-nums">
                  {t('workshop.poll.count', { count, percent })}
                </span>
              </div>
              <div className="mt-1 h-3 rounded bg-neutral-background-tinted" aria-hidden="true">
                <div
                  className="h-3 rounded bg-accent-base-default"
                  style={{ width: `${(count / max) * 100}%` }}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
