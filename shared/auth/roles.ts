import type { Access } from '../protocol/events';

/**
 * Roles a person has in one plan. One table decides what each may do; the server enforces it on
 * every route and socket message, the client only mirrors it to hide controls.
 */
export const ROLES = ['owner', 'editor', 'facilitator', 'participant', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export const Permission = {
  /** Open the plan document and read it. */
  ReadPlan: 'plan.read',
  /** Change the plan document (focus areas, strategies, text). */
  EditPlan: 'plan.edit',
  /** Download the draft (Markdown, later DOCX/PDF). */
  ExportPlan: 'plan.export',
  /** Create, list and revoke invitation links; change people's roles; remove people. */
  ManagePeople: 'plan.people',
  /** Read the plan's audit log. */
  ViewAudit: 'plan.audit',
  /** Prepare and run workshops on the plan. */
  RunWorkshops: 'workshop.run',
  /** Take part in the plan's workshops. */
  JoinWorkshops: 'workshop.join',
  /** Freeze named versions for the political steps, restore them, set the steps' dates. */
  ManageVersions: 'plan.versions',
  /** Switch the public page on, write its intro, keep its knowledge base, goals and consultations. */
  ManagePublicPage: 'plan.public',
  /** Read the input inbox and handle input: status, tags, assessment, registering, the summary. */
  HandleInput: 'input.handle',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

const P = Permission;
const TABLE: Record<Role, readonly Permission[]> = {
  owner: [
    P.ReadPlan,
    P.EditPlan,
    P.ExportPlan,
    P.ManagePeople,
    P.ViewAudit,
    P.RunWorkshops,
    P.JoinWorkshops,
    P.ManageVersions,
    P.ManagePublicPage,
    P.HandleInput,
  ],
  editor: [P.ReadPlan, P.EditPlan, P.ExportPlan, P.JoinWorkshops, P.HandleInput],
  facilitator: [P.ReadPlan, P.EditPlan, P.ExportPlan, P.RunWorkshops, P.JoinWorkshops],
  participant: [P.JoinWorkshops],
  observer: [P.ReadPlan, P.ExportPlan],
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role ? TABLE[role].includes(permission) : false;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** What a role may do with the plan's document over the sync protocol. */
export function planDocAccess(role: Role | null | undefined): Access | null {
  if (can(role, P.EditPlan)) return 'write';
  if (can(role, P.ReadPlan)) return 'read';
  return null;
}

/** Roles an owner may hand out through an invitation link (ownership is not given by link). */
export const INVITABLE_ROLES = ['editor', 'facilitator', 'participant', 'observer'] as const satisfies readonly Role[];
export type InvitableRole = (typeof INVITABLE_ROLES)[number];
