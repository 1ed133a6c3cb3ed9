import { useEffect, useMemo, useState } from 'react';
import type { PresenceColor } from '../../shared/presence/palette';
import { answerFor, type KnownPresenceColor } from './knownPresenceColor';
import { latestChoiceSaver, type ChoiceOutcome } from './latestChoice';
import { fetchPresenceColor, savePresenceColor } from './presenceColorApi';

export interface PresenceColorChoice {
  /**
   * What others see once the server said (or the choice being saved, so a radio group follows
   * the arrow keys at once); null before that, or when the server could not be asked.
   */
  color: PresenceColor | null;
  /** Saves a colour; rejects when the server did not take it. */
  choose: (color: PresenceColor) => Promise<ChoiceOutcome>;
}

/**
 * The colour of the person signed in (`principal`, null for nobody) as the server keeps it: the
 * server, not this page, decides what others see. Asked again whenever the person changes.
 */
export function usePresenceColor(principal: string | null): PresenceColorChoice {
  const [known, setKnown] = useState<KnownPresenceColor | null>(null);
  const [pending, setPending] = useState<KnownPresenceColor | null>(null);

  useEffect(() => {
    if (principal === null) return;
    const controller = new AbortController();
    fetchPresenceColor(controller.signal).then(
      (answer) => setKnown({ principal, color: answer.color }),
      // Offline: the server still shows its own colour to the others.
      () => undefined,
    );
    return () => controller.abort();
  }, [principal]);

  const choose = useMemo(() => {
    if (principal === null) return () => Promise.reject(new Error('nobody is signed in'));
    const save = latestChoiceSaver(async (next: PresenceColor) => {
      const answer = await savePresenceColor(next);
      setKnown({ principal, color: answer.color });
    });
    return async (next: PresenceColor) => {
      setPending({ principal, color: next });
      try {
        const outcome = await save(next);
        if (outcome === 'saved') setPending(null);
        return outcome;
      } catch (error) {
        // Not taken: show what the others still see.
        setPending(null);
        throw error;
      }
    };
  }, [principal]);

  const color = answerFor(pending, principal) ?? answerFor(known, principal);
  return useMemo(() => ({ color, choose }), [color, choose]);
}
