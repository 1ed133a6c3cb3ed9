import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CommentComposer } from './CommentComposer';
import type { SelectionAnchor } from './discussionContext';
import { newId } from './newId';
import { useDiscussionPanel } from './panelContext';
import { shortQuote } from './quote';
import { sectionLabel } from './sectionNames';
import { useCommand } from './useCommand';

/** A new thread on what was selected in the editor (or a whole section), at the panel's top. */
export function NewThreadForm({ draft }: { draft: SelectionAnchor }) {
  const { t } = useTranslation();
  const panel = useDiscussionPanel();
  const { run } = useCommand();
  const threadId = useRef(newId());
  if (!panel) return null;
  const where = sectionLabel(panel.sections, draft.section, t);

  return (
    <section data-new-thread aria-labelledby={`${threadId.current}-heading`} className="mb-4 rounded-md border-2 border-accent-border-strong p-3">
      <h3 id={`${threadId.current}-heading`} className="font-semibold">
        {t('discussion.newThread.heading', { section: where })}
      </h3>
      <p className="mt-1 text-sm break-words">
        {draft.range ? <q>{shortQuote(draft.range.quote)}</q> : <span className="italic">{t('discussion.anchor.wholeSection')}</span>}
      </p>
      <CommentComposer
        label={t('discussion.newThread.field')}
        submitLabel={t('discussion.newThread.submit')}
        focusOnMount
        onCancel={() => panel.setDraft(null)}
        onSubmit={async (body, mentions) => {
          const id = threadId.current;
          const range = draft.range ? { start: draft.range.start, end: draft.range.end } : null;
          const result = await run({ type: 'startThread', threadId: id, section: draft.section, range, body, mentions }, t('discussion.newThread.created'));
          if (result === null) return t('discussion.errors.failed');
          if (result.error === null) {
            panel.setDraft(null);
            panel.showItem(id);
          }
          return result.error;
        }}
      />
    </section>
  );
}
