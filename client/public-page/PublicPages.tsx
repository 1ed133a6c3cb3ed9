import { usePage } from './context';
import { HomePage } from './home/HomePage';
import { InputFormPage } from './form/InputFormPage';
import { InputListPage } from './InputListPage';
import { PageHeading } from './PageHeading';
import { PlanReaderPage } from './reader/PlanReaderPage';
import { ReceiptPage } from './ReceiptPage';
import type { PublicRoute } from './routes';
import type { PlanLoad } from './usePlan';
import { usePageTitle } from './usePageTitle';

/** The page for the address, once the plan's data is there. */
export function PublicPages({
  route,
  load,
  refresh,
}: {
  route: PublicRoute;
  load: PlanLoad;
  refresh: () => void;
}) {
  const { t } = usePage();
  if (route.page === 'not-found' || load.state === 'not-found') return <NotFound />;
  if (load.state === 'loading') {
    return (
      <p role="status" className="flex items-center gap-2">
        <span className="ds-spinner" aria-hidden="true" data-size="sm" />
        {t('loading')}
      </p>
    );
  }
  if (load.state === 'failed') {
    return (
      <div className="ds-alert" data-color="danger">
        <p className="mb-3">{t('loadFailed')}</p>
        <button type="button" className="ds-button" data-variant="secondary" onClick={refresh}>
          {t('retry')}
        </button>
      </div>
    );
  }
  const { plan, loadedAt } = load;
  switch (route.page) {
    case 'home':
      return <HomePage plan={plan} />;
    case 'plan':
      return <PlanReaderPage plan={plan} section={route.section} />;
    case 'form':
      return (
        <InputFormPage plan={plan} loadedAt={loadedAt} section={route.section} refresh={refresh} />
      );
    case 'receipt':
      return <ReceiptPage plan={plan} reference={route.reference} />;
    case 'list':
      return <InputListPage plan={plan} />;
  }
}

function NotFound() {
  const { t } = usePage();
  usePageTitle(t('notFoundTitle'), null);
  return (
    <>
      <PageHeading>{t('notFoundTitle')}</PageHeading>
      <p>{t('notFoundText')}</p>
    </>
  );
}
