import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Anchor } from '../../../shared/discussion/types';
import { usePlanEditor } from '../planEditorContext';
import { threadAnchorStatus } from './anchorStatus';
import { useDiscussionPanel } from './panelContext';
import { shortQuote } from './quote';

/**
 * What a thread is about: the text as it reads now, "Hele seksjonen", or, when the text was
 * deleted, that it was and what it said (struck through, and said in words too).
 */
export function AnchorQuote({ anchor }: { anchor: Anchor }) {
  const { t } = useTranslation();
  const { doc } = usePlanEditor();
  const version = useDiscussionPanel()?.planVersion ?? 0;
  const status = useMemo(
    () => threadAnchorStatus(doc, anchor),
    // The plan's version stands for its text, which the anchor is resolved in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [doc, anchor, version],
  );
  switch (status.kind) {
    case 'whole':
      return <span className="italic">{t('discussion.anchor.wholeSection')}</span>;
    case 'live':
      return <q className="break-words">{shortQuote(status.text)}</q>;
    case 'detached':
    case 'section-gone':
      return (
        <span className="break-words">
          <span className="ds-tag mr-1" data-color="warning" data-size="sm">
            {status.kind === 'detached' ? t('discussion.anchor.detached') : t('discussion.anchor.sectionGone')}
          </span>
          {status.quote && <del className="text-neutral-text-subtle">«{shortQuote(status.quote)}»</del>}
        </span>
      );
    default: {
      const never: never = status;
      return never;
    }
  }
}
