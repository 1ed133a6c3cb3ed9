import { useMemo } from 'react';
import type { MessageRecord } from '../../../shared/discussion/types';
import { bodySegments } from './mentions';
import { useDiscussionPanel } from './panelContext';

/** A message's words, line breaks kept, each "@Name" it mentions set apart (bold, not colour alone). */
export function MessageBody({ message }: { message: MessageRecord }) {
  const people = useDiscussionPanel()?.people;
  const segments = useMemo(() => bodySegments(message.body, message.mentions, people ?? []), [message.body, message.mentions, people]);
  return (
    <p className="whitespace-pre-wrap break-words">
      {segments.map((segment, index) =>
        segment.kind === 'text' ? (
          segment.text
        ) : (
          <strong key={index} className="rounded bg-accent-surface-tinted px-0.5">
            {segment.text}
          </strong>
        ),
      )}
    </p>
  );
}
