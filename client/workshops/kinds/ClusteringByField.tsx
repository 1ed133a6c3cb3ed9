import { useTranslation } from 'react-i18next';
import { CLUSTERING_BY, type ClusteringBy } from '../../../shared/workshop/types';

/** "Who sorts the notes", for the kinds that have a board to sort (brainstorm, cluster). */
export function ClusteringByField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: ClusteringBy;
  onChange: (value: ClusteringBy) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="ds-field">
      <label className="ds-label" htmlFor={`${id}-clustering`}>
        {t('workshopBoard.board.whoClustersLabel')}
      </label>
      <select
        id={`${id}-clustering`}
        className="ds-input"
        value={value}
        onChange={(e) => onChange(e.target.value as ClusteringBy)}
      >
        {CLUSTERING_BY.map((option) => (
          <option key={option} value={option}>
            {t(`workshopBoard.board.whoClusters.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
