import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageRecord } from '../../../shared/discussion/types';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { SmallButton } from '../../ui/SmallButton';
import { CommentComposer } from './CommentComposer';
import { useDiscussionContext } from './discussionContext';
import { ErrorText } from './ErrorText';
import { formatDateTime } from '../../i18n/formatDate';
import { MessageBody } from './MessageBody';
import { TimeStamp } from './TimeStamp';
import { useCommand } from './useCommand';

/**
 * One message: who, when, "redigert", the words (or that they were deleted), and for its
 * author the means to change or delete it; deleting asks first.
 */
export function MessageItem({ message }: { message: MessageRecord }) {
  const { t, i18n } = useTranslation();
  const discussion = useDiscussionContext();
  const { run, busy, error, clearError } = useCommand();
  const itemRef = useRef<HTMLLIElement>(null);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const deleted = message.deletedAt !== null;
  const mine = discussion?.me?.id === message.author.id;
  const when = formatDateTime(message.createdAt, i18n.resolvedLanguage ?? 'nb');

  return (
    // Focus lands here once the message is deleted (its buttons are gone with it).
    <li ref={itemRef} tabIndex={-1} className="border-t border-neutral-border-subtle pt-2 first:border-t-0 first:pt-0" data-message-id={message.id}>
      <p className="text-sm">
        <span className="font-semibold">{message.author.name}</span>
        <span className="text-neutral-text-subtle">
          {' · '}
          <TimeStamp time={message.createdAt} />
          {message.editedAt !== null && !deleted && ` · ${t('discussion.message.edited')}`}
        </span>
      </p>
      {deleted ? (
        <p className="italic text-neutral-text-subtle">{t('discussion.message.deleted')}</p>
      ) : editing ? (
        <CommentComposer
          label={t('discussion.message.editField')}
          submitLabel={t('discussion.message.save')}
          initialBody={message.body}
          initialMentions={message.mentions}
          focusOnMount
          onCancel={() => {
            clearError();
            setEditing(false);
          }}
          onSubmit={async (body, mentions) => {
            const result = await run({ type: 'editMessage', messageId: message.id, body, mentions }, t('discussion.message.saved'));
            if (result?.error === null) setEditing(false);
            return result === null ? t('discussion.errors.failed') : result.error;
          }}
        />
      ) : (
        <MessageBody message={message} />
      )}
      {mine && !deleted && !editing && discussion?.canComment && (
        <div className="mt-1 flex flex-wrap gap-2">
          <SmallButton variant="tertiary" aria-label={t('discussion.message.editLabel', { time: when })} onClick={() => setEditing(true)}>
            {t('discussion.message.edit')}
          </SmallButton>
          <SmallButton
            variant="tertiary"
            color="danger"
            aria-label={t('discussion.message.deleteLabel', { time: when })}
            aria-disabled={busy || undefined}
            onClick={() => setConfirming(true)}
          >
            {t('discussion.message.delete')}
          </SmallButton>
        </div>
      )}
      <ErrorText error={editing ? null : error} />
      {confirming && (
        <ConfirmDialog
          title={t('discussion.message.deleteTitle')}
          text={t('discussion.message.deleteText')}
          confirmLabel={t('discussion.message.delete')}
          cancelLabel={t('discussion.composer.cancel')}
          onConfirm={() =>
            void run({ type: 'deleteMessage', messageId: message.id }, t('discussion.message.deletedNow')).then((result) => {
              if (result?.error === null) itemRef.current?.focus();
            })
          }
          onClose={() => setConfirming(false)}
        />
      )}
    </li>
  );
}
