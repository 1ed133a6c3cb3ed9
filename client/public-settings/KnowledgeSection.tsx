import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KnowledgeItem } from '../../shared/api/publicPage';
import { fetchKnowledge, reorderKnowledge } from '../http/knowledgeApi';
import { useAnnounce } from '../ui/announcerContext';
import { FormMessage } from '../ui/FormMessage';
import { PageLoading } from '../ui/PageLoading';
import { useFocusRequest } from '../ui/useFocusRequest';
import { ResourceError } from '../versions/ResourceError';
import { actionError } from './actionError';
import { AddLinkForm } from './AddLinkForm';
import { KnowledgeRow } from './KnowledgeRow';
import { moveFocusSelectors } from './moveFocus';
import { UploadDocumentForm } from './UploadDocumentForm';
import { useReorder } from './useReorder';
import { useServerList } from './useServerList';

/** Section 2: the knowledge base, in the owner's order, and adding links and documents. */
export function KnowledgeSection({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { resource, items, setItems, reload } = useServerList(`knowledge:${planId}`, (signal) =>
    fetchKnowledge(planId, signal),
  );
  const [message, setMessage] = useState<string | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const { containerRef, requestFocus } = useFocusRequest<HTMLOListElement>();

  const move = useReorder({
    items,
    setItems,
    send: useCallback((ids: readonly string[]) => reorderKnowledge(planId, ids), [planId]),
    onMoved: useCallback(
      (item: KnowledgeItem, position: number, count: number) => {
        setMessage(null);
        announce(t('publicSettings.moved', { title: item.title, position, count }));
      },
      [announce, t],
    ),
    onFailed: useCallback(
      (error: unknown) => {
        setMessage(t(`publicSettings.errors.${actionError(error)}`));
        reload();
      },
      [reload, t],
    ),
    focus: useCallback(
      (id: string, direction: 'up' | 'down') => requestFocus(moveFocusSelectors(id, direction)),
      [requestFocus],
    ),
  });

  const added = (item: KnowledgeItem) => setItems((current) => [...current, item]);

  return (
    <section aria-labelledby="knowledge-heading" className="mb-14">
      <h2 id="knowledge-heading" className="ds-heading mb-2" data-size="md">
        {t('publicSettings.knowledge.heading')}
      </h2>
      <p className="ds-paragraph mb-6">{t('publicSettings.knowledge.intro')}</p>

      <h3
        id="knowledge-list-heading"
        ref={listHeading}
        tabIndex={-1}
        className="ds-heading mb-3 outline-none"
        data-size="xs"
      >
        {t('publicSettings.knowledge.listHeading')}
      </h3>
      {resource.state === 'loading' && <PageLoading label={t('app.loading')} />}
      {(resource.state === 'failed' || resource.state === 'refused') && (
        <ResourceError message={t('publicSettings.loadFailed')} retry={reload} />
      )}
      <FormMessage message={message} />
      {items &&
        (items.length === 0 ? (
          <p className="ds-paragraph mb-8">{t('publicSettings.knowledge.empty')}</p>
        ) : (
          <ol
            ref={containerRef}
            className="mb-8 flex flex-col gap-2"
            aria-labelledby="knowledge-list-heading"
            data-testid="knowledge-list"
          >
            {items.map((item, index) => (
              <KnowledgeRow
                key={item.id}
                planId={planId}
                item={item}
                position={index + 1}
                count={items.length}
                onMove={(direction) => move(item.id, direction)}
                onChanged={(changed) =>
                  setItems((current) => current.map((i) => (i.id === changed.id ? changed : i)))
                }
                onRemoved={() => {
                  setItems((current) => current.filter((i) => i.id !== item.id));
                  listHeading.current?.focus();
                }}
              />
            ))}
          </ol>
        ))}

      {items && (
        <div className="grid gap-6 md:grid-cols-2">
          <section
            aria-labelledby="knowledge-upload-heading"
            className="rounded-lg border border-neutral-border-subtle bg-neutral-background-tinted p-4 sm:p-6"
          >
            <h3 id="knowledge-upload-heading" className="ds-heading mb-4" data-size="xs">
              {t('publicSettings.knowledge.uploadHeading')}
            </h3>
            <UploadDocumentForm planId={planId} onAdded={added} />
          </section>
          <section
            aria-labelledby="knowledge-link-heading"
            className="rounded-lg border border-neutral-border-subtle bg-neutral-background-tinted p-4 sm:p-6"
          >
            <h3 id="knowledge-link-heading" className="ds-heading mb-4" data-size="xs">
              {t('publicSettings.knowledge.linkHeading')}
            </h3>
            <AddLinkForm planId={planId} onAdded={added} />
          </section>
        </div>
      )}
    </section>
  );
}
