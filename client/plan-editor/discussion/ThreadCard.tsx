import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThreadView } from '../../../shared/discussion/view';
import { SmallButton } from '../../ui/SmallButton';
import { AnchorQuote } from './AnchorQuote';
import { CommentComposer } from './CommentComposer';
import { useDiscussionContext } from './discussionContext';
import { ErrorText } from './ErrorText';
import { MessageItem } from './MessageItem';
import { newId } from './newId';
import { useDiscussionPanel } from './panelContext';
import { TimeStamp } from './TimeStamp';
import { useCommand } from './useCommand';

interface Props {
  thread: ThreadView;
  expanded: boolean;
  onToggle: (expanded: boolean) => void;
  /** Inside a suggestion's row: one heading level deeper, and no quote (the suggestion shows it). */
  nested?: boolean;
}

/**
 * A thread as a disclosure: the heading's button says what it is about, who started it, how
 * many messages and whether there is something new; open, it shows the messages, the reply
 * field and resolve/reopen. Opening it marks it seen and highlights its text in the editor.
 */
export function ThreadCard({ thread, expanded, onToggle, nested = false }: Props) {
  const { t } = useTranslation();
  const discussion = useDiscussionContext();
  const panel = useDiscussionPanel();
  const bodyId = useId();
  const resolve = useCommand();
  const unread = panel?.unread.ids.has(thread.id) ?? false;
  const markSeen = panel?.markSeen;

  // Seen while open, including what arrives while it is open.
  useEffect(() => {
    if (expanded && unread) markSeen?.([thread]);
  }, [expanded, unread, thread, markSeen]);

  if (!discussion || !panel) return null;
  // Resolving is for those who comment (permissions.ts: mayResolve = mayComment).
  const canResolve = discussion.canComment;
  const resolved = thread.resolved !== null;
  const Heading = nested ? 'h5' : 'h4';
  const messages = thread.messages.length;
  const range = thread.anchor.range;
  const active = discussion.activeId === thread.id;

  return (
    <li
      data-discussion-item={thread.id}
      className={`rounded-md border-2 p-3 ${active ? 'border-accent-border-strong' : 'border-neutral-border-subtle'}`}
    >
      <Heading className="text-base font-normal">
        <button
          type="button"
          data-role="toggle"
          aria-expanded={expanded}
          aria-controls={bodyId}
          className="flex w-full flex-col items-start gap-1 rounded text-left"
          onClick={() => onToggle(!expanded)}
        >
          <span className="flex flex-wrap items-center gap-2">
            {unread && (
              <span className="ds-tag" data-color="accent" data-size="sm">
                {t('discussion.thread.new')}
              </span>
            )}
            {resolved && (
              <span className="ds-tag" data-color="success" data-size="sm">
                {t('discussion.thread.resolvedTag')}
              </span>
            )}
            {nested ? <span>{t('discussion.thread.aboutSuggestion')}</span> : <AnchorQuote anchor={thread.anchor} />}
          </span>
          <span className="text-sm text-neutral-text-subtle">
            {t('discussion.thread.summary', { name: thread.author.name, count: messages })}
          </span>
        </button>
      </Heading>
      <div id={bodyId} hidden={!expanded} className="mt-2">
        {expanded && (
          <>
            {thread.resolved && (
              <p className="mb-2 text-sm">
                {t('discussion.thread.resolvedBy', { name: thread.resolved.by.name })} <TimeStamp time={thread.resolved.at} />
              </p>
            )}
            {thread.provenance && (
              <p className="mb-2 text-sm" data-testid="thread-provenance">
                {[
                  t('planOrigin.fromWorkshop', { workshop: thread.provenance.workshopTitle }),
                  t('planOrigin.votes', { count: thread.provenance.votes }),
                  t('planOrigin.contributors', { count: thread.provenance.contributors }),
                ].join(', ')}
              </p>
            )}
            <ol className="flex flex-col gap-2">
              {thread.messages.map((message) => (
                <MessageItem key={message.id} message={message} />
              ))}
            </ol>
            {discussion.canComment && !resolved && <ReplyForm threadId={thread.id} />}
            <div className="mt-3 flex flex-wrap gap-2">
              <SmallButton
                variant="secondary"
                onClick={() => {
                  panel.select(thread.id);
                  discussion.reveal(thread.anchor.section, range ? { start: range.start, end: range.end } : null);
                }}
              >
                {t('discussion.thread.showInText')}
              </SmallButton>
              {canResolve && (
                <SmallButton
                  variant="secondary"
                  aria-disabled={resolve.busy || undefined}
                  onClick={() =>
                    void resolve.run(
                      { type: resolved ? 'reopenThread' : 'resolveThread', threadId: thread.id },
                      resolved ? t('discussion.thread.reopened') : t('discussion.thread.resolved'),
                    )
                  }
                >
                  {resolved ? t('discussion.thread.reopen') : t('discussion.thread.resolve')}
                </SmallButton>
              )}
            </div>
            <ErrorText error={resolve.error} />
          </>
        )}
      </div>
    </li>
  );
}

function ReplyForm({ threadId }: { threadId: string }) {
  const { t } = useTranslation();
  const { run } = useCommand();
  // One id per reply being written: sent again after a lost answer, it is not added twice.
  const messageId = useRef(newId());
  return (
    <CommentComposer
      label={t('discussion.thread.reply')}
      submitLabel={t('discussion.thread.send')}
      onSubmit={async (body, mentions) => {
        const result = await run({ type: 'reply', threadId, messageId: messageId.current, body, mentions }, t('discussion.thread.replied'));
        if (result?.error === null) messageId.current = newId();
        return result === null ? t('discussion.errors.failed') : result.error;
      }}
    />
  );
}
