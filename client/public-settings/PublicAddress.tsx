import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../ui/announcerContext';
import { SmallButton } from '../ui/SmallButton';

/**
 * The page's full address as the server gave it (its configured public URL and the saved
 * address), with a copy button and a link to open it in a new tab.
 */
export function PublicAddress({ url, enabled }: { url: string; enabled: boolean }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('copied');
      announce(t('publicSettings.page.copied'));
    } catch {
      setCopied('failed');
      announce(t('publicSettings.page.copyFailed'));
    }
  };

  return (
    <div className="flex flex-col gap-2 rounded-md border border-neutral-border-subtle p-3">
      <p className="ds-paragraph font-semibold">{t('publicSettings.page.addressNow')}</p>
      <p className="ds-paragraph break-all" data-testid="public-url">
        <a className="ds-link" href={url} target="_blank" rel="noopener noreferrer">
          {url}
          <span className="sr-only"> {t('publicSettings.opensInNewTab')}</span>
        </a>
      </p>
      {!enabled && (
        <p className="ds-paragraph text-neutral-text-subtle">{t('publicSettings.page.offHint')}</p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <SmallButton variant="secondary" onClick={() => void copy()}>
          {t('publicSettings.page.copy')}
        </SmallButton>
        {copied && (
          <span className="text-sm" aria-hidden="true">
            {copied === 'copied'
              ? t('publicSettings.page.copied')
              : t('publicSettings.page.copyFailed')}
          </span>
        )}
      </div>
    </div>
  );
}
