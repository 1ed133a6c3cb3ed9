import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Permission, Role } from '../../shared/auth/roles';
import { PageLoading } from '../ui/PageLoading';
import type { PlanLanguage } from '../../shared/plan/contentLanguage';
import { ContentLanguageContext } from '../plan-editor/contentLanguage';
import { useOwnedPlan } from './useOwnedPlan';

export interface GatedPlan {
  planId: string;
  title: string;
  role: Role | null;
  /** What the plan is written in: pages that show its text mark it (ContentLanguageContext). */
  contentLanguage: PlanLanguage;
}

/**
 * How every plan sub-page opens (`/plans/:planId/…`): loading, then not-found or no-access in
 * words, or the page itself once this person's role allows `permission`.
 */
export function PlanPageGate({
  permission,
  children,
}: {
  permission: Permission;
  children: (plan: GatedPlan) => ReactNode;
}) {
  const { t } = useTranslation();
  const { planId = '' } = useParams();
  const plan = useOwnedPlan(planId, permission);
  if (plan.state === 'loading') return <PageLoading label={t('app.loading')} />;
  if (plan.state !== 'allowed') return plan.element;
  return (
    <ContentLanguageContext.Provider value={plan.contentLanguage}>
      {children({ planId, title: plan.title, role: plan.role, contentLanguage: plan.contentLanguage })}
    </ContentLanguageContext.Provider>
  );
}
