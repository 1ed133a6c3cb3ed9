import { useTranslation } from 'react-i18next';
import type { RankedVote } from '../../voteTargets';

/** A revealed vote as a ranked list, with the count in text. */
export function VoteResults({ ranking }: { ranking: RankedVote[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="vote-results-heading" className="mt-6">
      <h3 id="vote-results-heading" className="ds-heading mb-3" data-size="xs">
        {t('workshop.vote.resultsHeading')}
      </h3>
      <ol className="flex flex-col gap-2" data-testid="vote-results">
        {ranking.map((target) => (
          <li
            key={target.id}
            className="flex flex-wrap items-baseline justify-between gap-2 rounded-md border border-neutral-border-subtle p-3"
          >
            <span className="break-words">
              <span className="mr-2 font-semibold">
                {t('workshop.vote.rank', { rank: target.rank })}
              </span>
              {target.label}
            </span>
            <span className="font-semibold">
              {t('workshop.vote.votes', { count: target.votes })}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
