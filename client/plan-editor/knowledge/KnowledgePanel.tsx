import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FILE_KINDS } from '../../../shared/public/fileKinds';
import { isSafeHref } from '../../../shared/text/safeLink';
import { fetchKnowledge, knowledgeFilePath } from '../../http/knowledgeApi';
import { useResource } from '../../http/useResource';
import { Icon } from '../../ui/icons';
import { formatFileSize } from './formatFileSize';

/**
 * The plan's knowledge base (kunnskapsgrunnlag) for everyone who reads the plan: documents to
 * download and links, in the owner's order. Folded away by default so the draft stays first;
 * a disclosure button under a heading opens it. Shown only when there is something in it.
 */
export function KnowledgePanel({ planId }: { planId: string }) {
  const { t, i18n } = useTranslation();
  const regionId = useId();
  const [open, setOpen] = useState(false);
  const { resource } = useResource(`knowledge:${planId}`, (signal) =>
    fetchKnowledge(planId, signal),
  );
  if (resource.state !== 'ready' || resource.data.length === 0) return null;
  const items = resource.data;

  return (
    <section
      aria-labelledby={`${regionId}-heading`}
      className="mb-6 rounded-lg border border-neutral-border-subtle"
    >
      <h2 id={`${regionId}-heading`} className="text-base font-semibold">
        <button
          type="button"
          className="flex w-full items-center gap-2 rounded-lg px-3 py-2 text-left hover:bg-neutral-surface-hover"
          aria-expanded={open}
          aria-controls={regionId}
          onClick={() => setOpen((value) => !value)}
        >
          <Icon name={open ? 'up' : 'down'} className="size-4" />
          {t('publicSettings.editorKnowledge.heading')}
          <span className="font-normal text-neutral-text-subtle">
            {t('publicSettings.editorKnowledge.count', { count: items.length })}
          </span>
        </button>
      </h2>
      <ul
        id={regionId}
        hidden={!open}
        className="flex flex-col gap-3 px-3 pb-3"
        data-testid="editor-knowledge"
      >
        {items.map((item) => (
          <li key={item.id} className="break-words">
            {item.file ? (
              <a className="ds-link" href={knowledgeFilePath(planId, item.id)} download>
                {item.title}
              </a>
            ) : item.url && isSafeHref(item.url) ? (
              <a className="ds-link" href={item.url} target="_blank" rel="noopener noreferrer">
                {item.title}
                <span className="sr-only"> {t('publicSettings.opensInNewTab')}</span>
              </a>
            ) : (
              <span>{item.title}</span>
            )}{' '}
            <span className="text-sm text-neutral-text-subtle">
              {item.file
                ? t('publicSettings.knowledge.fileFacts', {
                    kind: FILE_KINDS[item.file.kind].extension.toUpperCase(),
                    size: formatFileSize(item.file.size, i18n.language),
                  })
                : t('publicSettings.knowledge.linkFact')}
            </span>
            {item.description && <p className="text-sm">{item.description}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
