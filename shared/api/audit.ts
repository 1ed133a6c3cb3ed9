export const AuditAction = {
  Login: 'login',
  LoginFailed: 'login.failed',
  Logout: 'logout',
  SetupCompleted: 'setup.completed',
  InviteCreated: 'invite.created',
  InviteRevoked: 'invite.revoked',
  InviteRedeemed: 'invite.redeemed',
  RoleChanged: 'role.changed',
  MemberRemoved: 'member.removed',
  WriteRefused: 'write.refused',
  Exported: 'plan.exported',
  PlanCreated: 'plan.created',
  UserCreated: 'user.created',
  PasswordResetLinkCreated: 'password.reset-link',
  PasswordReset: 'password.reset',
  VersionFrozen: 'version.frozen',
  VersionRestored: 'version.restored',
  ProcessUpdated: 'process.updated',
  AssociationAdded: 'association.added',
  AssociationRenamed: 'association.renamed',
  AssociationRemoved: 'association.removed',
  JoinCodeCreated: 'joincode.created',
  WorkshopParticipantsMerged: 'workshop.participants-merged',
  DiscussionSettingsChanged: 'discussion.settings',
  PublicSettingsChanged: 'public.settings',
  KnowledgeAdded: 'knowledge.added',
  KnowledgeChanged: 'knowledge.changed',
  KnowledgeRemoved: 'knowledge.removed',
  GoalsChanged: 'goals.changed',
  ConsultationChanged: 'consultation.changed',
  InputReceived: 'input.received',
  InputRegistered: 'input.registered',
  InputUpdated: 'input.updated',
  InputDeleted: 'input.deleted',
  InputPersonalDataRemoved: 'input.personal-data-removed',
  InputExported: 'input.exported',
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

export interface AuditEntry {
  id: number;
  at: number;
  /** Display name of who did it (or null for the system / an unknown caller). */
  actor: string | null;
  action: AuditAction;
  detail: Record<string, unknown>;
}

export interface AuditListResponse {
  entries: AuditEntry[];
}
