import type { KnowledgeItem } from '../../../shared/api/publicPage';
import { safeHref } from '../../../shared/text/safeLink';
import { usePage } from '../context';
import { formatSize } from '../format';
import { HomeSection } from './HomeSection';

/** Kunnskapsgrunnlag: documents as downloads (kind and size said) and links to other sites. */
export function KnowledgeList({ slug, items }: { slug: string; items: readonly KnowledgeItem[] }) {
  const { t, language } = usePage();
  return (
    <HomeSection id="knowledge" title={t('knowledgeHeading')}>
      <ul className="flex flex-col gap-4">
        {items.map((item) => {
          const href = item.file
            ? `/api/public/plans/${encodeURIComponent(slug)}/files/${encodeURIComponent(item.file.id)}`
            : safeHref(item.url);
          const note = item.file
            ? `${item.file.kind.toUpperCase()}, ${formatSize(item.file.size, language)}`
            : t('externalLink');
          return (
            <li key={item.id} className="break-words">
              {href ? (
                <a
                  className="ds-link font-semibold"
                  href={href}
                  rel="noopener noreferrer"
                  {...(item.file ? { download: item.file.name } : {})}
                >
                  {item.title}
                </a>
              ) : (
                <span className="font-semibold">{item.title}</span>
              )}{' '}
              ({note})
              {item.description && <p className="text-neutral-text-subtle">{item.description}</p>}
            </li>
          );
        })}
      </ul>
    </HomeSection>
  );
}
