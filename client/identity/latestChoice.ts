/** What became of one choice: saved, or replaced by a later one before it counted. */
export type ChoiceOutcome = 'saved' | 'superseded';

/**
 * Saves choices one at a time, in the order made, and only the latest of those still waiting:
 * arrowing through a radio group sends the colour the person stops at, and an earlier answer can
 * never arrive after (and undo) a later one.
 */
export function latestChoiceSaver<T>(save: (value: T) => Promise<void>): (value: T) => Promise<ChoiceOutcome> {
  let latest = 0;
  let queue: Promise<unknown> = Promise.resolve();
  return (value) => {
    const ticket = ++latest;
    const run = async (): Promise<ChoiceOutcome> => {
      if (ticket !== latest) return 'superseded';
      try {
        await save(value);
      } catch (error) {
        // A later choice is on its way; it decides what the person sees.
        if (ticket !== latest) return 'superseded';
        throw error;
      }
      return ticket === latest ? 'saved' : 'superseded';
    };
    const outcome = queue.then(run);
    queue = outcome.catch(() => undefined);
    return outcome;
  };
}
