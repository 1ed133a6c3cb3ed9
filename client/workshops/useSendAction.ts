import { useCallback, useState } from 'react';
import type { WorkshopCommandInput } from '../../shared/workshop/commands';
import { useAnnounce } from '../ui/announcerContext';
import type { SendResult } from './useWorkshop';

export type Send = (command: WorkshopCommandInput) => Promise<SendResult>;

/**
 * Runs a command from a form or button: `busy` while it is on its way, the refusal in words as
 * `error` (for a FormMessage), and an optional polite announcement when it worked.
 */
export function useSendAction(send: Send) {
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (command: WorkshopCommandInput, success?: string): Promise<boolean> => {
      setBusy(true);
      setError(null);
      const result = await send(command);
      setBusy(false);
      if (!result.ok) {
        setError(result.error);
        return false;
      }
      if (success) announce(success);
      return true;
    },
    [send, announce],
  );
  return { run, busy, error };
}
