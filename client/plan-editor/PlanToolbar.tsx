import { useTranslation } from 'react-i18next';
import { exportMarkdownUrl } from '../http/plansApi';
import { DEFAULT_LANGUAGE, isLanguage } from '../i18n/languages';
import type { SyncStatus } from '../sync/status';
import { Icon } from '../ui/icons';
import type { Peer } from './presence/peers';
import { PresenceList } from './presence/PresenceList';
import { SyncStatusIndicator } from './status/SyncStatusIndicator';

interface Props {
  planId: string;
  status: SyncStatus;
  peers: readonly Peer[];
}

/** Stays in view while scrolling: is my work saved, who is here, and the export. */
export function PlanToolbar({ planId, status, peers }: Props) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
  return (
    <div
      role="region"
      aria-label={t('editor.toolbar')}
      className="sticky top-0 z-10 -mx-4 mb-8 flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-neutral-border-subtle bg-neutral-background-default px-4 py-3"
    >
      <SyncStatusIndicator status={status} />
      <PresenceList peers={peers} />
      <a
        className="ds-link ml-auto inline-flex items-center gap-1"
        href={exportMarkdownUrl(planId, language)}
        download
      >
        <Icon name="download" className="size-4" />
        {t('editor.export')}
      </a>
    </div>
  );
}
