import { useTranslation } from 'react-i18next';
import type { PromoteSource } from '../../../shared/api/workshopResults';
import { useOpenPromote } from './promoteContext';

/** "Use in the plan" for one theme or note; nothing for people who may not use results. */
export function UseButton({ source, label }: { source: PromoteSource; label: string }) {
  const { t } = useTranslation();
  const open = useOpenPromote();
  if (!open) return null;
  const name =
    source.kind === 'cluster'
      ? t('workshopResults.useCluster', { title: label })
      : t('workshopResults.useNote', { text: label.length > 60 ? `${label.slice(0, 60)}…` : label });
  return (
    <button
      type="button"
      className="ds-button shrink-0"
      data-variant="tertiary"
      data-size="sm"
      aria-label={name}
      onClick={() => open(source, label)}
    >
      {t('workshopResults.use')}
    </button>
  );
}
