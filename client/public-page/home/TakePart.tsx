import type { PublicPlanResponse } from '../../../shared/api/publicPage';
import { usePage } from '../context';
import { Link } from '../Link';
import { paths } from '../routes';
import { HomeSection } from './HomeSection';
import { WindowText } from './WindowText';

/** «Slik kan du delta»: whether input is open now, and the ways in. */
export function TakePart({ plan }: { plan: PublicPlanResponse }) {
  const { t } = usePage();
  const slug = plan.plan.slug;
  return (
    <HomeSection id="take-part" title={t('takePartHeading')}>
      <WindowText input={plan.input} />
      <div className="mt-3 flex flex-wrap gap-3">
        {plan.input.kind !== 'closed' && (
          <Link to={paths.form(slug)} className="ds-button">
            {t('giveInput')}
          </Link>
        )}
        {plan.version && (
          <Link to={paths.plan(slug)} className="ds-button" data-variant="secondary">
            {t('readPlan')}
          </Link>
        )}
      </div>
      {plan.inputListPublished && (
        <p className="mt-3">
          <Link to={paths.list(slug)} className="ds-link">
            {t('listLink')}
          </Link>
        </p>
      )}
    </HomeSection>
  );
}
