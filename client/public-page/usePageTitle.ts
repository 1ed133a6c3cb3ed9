import { useEffect } from 'react';

/**
 * Each page has its own document title (WCAG 2.4.2): the page, the plan and its municipality,
 * as the server wrote it for the plan's page before the script ran.
 */
export function usePageTitle(
  page: string | null,
  plan: { title: string; municipality: string } | null,
): void {
  const planTitle = plan?.title ?? null;
  const municipality = plan?.municipality ?? 'Medverk';
  useEffect(() => {
    document.title = [page, planTitle, municipality].filter(Boolean).join(' – ');
  }, [page, planTitle, municipality]);
}
