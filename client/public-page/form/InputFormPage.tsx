import type { PublicPlanResponse } from '../../../shared/api/publicPage';
import { BackLink } from '../BackLink';
import { usePage } from '../context';
import { WindowText } from '../home/WindowText';
import { PageHeading } from '../PageHeading';
import { usePageTitle } from '../usePageTitle';
import { InputForm } from './InputForm';

/** The input form, or, when input is not open, why not and when it opens next. */
export function InputFormPage(props: {
  plan: PublicPlanResponse;
  loadedAt: number;
  section: string | null;
  refresh: () => void;
}) {
  const { t } = usePage();
  const { plan } = props;
  usePageTitle(t('formTitle'), plan.plan);
  return (
    <>
      <BackLink slug={plan.plan.slug} planTitle={plan.plan.title} />
      <PageHeading>{t('formTitle')}</PageHeading>
      <p className="mb-2 break-words">{t('formIntro', { title: plan.plan.title })}</p>
      <WindowText input={plan.input} />
      {plan.input.kind !== 'closed' && <InputForm {...props} />}
    </>
  );
}
