import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../http/versionsApi';
import { fetchPublicSettings } from '../http/publicSettingsApi';
import { useResource } from '../http/useResource';
import { PageLoading } from '../ui/PageLoading';
import { ResourceError } from '../versions/ResourceError';
import { SettingsForm } from './SettingsForm';

/** Section 1: whether the page is on, its address, intro, contact, version and input rules. */
export function PublicPageSection({
  planId,
  versions,
}: {
  planId: string;
  versions: readonly VersionSummary[] | null;
}) {
  const { t } = useTranslation();
  const { resource, reload } = useResource(`public-settings:${planId}`, (signal) =>
    fetchPublicSettings(planId, signal),
  );
  return (
    <section aria-labelledby="public-page-heading" className="mb-14">
      <h2 id="public-page-heading" className="ds-heading mb-2" data-size="md">
        {t('publicSettings.page.heading')}
      </h2>
      <p className="ds-paragraph mb-6">{t('publicSettings.page.intro')}</p>
      {resource.state === 'loading' && <PageLoading label={t('app.loading')} />}
      {(resource.state === 'failed' || resource.state === 'refused') && (
        <ResourceError message={t('publicSettings.loadFailed')} retry={reload} />
      )}
      {resource.state === 'ready' && (
        <SettingsForm planId={planId} initial={resource.data} versions={versions} />
      )}
    </section>
  );
}
