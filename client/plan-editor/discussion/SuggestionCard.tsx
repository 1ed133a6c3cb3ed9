import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuggestionRecord } from '../../../shared/discussion/types';
import type { ThreadView } from '../../../shared/discussion/view';
import { SmallButton } from '../../ui/SmallButton';
import { usePlanEditor } from '../planEditorContext';
import { suggestionState } from './anchorStatus';
import { CommentComposer } from './CommentComposer';
import { useDiscussionContext } from './discussionContext';
import { ErrorText } from './ErrorText';
import { newId } from './newId';
import { useDiscussionPanel } from './panelContext';
import { SuggestionStatusText } from './SuggestionStatusText';
import { suggestionSummary } from './suggestionSummary';
import { ThreadCard } from './ThreadCard';
import { TimeStamp } from './TimeStamp';
import { useCommand } from './useCommand';

interface Props {
  suggestion: SuggestionRecord;
  /** Threads about this suggestion. */
  threads: readonly ThreadView[];
  isExpanded: (id: string) => boolean;
  onToggle: (id: string, expanded: boolean) => void;
}

/**
 * A suggested change: what it does ("Sett inn «…»"), who and when, its state in words, and the
 * decisions this person may take. A suggestion whose text is gone can only be rejected; one
 * whose text changed can be looked at again and rejected, not accepted blind.
 */
export function SuggestionCard({ suggestion, threads, isExpanded, onToggle }: Props) {
  const { t } = useTranslation();
  const { doc } = usePlanEditor();
  const discussion = useDiscussionContext();
  const panel = useDiscussionPanel();
  const decision = useCommand();
  const comment = useCommand();
  const [commenting, setCommenting] = useState(false);
  const threadId = useRef(newId());
  const version = panel?.planVersion ?? 0;
  const state = useMemo(
    () => suggestionState(doc, suggestion),
    // The plan's version stands for its text, which the suggestion is checked against.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [doc, suggestion, version],
  );
  if (!discussion) return null;
  const summary = suggestionSummary(suggestion, t);
  const open = suggestion.status === 'open';
  const mine = discussion.me?.id === suggestion.author.id;
  const { change } = suggestion;
  const range = change.kind === 'insert' ? { start: change.at, end: change.at } : { start: change.start, end: change.end };
  const labelled = (action: string) => `${action}: ${summary} (${suggestion.author.name})`;

  const decide = (which: 'accept' | 'reject') =>
    void decision.run(
      { type: 'decide', decision: which, which: { kind: 'one', suggestionId: suggestion.id } },
      which === 'accept' ? t('discussion.suggestion.acceptedNow') : t('discussion.suggestion.rejectedNow'),
    );

  return (
    <li
      data-discussion-item={suggestion.id}
      tabIndex={-1}
      className={`rounded-md border-2 border-dashed p-3 ${discussion.activeId === suggestion.id ? 'border-accent-border-strong' : 'border-neutral-border-default'}`}
    >
      <h4 className="break-words font-semibold">{summary}</h4>
      <p className="text-sm text-neutral-text-subtle">
        {t('discussion.suggestion.by', { name: suggestion.author.name })} · <TimeStamp time={suggestion.createdAt} />
      </p>
      <SuggestionStatusText suggestion={suggestion} state={state} />
      <div className="mt-2 flex flex-wrap gap-2">
        {open && discussion.canDecide && state === 'applicable' && (
          <SmallButton variant="primary" aria-label={labelled(t('discussion.suggestion.accept'))} aria-disabled={decision.busy || undefined} onClick={() => decide('accept')}>
            {t('discussion.suggestion.accept')}
          </SmallButton>
        )}
        {open && discussion.canDecide && (
          <SmallButton variant="secondary" aria-label={labelled(t('discussion.suggestion.reject'))} aria-disabled={decision.busy || undefined} onClick={() => decide('reject')}>
            {t('discussion.suggestion.reject')}
          </SmallButton>
        )}
        {open && mine && (
          <SmallButton
            variant="secondary"
            aria-label={labelled(t('discussion.suggestion.withdraw'))}
            aria-disabled={decision.busy || undefined}
            onClick={() => void decision.run({ type: 'withdraw', suggestionId: suggestion.id }, t('discussion.suggestion.withdrawnNow'))}
          >
            {t('discussion.suggestion.withdraw')}
          </SmallButton>
        )}
        {open && state !== 'lost' && (
          <SmallButton
            variant="tertiary"
            aria-label={labelled(t('discussion.suggestion.showInText'))}
            onClick={() => {
              panel?.select(suggestion.id);
              discussion.reveal(suggestion.section, range);
            }}
          >
            {t('discussion.suggestion.showInText')}
          </SmallButton>
        )}
        {discussion.canComment && !commenting && (
          <SmallButton variant="tertiary" aria-label={labelled(t('discussion.suggestion.comment'))} onClick={() => setCommenting(true)}>
            {t('discussion.suggestion.comment')}
          </SmallButton>
        )}
      </div>
      <ErrorText error={decision.error} />
      {commenting && (
        <CommentComposer
          label={t('discussion.suggestion.commentField')}
          submitLabel={t('discussion.thread.send')}
          focusOnMount
          onCancel={() => setCommenting(false)}
          onSubmit={async (body, mentions) => {
            const result = await comment.run(
              { type: 'startThread', threadId: threadId.current, section: suggestion.section, suggestionId: suggestion.id, body, mentions },
              t('discussion.newThread.created'),
            );
            if (result === null) return t('discussion.errors.failed');
            if (result.error === null) {
              onToggle(threadId.current, true);
              threadId.current = newId();
              setCommenting(false);
            }
            return result.error;
          }}
        />
      )}
      {threads.length > 0 && (
        <ul className="mt-3 flex flex-col gap-2" aria-label={t('discussion.suggestion.threads')}>
          {threads.map((thread) => (
            <ThreadCard key={thread.id} thread={thread} nested expanded={isExpanded(thread.id)} onToggle={(next) => onToggle(thread.id, next)} />
          ))}
        </ul>
      )}
    </li>
  );
}
