import { useEffect, useState } from 'react';
import type { PublicInputItem, PublicInputListResponse } from '../../shared/api/inputs';
import type { PublicPlanResponse } from '../../shared/api/publicPage';
import { getPublic } from './api';
import { BackLink } from './BackLink';
import { usePage } from './context';
import { formatDate } from './format';
import { PageHeading } from './PageHeading';
import { usePageTitle } from './usePageTitle';

type ListLoad =
  | { state: 'loading' }
  | { state: 'ready'; inputs: PublicInputItem[] }
  | { state: 'unavailable' }
  | { state: 'failed' };

/** The input received, once the owner published the list after a deadline. Every text is shown as text. */
export function InputListPage({ plan }: { plan: PublicPlanResponse }) {
  const { t, language } = usePage();
  const slug = plan.plan.slug;
  const [load, setLoad] = useState<ListLoad>({ state: 'loading' });
  usePageTitle(t('listTitle'), plan.plan);

  useEffect(() => {
    let live = true;
    void getPublic<PublicInputListResponse>(`${encodeURIComponent(slug)}/inputs`).then((result) => {
      if (!live) return;
      setLoad(
        result.ok
          ? { state: 'ready', inputs: result.data.inputs }
          : { state: result.notFound ? 'unavailable' : 'failed' },
      );
    });
    return () => {
      live = false;
    };
  }, [slug]);

  const message = {
    loading: t('loading'),
    unavailable: t('listUnavailable'),
    failed: t('loadFailed'),
    ready: '',
  }[load.state];
  return (
    <>
      <BackLink slug={slug} planTitle={plan.plan.title} />
      <PageHeading>{t('listTitle')}</PageHeading>
      {load.state !== 'ready' ? (
        <p>{message}</p>
      ) : load.inputs.length === 0 ? (
        <p>{t('listEmpty')}</p>
      ) : (
        <ul className="flex flex-col gap-6">
          {load.inputs.map((input) => (
            <li key={input.reference} className="border-l-4 border-neutral-border-subtle pl-4">
              <h2 className="ds-heading" data-size="2xs">
                {input.reference}
              </h2>
              <p className="text-neutral-text-subtle break-words">
                {formatDate(input.receivedAt, language)} ·{' '}
                {t('listSection', { section: input.sectionLabel })} ·{' '}
                {t('listFrom', { from: input.from || t(`kind.${input.submitterKind}`) })}
              </p>
              <p className="mt-2 whitespace-pre-wrap break-words">{input.text}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
