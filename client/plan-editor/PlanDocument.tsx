import { memo, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanHeading } from './PlanHeading';
import { PurposeSection } from './PurposeSection';
import { FocusAreaList } from './focus-areas/FocusAreaList';
import { usePlanEditor } from './planEditorContext';
import { usePlanInteractiveMark } from './planInteractiveMark';

interface Props {
  synced: boolean;
  fallbackTitle: string;
  onFocusArea: (focusAreaId: string | null) => void;
}

/**
 * The plan as a document: title, purpose, focus areas with their strategies. Memoised, so the
 * save status ticking on every keystroke does not re-render the editors; they follow the
 * document and the shared editor state instead.
 */
export const PlanDocument = memo(function PlanDocument({
  synced,
  fallbackTitle,
  onFocusArea,
}: Props) {
  const { t } = useTranslation();
  const focusAreasHeading = useId();

  const articleRef = useRef<HTMLElement>(null);
  // For the browser bench (issue #16): when every field of the synced plan can be typed in.
  usePlanInteractiveMark(articleRef, usePlanEditor().doc, synced);

  // Presence follows focus: entering a focus area's section tells the others where we are.
  // Listening (not handling) needs no interactive role, so these are plain DOM listeners.
  useEffect(() => {
    const article = articleRef.current;
    if (!article) return;
    const track = (event: FocusEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const area = target?.closest<HTMLElement>('[data-focus-area-id]');
      onFocusArea(area?.dataset.focusAreaId ?? null);
    };
    const clear = (event: FocusEvent) => {
      const next = event.relatedTarget;
      if (!(next instanceof Node) || !article.contains(next)) onFocusArea(null);
    };
    article.addEventListener('focusin', track);
    article.addEventListener('focusout', clear);
    return () => {
      article.removeEventListener('focusin', track);
      article.removeEventListener('focusout', clear);
    };
  }, [onFocusArea]);

  return (
    <article ref={articleRef}>
      <PlanHeading synced={synced} fallbackTitle={fallbackTitle} />
      <PurposeSection />
      <section aria-labelledby={focusAreasHeading}>
        <h2 id={focusAreasHeading} className="ds-heading mb-6" data-size="md">
          {t('editor.focusAreasHeading')}
        </h2>
        <FocusAreaList />
      </section>
    </article>
  );
});
