import { usePage } from './context';
import { Link } from './Link';
import { paths } from './routes';

/** The way back to the plan's page, above every page but the plan's own. */
export function BackLink({ slug, planTitle }: { slug: string; planTitle: string }) {
  const { t } = usePage();
  return (
    <nav aria-label={t('breadcrumbs')} className="mb-4">
      <Link to={paths.home(slug)} className="ds-link">
        {t('backToPlan')}: {planTitle}
      </Link>
    </nav>
  );
}
