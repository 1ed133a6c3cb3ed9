import { AuditAction } from '../../shared/api/audit';
import type { CommandOf } from '../../shared/workshop';
import type { AccessChanges } from '../auth/AccessChanges';
import type { Audit } from '../auth/Audit';
import type { Identity } from '../auth/identity';
import type { AccountStorage } from '../storage/Storage';

export interface MergeAccess {
  accounts: Pick<AccountStorage, 'deleteGuestSessions'>;
  changes: AccessChanges;
  audit: Audit;
}

const GUEST_PREFIX = 'guest-';

/**
 * After a merge: a merged guest's sessions end (on every server, closing their sockets), since
 * that guest is now the kept participant and must not go on as a second one. A merged staff
 * member keeps their sessions (they work elsewhere in the plan); the workshop refuses them as
 * removed. The audit names ids only: names are personal data, and the merge is about identities.
 */
export async function endMergedParticipant(
  access: MergeAccess,
  by: Identity,
  workshop: { id: string; planId: string },
  command: CommandOf<'mergeParticipants'>,
): Promise<void> {
  access.audit.record(AuditAction.WorkshopParticipantsMerged, by, workshop.planId, {
    workshop: workshop.id,
    kept: command.keepId,
    merged: command.mergeId,
  });
  if (!command.mergeId.startsWith(GUEST_PREFIX)) return;
  const guestId = command.mergeId.slice(GUEST_PREFIX.length);
  const tokenHashes = await access.accounts.deleteGuestSessions([guestId]);
  access.changes.publish({ kind: 'sessions', tokenHashes });
}
