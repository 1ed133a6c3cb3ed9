import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { KnowledgeItem } from '../../shared/api/publicPage';
import { fetchKnowledge, reorderKnowledge } from '../http/knowledgeApi';
import { AddLinkForm } from './AddLinkForm';
import { KnowledgeRow } from './KnowledgeRow';
import { OrderedListView } from './OrderedListView';
import { UploadDocumentForm } from './UploadDocumentForm';
import { useOrderedList } from './useOrderedList';

const titleOf = (item: KnowledgeItem) => item.title;

/** Section 2: the knowledge base, in the owner's order, and adding links and documents. */
export function KnowledgeSection({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const list = useOrderedList({
    key: `knowledge:${planId}`,
    load: (signal) => fetchKnowledge(planId, signal),
    reorder: useCallback((ids: readonly string[]) => reorderKnowledge(planId, ids), [planId]),
    nameOf: titleOf,
  });

  return (
    <section aria-labelledby="knowledge-heading" className="mb-14">
      <h2 id="knowledge-heading" className="ds-heading mb-2" data-size="md">
        {t('publicSettings.knowledge.heading')}
      </h2>
      <p className="ds-paragraph mb-6">{t('publicSettings.knowledge.intro')}</p>

      <OrderedListView
        name="knowledge"
        heading={t('publicSettings.knowledge.listHeading')}
        empty={t('publicSettings.knowledge.empty')}
        list={list}
        renderRow={(item, row) => (
          <KnowledgeRow key={item.id} planId={planId} item={item} {...row} />
        )}
      />

      {list.items && (
        <div className="grid gap-6 md:grid-cols-2">
          <section
            aria-labelledby="knowledge-upload-heading"
            className="rounded-lg border border-neutral-border-subtle bg-neutral-background-tinted p-4 sm:p-6"
          >
            <h3 id="knowledge-upload-heading" className="ds-heading mb-4" data-size="xs">
              {t('publicSettings.knowledge.uploadHeading')}
            </h3>
            <UploadDocumentForm planId={planId} onAdded={list.added} />
          </section>
          <section
            aria-labelledby="knowledge-link-heading"
            className="rounded-lg border border-neutral-border-subtle bg-neutral-background-tinted p-4 sm:p-6"
          >
            <h3 id="knowledge-link-heading" className="ds-heading mb-4" data-size="xs">
              {t('publicSettings.knowledge.linkHeading')}
            </h3>
            <AddLinkForm planId={planId} onAdded={list.added} />
          </section>
        </div>
      )}
    </section>
  );
}
