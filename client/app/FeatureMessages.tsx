import { Suspense, use } from 'react';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage } from '../i18n/languages';
import { hasFeatureTexts, loadFeatureTexts } from '../i18n/messageLoading';
import { PageLoading } from '../ui/PageLoading';

/**
 * The pages under this route use texts beyond the shell's (client/i18n/features/) and render
 * once those are in. The plan list and the other shell pages never download them.
 */
export function FeatureMessages() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<PageLoading label={t('app.loading')} />}>
      <WithFeatureTexts />
    </Suspense>
  );
}

function WithFeatureTexts() {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  if (!hasFeatureTexts(language)) use(loadFeatureTexts(language));
  return <Outlet />;
}
