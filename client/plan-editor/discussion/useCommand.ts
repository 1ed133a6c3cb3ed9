import { useCallback, useRef, useState } from 'react';
import type { DiscussionCommandInput } from '../../../shared/discussion/commands';
import { useAnnounce } from '../../ui/announcerContext';
import { useDiscussionContext } from './discussionContext';
import type { DiscussionSendResult } from './useDiscussion';

/**
 * Sends one discussion command for a control: busy while it is on its way (a second click is
 * ignored), the refusal in words for the control to show, and what went well said politely.
 */
export function useCommand() {
  const discussion = useDiscussionContext();
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(false);

  const run = useCallback(
    async (command: DiscussionCommandInput, done?: string | ((result: DiscussionSendResult) => string)): Promise<DiscussionSendResult | null> => {
      if (!discussion || inFlight.current) return null;
      inFlight.current = true;
      setBusy(true);
      setError(null);
      try {
        const result = await discussion.send(command);
        if (result.error !== null) setError(result.error);
        else if (done) announce(typeof done === 'string' ? done : done(result));
        return result;
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
    [discussion, announce],
  );

  const clearError = useCallback(() => setError(null), []);
  return { run, busy, error, clearError };
}
