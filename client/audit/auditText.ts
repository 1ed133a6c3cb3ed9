import type { TFunction } from 'i18next';
import { AuditAction, type AuditEntry } from '../../shared/api/audit';
import { isRole } from '../../shared/auth/roles';

/** Translation keys per action (action names contain dots, which i18next reads as nesting). */
const ACTION_KEYS = {
  [AuditAction.Login]: 'login',
  [AuditAction.LoginFailed]: 'loginFailed',
  [AuditAction.Logout]: 'logout',
  [AuditAction.SetupCompleted]: 'setupCompleted',
  [AuditAction.InviteCreated]: 'inviteCreated',
  [AuditAction.InviteRevoked]: 'inviteRevoked',
  [AuditAction.InviteRedeemed]: 'inviteRedeemed',
  [AuditAction.RoleChanged]: 'roleChanged',
  [AuditAction.MemberRemoved]: 'memberRemoved',
  [AuditAction.WriteRefused]: 'writeRefused',
  [AuditAction.Exported]: 'exported',
  [AuditAction.PlanCreated]: 'planCreated',
  [AuditAction.UserCreated]: 'userCreated',
  [AuditAction.PasswordResetLinkCreated]: 'passwordResetLinkCreated',
  [AuditAction.PasswordReset]: 'passwordReset',
  [AuditAction.VersionFrozen]: 'versionFrozen',
  [AuditAction.VersionRestored]: 'versionRestored',
  [AuditAction.ProcessUpdated]: 'processUpdated',
  [AuditAction.AssociationAdded]: 'associationAdded',
  [AuditAction.AssociationRenamed]: 'associationRenamed',
  [AuditAction.AssociationRemoved]: 'associationRemoved',
  [AuditAction.JoinCodeCreated]: 'joinCodeCreated',
  [AuditAction.WorkshopParticipantsMerged]: 'workshopParticipantsMerged',
  [AuditAction.DiscussionSettingsChanged]: 'discussionSettingsChanged',
  [AuditAction.PublicSettingsChanged]: 'publicSettingsChanged',
  [AuditAction.KnowledgeAdded]: 'knowledgeAdded',
  [AuditAction.KnowledgeChanged]: 'knowledgeChanged',
  [AuditAction.KnowledgeRemoved]: 'knowledgeRemoved',
  [AuditAction.GoalsChanged]: 'goalsChanged',
  [AuditAction.ConsultationChanged]: 'consultationChanged',
  [AuditAction.InputReceived]: 'inputReceived',
  [AuditAction.InputRegistered]: 'inputRegistered',
  [AuditAction.InputUpdated]: 'inputUpdated',
  [AuditAction.InputDeleted]: 'inputDeleted',
  [AuditAction.InputPersonalDataRemoved]: 'inputPersonalDataRemoved',
  [AuditAction.InputExported]: 'inputExported',
} as const satisfies Record<AuditAction, string>;

/** What happened, in the reader's language; an action this version does not know is shown as is. */
export function auditActionText(action: string, t: TFunction): string {
  const key = (ACTION_KEYS as Record<string, (typeof ACTION_KEYS)[AuditAction] | undefined>)[
    action
  ];
  return key ? t(`audit.actions.${key}`) : action;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim()
    ? value.trim()
    : typeof value === 'number'
      ? String(value)
      : null;

/** Actions whose `name` is a version's name, not a person's. */
const VERSION_ACTIONS: ReadonlySet<string> = new Set([
  AuditAction.VersionFrozen,
  AuditAction.VersionRestored,
]);

/** The server stores a guest as "Name (guest)"; the suffix is put in the reader's language. */
const GUEST_SUFFIX = / \(guest\)$/;

/** Who did it, in the reader's language: a name, "Name (gjest)", or the system. */
export function auditActor(entry: AuditEntry, t: TFunction): string {
  if (entry.actor === null) return t('audit.system');
  const principal = entry.detail.principal;
  const isGuest =
    (typeof principal === 'string' && principal.startsWith('guest:')) ||
    GUEST_SUFFIX.test(entry.actor);
  return isGuest
    ? t('audit.guestActor', { name: entry.actor.replace(GUEST_SUFFIX, '') })
    : entry.actor;
}

/**
 * The details worth reading next to an action (a role, a title, how many lost access), each with
 * a translated name. Technical fields (ids, principals, addresses) are left out.
 */
export function auditDetails(entry: AuditEntry, t: TFunction): string[] {
  const { detail } = entry;
  const parts: string[] = [];
  const role = (value: unknown) => (isRole(value) ? t(`roles.nouns.${value}`) : null);
  const add = (value: string | null, format: (value: string) => string) => {
    if (value) parts.push(format(value));
  };
  add(text(detail.name), (name) =>
    VERSION_ACTIONS.has(entry.action)
      ? t('audit.detail.version', { name })
      : t('audit.detail.person', { name }),
  );
  add(text(detail.association), (association) => t('audit.detail.association', { association }));
  add(role(detail.role), (name) => t('audit.detail.role', { role: name }));
  add(text(detail.label), (label) => t('audit.detail.label', { label }));
  add(text(detail.title), (title) => t('audit.detail.title', { title }));
  add(text(detail.email), (email) => t('audit.detail.email', { email }));
  add(text(detail.format), (format) => t('audit.detail.format', { format }));
  if (detail.via === 'administrator') parts.push(t('audit.detail.byAdministrator'));
  if (typeof detail.guests === 'number' && detail.guests > 0)
    parts.push(t('audit.detail.guests', { count: detail.guests }));
  return parts;
}
