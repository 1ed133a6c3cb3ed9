import { useTranslation } from 'react-i18next';
import { Permission } from '../../shared/auth/roles';
import { PlanPageGate } from '../auth/PlanPageGate';
import { PlanSubpage } from '../ui/PlanSubpage';
import { planPath } from '../app/paths';

/** Route `/plans/:planId/public`: the owner's public page, knowledge base, goals and consultations. */
export function PublicSettingsPage() {
  const { t } = useTranslation();
  return (
    <PlanPageGate permission={Permission.ManagePublicPage}>
      {({ planId, title }) => (
        <PlanSubpage planId={planId} planTitle={title} title={t('publicSettings.pageTitle')} back={{ to: planPath(planId), label: t('app.backToPlans') }}>
          {null}
        </PlanSubpage>
      )}
    </PlanPageGate>
  );
}
