import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../sync/status';
import { statusText, statusTone, type StatusTone } from './statusText';
import { useSettledText } from './useSettledText';
import { Spinner } from '../../ui/Spinner';

const TONE_CLASSES: Record<StatusTone, string> = {
  neutral: 'border-neutral-border-subtle bg-neutral-background-default',
  success: 'border-success-border-subtle bg-success-surface-tinted',
  warning: 'border-warning-border-default bg-warning-surface-tinted',
  danger: 'border-danger-border-default bg-danger-surface-tinted',
};

const ANNOUNCE_AFTER_MS = 1_000;

/**
 * What a person can trust about their changes. The visible text follows the provider at once;
 * screen readers hear the status once it has settled (an icon and words, never colour alone).
 */
export function SyncStatusIndicator({
  status,
  readOnly = false,
}: {
  status: SyncStatus;
  /** The person can only read: say whether they see the latest version, not whether it is saved. */
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const text = statusText(status, t, readOnly);
  const settled = useSettledText(text, ANNOUNCE_AFTER_MS);
  const tone = statusTone(status);
  const busy =
    status.state === 'connecting' || status.state === 'syncing' || status.state === 'saving';

  return (
    <div className="min-w-0">
      <p
        aria-hidden="true"
        data-testid="sync-status"
        data-state={status.state}
        className={`inline-flex max-w-full items-center gap-2 rounded-md border px-2 py-1 text-sm ${TONE_CLASSES[tone]}`}
      >
        {busy ? <Spinner size="2xs" /> : <StatusIcon tone={tone} />}
        <span>{text}</span>
      </p>
      <p role="status" aria-live="polite" className="ds-sr-only">
        {t(readOnly ? 'status.readingLabel' : 'status.label')}: {settled}
      </p>
    </div>
  );
}

function StatusIcon({ tone }: { tone: StatusTone }) {
  const paths: Record<StatusTone, string> = {
    neutral: 'M12 7v6m0 4h.01',
    success: 'M5 12.5l4.5 4.5L19 7.5',
    warning: 'M12 8v5m0 4h.01',
    danger: 'M8 8l8 8m0-8l-8 8',
  };
  return (
    <svg
      viewBox="0 0 24 24"
      className="size-4 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      strokeLinecap="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[tone]} />
    </svg>
  );
}
