import { useTranslation } from 'react-i18next';
import type { TextDiff } from '../../shared/plan/diff';
import { useContentLanguage } from '../plan-editor/contentLanguage';

/**
 * Word-level changes: added words in <ins>, removed in <del>, each with a visually hidden
 * "lagt til:" / "fjernet:" before and "slutt på endring" after, since most screen readers do not
 * announce the elements themselves. Marked by underline and strike-through too, not colour alone.
 * The plan's words carry the plan's language; the hidden words are the interface's.
 */
export function DiffText({ diff }: { diff: TextDiff }) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  return (
    <p className="ds-paragraph whitespace-pre-wrap">
      {diff.segments.map((segment, index) => {
        if (segment.kind === 'same')
          return (
            <span key={index} lang={lang}>
              {segment.text}
            </span>
          );
        const added = segment.kind === 'added';
        const Tag = added ? 'ins' : 'del';
        return (
          <Tag
            key={index}
            className={
              added
                ? 'rounded-sm bg-success-surface-tinted underline decoration-2'
                : 'rounded-sm bg-danger-surface-tinted line-through decoration-2'
            }
          >
            <span className="ds-sr-only">{t(added ? 'compare.added' : 'compare.removed')} </span>
            <span lang={lang}>{segment.text}</span>
            <span className="ds-sr-only"> ({t('compare.changeEnd')})</span>
          </Tag>
        );
      })}
    </p>
  );
}
