import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { comparePath, versionPath } from '../app/paths';
import { LIVE, restoreVersion, type VersionSummary } from '../http/versionsApi';
import { formatDateTime } from '../i18n/formatDate';
import { useAnnounce } from '../ui/announcerContext';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { FormMessage } from '../ui/FormMessage';

interface Props {
  planId: string;
  /** Newest first. */
  versions: readonly VersionSummary[];
  canRestore: boolean;
}

/** The frozen versions with view, compare with the draft, and (owners) restore. */
export function VersionList({ planId, versions, canRestore }: Props) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const language = i18n.resolvedLanguage ?? 'nb';
  const [confirming, setConfirming] = useState<VersionSummary | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // The version just restored: its entry says so where the focus returns (the announcement is for
  // screen readers, this is for everyone).
  const [restoredId, setRestoredId] = useState<string | null>(null);

  const restore = async (version: VersionSummary) => {
    setMessage(null);
    setRestoredId(null);
    try {
      await restoreVersion(planId, version.id);
      setRestoredId(version.id);
      announce(t('versions.restored', { name: version.name }));
    } catch {
      setMessage(t('versions.restoreFailed', { name: version.name }));
    }
  };

  if (versions.length === 0) return <p className="ds-paragraph">{t('versions.empty')}</p>;
  return (
    <>
      <FormMessage message={message} />
      <ul className="flex flex-col gap-4" data-testid="version-list">
        {versions.map((version) => {
          const date = formatDateTime(version.createdAt, language);
          return (
            <li key={version.id} className="rounded-lg border border-neutral-border-subtle p-4">
              <h3 className="ds-heading mb-1" data-size="xs">
                {version.name}
              </h3>
              <p className="ds-paragraph mb-3 text-neutral-text-subtle" data-size="sm">
                <span className="ds-tag mr-2" data-color="neutral">
                  {t(`versions.steps.${version.step}`)}
                </span>
                {version.createdBy
                  ? t('versions.frozenBy', { date, name: version.createdBy })
                  : t('versions.frozenByUnknown', { date })}
              </p>
              <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
                <Link
                  className="ds-link"
                  to={versionPath(planId, version.id)}
                  aria-label={t('versions.viewLabel', { name: version.name })}
                >
                  {t('versions.view')}
                </Link>
                <Link
                  className="ds-link"
                  to={comparePath(planId, version.id, LIVE)}
                  aria-label={t('versions.compareLiveLabel', { name: version.name })}
                >
                  {t('versions.compareLive')}
                </Link>
                {canRestore && (
                  <button
                    type="button"
                    className="ds-button"
                    data-variant="secondary"
                    data-size="sm"
                    aria-label={t('versions.restoreLabel', { name: version.name })}
                    onClick={() => setConfirming(version)}
                  >
                    {t('versions.restore')}
                  </button>
                )}
              </div>
              {restoredId === version.id && (
                <div className="ds-alert mt-3" data-color="success" data-testid="version-restored">
                  <p>{t('versions.restored', { name: version.name })}</p>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {confirming && (
        <ConfirmDialog
          title={t('versions.restoreTitle', { name: confirming.name })}
          text={t('versions.restoreText')}
          confirmLabel={t('versions.restoreConfirm')}
          cancelLabel={t('versions.cancel')}
          onConfirm={() => void restore(confirming)}
          onClose={() => setConfirming(null)}
        />
      )}
    </>
  );
}
