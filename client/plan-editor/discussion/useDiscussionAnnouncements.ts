import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiscussionView } from '../../../shared/discussion/view';
import { useAnnounce } from '../../ui/announcerContext';
import { discussionEvents, type DiscussionEvent } from './announcements';

/**
 * Says (politely) what concerns the person as it happens: a reply in the thread they have open,
 * a new thread that mentions them, a decision on their suggestion. A burst is one message.
 */
export function useDiscussionAnnouncements(view: DiscussionView | null, meId: string | null, openThreadId: string | null): void {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const previous = useRef<DiscussionView | null>(null);
  const openRef = useRef(openThreadId);
  useEffect(() => {
    openRef.current = openThreadId;
  }, [openThreadId]);

  useEffect(() => {
    const before = previous.current;
    previous.current = view;
    // Until the person is known their own actions cannot be told apart: wait, say nothing.
    if (!view || meId === null) return;
    const events = discussionEvents(before, view, meId, openRef.current);
    if (events.length === 0) return;
    const say = (event: DiscussionEvent): string => {
      switch (event.kind) {
        case 'reply':
          return t('discussion.announce.reply', { name: event.author });
        case 'mentioned':
          return t('discussion.announce.mentioned', { name: event.author });
        case 'decided':
          return event.status === 'accepted'
            ? t('discussion.announce.accepted', { name: event.by })
            : t('discussion.announce.rejected', { name: event.by });
        default: {
          const never: never = event;
          return never;
        }
      }
    };
    announce([...new Set(events.map(say))].join(' '));
  }, [view, meId, announce, t]);
}
