import type { ReactElement } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can, type Permission, type Role } from '../../shared/auth/roles';
import type { PlanLanguage } from '../../shared/plan/contentLanguage';
import { NoAccessPage } from './NoAccessPage';
import { fetchPlan } from '../http/plansApi';
import { useResource } from '../http/useResource';
import { MessagePage } from '../ui/MessagePage';

export type OwnedPlan =
  | { state: 'loading' }
  | { state: 'allowed'; title: string; role: Role | null; contentLanguage: PlanLanguage }
  /** Not found, not allowed, or not reachable: the page to show instead. */
  | { state: 'other'; element: ReactElement };

/**
 * The plan behind an owner's page (people, audit), and whether this person's role allows the
 * page. Mirrors `can()` to show a clear page early; the server refuses the data anyway.
 */
export function useOwnedPlan(planId: string, permission: Permission): OwnedPlan {
  const { t } = useTranslation();
  const { resource, reload } = useResource(`plan:${planId}`, (signal) => fetchPlan(planId, signal));
  if (resource.state === 'loading') return resource;
  if (resource.state === 'ready') {
    if (can(resource.data.role, permission))
      return { state: 'allowed', title: resource.data.title, role: resource.data.role, contentLanguage: resource.data.contentLanguage };
    return { state: 'other', element: <NoAccessPage /> };
  }
  if (resource.state === 'refused' && resource.status === 401) return { state: 'loading' };
  if (resource.state === 'refused' && resource.status === 403)
    return { state: 'other', element: <NoAccessPage /> };
  if (resource.state === 'refused' && (resource.status === 404 || resource.status === 400)) {
    const element = (
      <MessagePage title={t('editor.notFoundTitle')}>
        <p className="ds-paragraph">{t('editor.notFoundText')}</p>
        <Link to="/" className="ds-link">
          {t('app.backToPlans')}
        </Link>
      </MessagePage>
    );
    return { state: 'other', element };
  }
  const element = (
    <MessagePage title={t('auth.unreachableTitle')}>
      <p className="ds-paragraph">{t('auth.unreachableText')}</p>
      <button type="button" className="ds-button" data-variant="primary" onClick={reload}>
        {t('auth.retry')}
      </button>
    </MessagePage>
  );
  return { state: 'other', element };
}
