import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CLUSTERING_BY, type ClusteringBy } from '../../../shared/workshop/types';
import { FormMessage } from '../../ui/FormMessage';
import { useSendAction, type Send } from '../useSendAction';
import type { BoardActivity } from './boardAccess';

/**
 * The facilitator decides who may sort the notes of a brainstorm or cluster activity
 * (`clusteringBy`), also while it runs. A radio group: changing it is the action, and the
 * change is announced.
 */
export function WhoClustersControl({ activity, send }: { activity: BoardActivity; send: Send }) {
  const { t } = useTranslation();
  const id = useId();
  const { run, busy, error } = useSendAction(send);
  const change = (clusteringBy: ClusteringBy) =>
    void run(
      {
        type: 'updateActivity',
        activityId: activity.id,
        changes: { kind: activity.kind, clusteringBy },
      },
      t('workshopBoard.board.whoClustersChanged', {
        who: t(`workshopBoard.board.whoClusters.${clusteringBy}`).toLowerCase(),
      }),
    );
  return (
    <fieldset className="ds-fieldset mb-4">
      <legend className="ds-label">{t('workshopBoard.board.whoClustersLabel')}</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {CLUSTERING_BY.map((value) => (
          <div className="ds-field" key={value}>
            <input
              id={`${id}-${value}`}
              type="radio"
              className="ds-input"
              name={`${id}-who`}
              value={value}
              checked={activity.clusteringBy === value}
              disabled={busy}
              onChange={() => change(value)}
            />
            <label className="ds-label" data-weight="regular" htmlFor={`${id}-${value}`}>
              {t(`workshopBoard.board.whoClusters.${value}`)}
            </label>
          </div>
        ))}
      </div>
      <FormMessage message={error} />
    </fieldset>
  );
}
