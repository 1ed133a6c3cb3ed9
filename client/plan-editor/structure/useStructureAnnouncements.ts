import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import { ItemKeys } from '../../../shared/plan/keys';
import { focusAreasMap } from '../../../shared/plan/planDoc';
import {
  readPlanStructure,
  structureChanges,
  type StructureChange,
} from '../../../shared/plan/structureChanges';
import { useAnnounce } from '../../ui/announcerContext';
import { ChangeBatcher } from './changeBatcher';
import { structureMessage } from './structureMessage';

/**
 * Could this transaction have changed the plan's shape? Focus areas added or removed, a
 * strategies map changed, or a `position` written. Text typing (the common case) is not.
 */
function touchesStructure(transaction: Y.Transaction, areas: object): boolean {
  for (const [type, keys] of transaction.changed) {
    if (type === areas) return true;
    if (!(type instanceof Y.Map)) continue;
    if (keys.has(ItemKeys.position)) return true;
    if (type._item?.parentSub === ItemKeys.strategies) return true;
  }
  return false;
}

/**
 * Tells screen-reader users, politely and in batches, when someone else adds, deletes or moves a
 * focus area or strategy: the numbers they navigate by change under them. One's own changes are
 * announced where they are made (see the item actions), so only remote transactions count.
 */
export function useStructureAnnouncements(doc: Y.Doc): void {
  const { t } = useTranslation();
  const announce = useAnnounce();

  useEffect(() => {
    const areas = focusAreasMap(doc);
    const batcher = new ChangeBatcher<StructureChange>();
    let known = readPlanStructure(doc);
    let timer: ReturnType<typeof setTimeout> | null = null;

    const flush = () => {
      timer = null;
      const message = structureMessage(batcher.take(Date.now()), t);
      if (message) announce(message);
      schedule();
    };
    const schedule = () => {
      const due = batcher.dueAt();
      if (timer !== null) clearTimeout(timer);
      timer = due === null ? null : setTimeout(flush, Math.max(0, due - Date.now()));
    };

    const onTransaction = (transaction: Y.Transaction) => {
      if (!touchesStructure(transaction, areas)) return;
      const now = readPlanStructure(doc);
      if (!transaction.local) batcher.add(structureChanges(known, now), Date.now());
      known = now;
      schedule();
    };
    doc.on('afterTransaction', onTransaction);
    return () => {
      doc.off('afterTransaction', onTransaction);
      if (timer !== null) clearTimeout(timer);
    };
  }, [doc, announce, t]);
}
