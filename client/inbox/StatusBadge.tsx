import { useTranslation } from 'react-i18next';
import type { InputStatus } from '../../shared/api/inputs';

const COLORS: Record<InputStatus, string> = {
  new: 'info',
  'in-progress': 'warning',
  assessed: 'success',
};

/** An input's status as a tag; the colour only repeats what the word says. */
export function StatusBadge({ status }: { status: InputStatus }) {
  const { t } = useTranslation();
  return (
    <span className="ds-tag" data-color={COLORS[status]} data-size="sm" data-status={status}>
      {t(`inbox.status.${status}`)}
    </span>
  );
}
