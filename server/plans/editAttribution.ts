import type * as Y from 'yjs';
import { parseDocName } from '../../shared/protocol';
import { touchedSections } from '../../shared/plan/touchedSections';
import type { Identity } from '../auth/identity';

/**
 * Turns a sync session's edit hook into "who changed which sections of which plan", for the
 * compare view. Other documents are not attributed.
 */
export function planEditAttribution(
  record: (identity: Identity, planId: string, sections: ReadonlySet<string>) => void,
): (identity: Identity, docName: string, transaction: Y.Transaction) => void {
  return (identity, docName, transaction) => {
    const parsed = parseDocName(docName);
    if (parsed?.kind !== 'plan') return;
    const sections = touchedSections(transaction);
    if (sections.size > 0) record(identity, parsed.id, sections);
  };
}
