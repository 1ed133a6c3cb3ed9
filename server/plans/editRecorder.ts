import { displayNameOf, type Identity } from '../auth/identity';
import type { EditLogStorage } from '../storage/Storage';

/**
 * The `onEdit` of a sync session: notes who changed which sections of a plan, in the background.
 * A failure is logged and otherwise ignored: the edit itself is stored and acknowledged apart.
 */
export function editRecorder(
  log: EditLogStorage,
  onError: (error: unknown, context: string) => void,
  now: () => number = Date.now,
): (identity: Identity, planId: string, sections: ReadonlySet<string>) => void {
  return (identity, planId, sections) => {
    // Names as the others in the plan know them; e-mail addresses stay out of the compare view.
    const editor = displayNameOf(identity);
    if (!editor || sections.size === 0) return;
    const at = now();
    const entries = [...sections].map((section) => ({ planId, section, editor, at }));
    log.record(entries).catch((error: unknown) => onError(error, `recording who edited plan ${planId}`));
  };
}
