import { can, Permission, type Role } from '../auth/roles';
import type { InboxExtraRole } from '../api/publicPage';

/**
 * Who may read a plan's input inbox: those whose role handles input (owner, editors), and the
 * roles the owner opened it to (facilitators, observers), who read but do not handle.
 */
export function inboxAccess(role: Role | null, inboxRoles: readonly InboxExtraRole[]): 'handle' | 'read' | null {
  if (!role) return null;
  if (can(role, Permission.HandleInput)) return 'handle';
  return (inboxRoles as readonly Role[]).includes(role) ? 'read' : null;
}
