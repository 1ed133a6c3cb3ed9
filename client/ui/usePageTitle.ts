import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Every page gets its own document title (WCAG 2.4.2), ending in the product name. */
export function usePageTitle(title: string | null): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} – ${appName}` : appName;
  }, [title, appName]);
}
