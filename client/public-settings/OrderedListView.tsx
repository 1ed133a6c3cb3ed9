import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormMessage } from '../ui/FormMessage';
import { PageLoading } from '../ui/PageLoading';
import { ResourceError } from '../versions/ResourceError';
import type { OrderedList, OrderedRowProps } from './useOrderedList';

interface Props<T extends { id: string }> {
  /** Names the heading (`<name>-list-heading`) and the list's test id (`<name>-list`). */
  name: string;
  heading: string;
  empty: string;
  list: OrderedList<T>;
  renderRow: (item: T, row: OrderedRowProps<T>) => ReactNode;
}

/** An ordered list's heading (focused after a removal), its loading and error states, and rows. */
export function OrderedListView<T extends { id: string }>({
  name,
  heading,
  empty,
  list,
  renderRow,
}: Props<T>) {
  const { t } = useTranslation();
  const { resource, items } = list;
  return (
    <>
      <h3
        id={`${name}-list-heading`}
        ref={list.listHeading}
        tabIndex={-1}
        className="ds-heading mb-3 outline-none"
        data-size="xs"
      >
        {heading}
      </h3>
      {resource.state === 'loading' && <PageLoading label={t('app.loading')} />}
      {(resource.state === 'failed' || resource.state === 'refused') && (
        <ResourceError message={t('publicSettings.loadFailed')} retry={list.reload} />
      )}
      <FormMessage message={list.message} />
      {items &&
        (items.length === 0 ? (
          <p className="ds-paragraph mb-8">{empty}</p>
        ) : (
          <ol
            ref={list.containerRef}
            className="mb-8 flex flex-col gap-2"
            aria-labelledby={`${name}-list-heading`}
            data-testid={`${name}-list`}
          >
            {items.map((item, index) => renderRow(item, list.rowProps(item, index)))}
          </ol>
        ))}
    </>
  );
}
