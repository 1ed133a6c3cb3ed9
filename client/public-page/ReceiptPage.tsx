import { useEffect, useState } from 'react';
import type { PublicPlanResponse } from '../../shared/api/publicPage';
import { BackLink } from './BackLink';
import { usePage } from './context';
import type { ReceiptState } from './form/InputForm';
import { Link } from './Link';
import { PageHeading } from './PageHeading';
import { paths } from './routes';
import { usePageTitle } from './usePageTitle';

function receiptSent(state: unknown): boolean | null {
  const sent = (state as Partial<ReceiptState> | null)?.receiptSent;
  return typeof sent === 'boolean' ? sent : null;
}

/** The receipt: the reference, and whether an e-mail receipt went out (known only right after sending). */
export function ReceiptPage({ plan, reference }: { plan: PublicPlanResponse; reference: string }) {
  const { t } = usePage();
  usePageTitle(t('receiptTitle'), plan.plan);
  // Read once, then dropped from the history entry: browsers keep it across a reload, and a
  // reloaded receipt should not claim what it no longer knows.
  const [sent] = useState(() => receiptSent(history.state));
  useEffect(() => history.replaceState(null, ''), []);
  const slug = plan.plan.slug;
  return (
    <>
      <BackLink slug={slug} planTitle={plan.plan.title} />
      <PageHeading>{t('receiptTitle')}</PageHeading>
      <p>{t('receiptReference')}</p>
      <p className="mb-4 break-words text-2xl font-semibold" data-testid="receipt-reference">
        {reference}
      </p>
      <p className="mb-2">{t('receiptKeep')}</p>
      {sent !== null && (
        <p className="mb-2">{sent ? t('receiptEmailSent') : t('receiptNoEmail')}</p>
      )}
      <p className="mt-6">
        <Link to={paths.form(slug)} className="ds-button" data-variant="secondary">
          {t('anotherInput')}
        </Link>
      </p>
    </>
  );
}
