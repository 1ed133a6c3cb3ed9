import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { titleText } from '../../shared/plan/planDoc';
import { usePageTitle } from '../ui/usePageTitle';
import { CollaborativeInput } from './text-input/CollaborativeInput';
import { useYText } from './text-input/useYText';
import { usePlanEditor } from './planEditorContext';
import { usePlanMeta } from './usePlanMeta';

interface Props {
  /** The server holds our state and we hold its: only then may a missing title be created. */
  synced: boolean;
  fallbackTitle: string;
}

/** The plan's title (the page's one h1, editable in place) and its municipality. */
export function PlanHeading({ synced, fallbackTitle }: Props) {
  const { t } = useTranslation();
  const { doc, editable } = usePlanEditor();
  const meta = usePlanMeta(doc);
  const title = useYText(meta.title);
  usePageTitle(title.trim() || fallbackTitle || t('planList.untitled'));

  // A plan created without its structure (older data): create the title text once, after sync.
  useEffect(() => {
    if (synced && editable && !meta.title) titleText(doc);
  }, [synced, editable, meta.title, doc]);

  return (
    <header className="mb-8">
      <h1 className="ds-heading plan-title" data-size="xl">
        <CollaborativeInput
          text={meta.title}
          data-role="plan-title"
          className="doc-heading-input -ml-2"
          aria-label={t('editor.titleLabel')}
          placeholder={t('editor.titlePlaceholder')}
          readOnly={!editable}
        />
      </h1>
      {meta.municipality && (
        <p className="mt-1 text-neutral-text-subtle">
          {t('editor.municipality', { name: meta.municipality })}
        </p>
      )}
    </header>
  );
}
