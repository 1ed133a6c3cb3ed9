import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlanEditor } from '../planEditorContext';
import { itemAnchor } from './itemAnchor';
import { useItemOrigin } from './useItemOrigin';

/**
 * Under a focus area's or strategy's title: where it came from ("From workshop «…», 12 votes,
 * 7 contributors") and the comments brought in from workshops. Plain text in the reading order,
 * so screen readers meet it right after the title.
 */
export function ItemOrigin({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const { doc } = usePlanEditor();
  const { provenance, comments } = useItemOrigin(doc, itemId);
  const ref = useRef<HTMLDivElement>(null);
  const shown = provenance !== null || comments.length > 0;
  // "Open the plan" after bringing a result in links here (`#item-<id>`); the item appears only
  // once the plan has synced, after the browser's own jump to the anchor, so jump here.
  useEffect(() => {
    if (!shown || window.location.hash !== `#${itemAnchor(itemId)}`) return;
    ref.current?.scrollIntoView({ block: 'center' });
    ref.current?.focus({ preventScroll: true });
  }, [shown, itemId]);
  if (!shown) return null;
  return (
    <div
      ref={ref}
      id={itemAnchor(itemId)}
      tabIndex={-1}
      className="mt-1 text-sm text-neutral-text-subtle"
      data-testid="item-origin"
    >
      {provenance && (
        <p className="break-words" data-testid="item-provenance">
          {[
            t('planOrigin.fromWorkshop', { workshop: provenance.workshopTitle }),
            t('planOrigin.votes', { count: provenance.votes }),
            t('planOrigin.contributors', { count: provenance.contributors }),
          ].join(', ')}
        </p>
      )}
      {comments.length > 0 && (
        <details className="mt-1">
          <summary className="cursor-pointer">
            {t('planOrigin.commentsHeading')} ({comments.length})
          </summary>
          <ul className="mt-1 flex flex-col gap-1" data-testid="item-comments">
            {comments.map((comment) => (
              <li key={comment.id} className="rounded border-l-4 border-neutral-border-subtle pl-2">
                <p className="whitespace-pre-wrap break-words text-neutral-text-default">{comment.text}</p>
                {comment.provenance && (
                  <p>{t('planOrigin.fromWorkshop', { workshop: comment.provenance.workshopTitle })}</p>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
