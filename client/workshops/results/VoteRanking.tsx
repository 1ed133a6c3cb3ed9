import { useTranslation } from 'react-i18next';
import type { RankedTarget } from '../../../shared/workshop/views/results';
import { useOpenPromote } from './promoteContext';
import { UseButton } from './UseButton';

/**
 * A revealed vote as a real table (rank, proposal, votes), which screen readers can walk; the
 * bar in the votes cell only repeats the number for the eye.
 */
export function VoteRanking({ ranking, prompt }: { ranking: readonly RankedTarget[]; prompt: string }) {
  const { t } = useTranslation();
  const canUse = useOpenPromote() !== null;
  const max = Math.max(1, ...ranking.map((target) => target.votes));
  return (
    <table className="ds-table w-full" data-border="true" data-testid="vote-ranking">
      <caption className="sr-only">{t('workshopResults.rankingCaption', { prompt })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('workshopResults.rank')}</th>
          <th scope="col">{t('workshopResults.target')}</th>
          <th scope="col">{t('workshopResults.votes')}</th>
          {canUse && (
            <td>
              <span className="sr-only">{t('workshopResults.use')}</span>
            </td>
          )}
        </tr>
      </thead>
      <tbody>
        {ranking.map((target) => (
          <tr key={target.targetId}>
            <td className="tabular-nums">{target.rank}</td>
            <th scope="row" className="break-words font-normal">
              {target.label}
            </th>
            <td>
              <div className="flex items-center gap-2">
                <span className="min-w-6 font-semibold tabular-nums">{target.votes}</span>
                <span aria-hidden="true" className="h-3 flex-1 rounded bg-neutral-background-tinted">
                  <span
                    className="block h-3 rounded bg-accent-base-default"
                    style={{ width: `${(target.votes / max) * 100}%` }}
                  />
                </span>
              </div>
            </td>
            {canUse && (
              <td>
                <UseButton
                  source={target.kind === 'cluster' ? { kind: 'cluster', clusterId: target.targetId } : { kind: 'note', noteId: target.targetId }}
                  label={target.label}
                />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
