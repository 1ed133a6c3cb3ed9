import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../shared/workshop/types';
import type { ActivityResult } from '../../../shared/workshop/views/results';
import { BoardResults } from './BoardResults';
import { PollResults } from './PollResults';
import { VoteRanking } from './VoteRanking';

interface Props {
  result: ActivityResult;
  number: number;
  groups: readonly Group[];
  votes: ReadonlyMap<string, number>;
  authors: ReadonlyMap<string, string> | null;
}

/** One agenda item's results: themes and notes, a ranking, or a poll's answers. */
export function ActivityResultSection({ result, number, groups, votes, authors }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const { activity } = result;
  return (
    <section aria-labelledby={headingId} className="mb-10" data-testid={`result-${result.kind}`}>
      <h2 id={headingId} className="ds-heading mb-3 break-words" data-size="sm">
        {t('workshopResults.activityHeading', {
          number,
          kind: t(`workshopResults.kinds.${activity.kind}`),
          prompt: activity.prompt,
        })}
      </h2>
      {result.kind === 'brainstorm' && (
        <>
          <p className="mb-3 text-neutral-text-subtle">{t('workshopResults.written', { count: result.written })}</p>
          <BoardResults board={result.board} groups={groups} votes={votes} authors={authors} />
        </>
      )}
      {result.kind === 'cluster' && <p className="ds-paragraph">{t('workshopResults.boardOnBrainstorm')}</p>}
      {result.kind === 'vote' &&
        (result.ranking === null ? (
          <p className="ds-paragraph">{t('workshopResults.notRevealed')}</p>
        ) : (
          <>
            <p className="mb-3 text-neutral-text-subtle">
              {t('workshopResults.votesSummary', { cast: result.cast, voters: result.voters })}
            </p>
            <VoteRanking ranking={result.ranking} prompt={activity.prompt} />
          </>
        ))}
      {result.kind === 'poll' && (
        <PollResults prompt={activity.prompt} options={result.options} respondents={result.respondents} />
      )}
    </section>
  );
}
