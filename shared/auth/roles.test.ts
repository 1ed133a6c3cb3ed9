import { describe, expect, it } from 'vitest';
import { INVITABLE_ROLES, Permission, ROLES, can, isRole, planDocAccess } from './roles';

describe('permissions table', () => {
  it('gives each role exactly its rights', () => {
    const matrix = Object.fromEntries(
      ROLES.map((role) => [role, Object.values(Permission).filter((p) => can(role, p))]),
    );
    expect(matrix).toEqual({
      owner: [
        'plan.read',
        'plan.edit',
        'plan.export',
        'plan.people',
        'plan.audit',
        'workshop.run',
        'workshop.join',
        'plan.versions',
        'plan.public',
        'input.handle',
      ],
      editor: ['plan.read', 'plan.edit', 'plan.export', 'workshop.join', 'input.handle'],
      facilitator: ['plan.read', 'plan.edit', 'plan.export', 'workshop.run', 'workshop.join'],
      participant: ['workshop.join'],
      observer: ['plan.read', 'plan.export'],
    });
  });

  it('gives nothing without a role', () => {
    expect(Object.values(Permission).some((p) => can(null, p) || can(undefined, p))).toBe(false);
  });

  it('maps roles to document access', () => {
    expect(ROLES.map((role) => planDocAccess(role))).toEqual(['write', 'write', 'write', null, 'read']);
    expect(planDocAccess(null)).toBeNull();
  });

  it('never hands out ownership through a link', () => {
    expect(INVITABLE_ROLES).not.toContain('owner');
  });

  it('recognises roles', () => {
    expect(isRole('observer')).toBe(true);
    expect(isRole('admin')).toBe(false);
    expect(isRole(3)).toBe(false);
  });
});
