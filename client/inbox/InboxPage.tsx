import { useTranslation } from 'react-i18next';
import { Permission } from '../../shared/auth/roles';
import { PlanPageGate } from '../auth/PlanPageGate';
import { PlanSubpage } from '../ui/PlanSubpage';
import { planPath } from '../app/paths';

/** Route `/plans/:planId/inputs`: every input to the plan, live. */
export function InboxPage() {
  const { t } = useTranslation();
  return (
    <PlanPageGate permission={Permission.HandleInput}>
      {({ planId, title }) => (
        <PlanSubpage planId={planId} planTitle={title} title={t('inbox.pageTitle')} back={{ to: planPath(planId), label: t('app.backToPlans') }}>
          {null}
        </PlanSubpage>
      )}
    </PlanPageGate>
  );
}
