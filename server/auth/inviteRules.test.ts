import { describe, it, expect } from 'vitest';
import type { InviteRecord } from '../storage/Storage';
import { inviteProblem } from './inviteRules';

const NOW = 1_700_000_000_000;

function invite(overrides: Partial<InviteRecord> = {}): InviteRecord {
  return {
    id: 'i',
    planId: 'p',
    tokenHash: 'h',
    role: 'participant',
    label: '',
    createdBy: null,
    createdAt: NOW - 1_000,
    expiresAt: null,
    maxUses: null,
    uses: 0,
    revokedAt: null,
    ...overrides,
  };
}

describe('inviteProblem', () => {
  it('is null for a usable invite, with or without limits', () => {
    expect(inviteProblem(invite(), NOW)).toBeNull();
    expect(inviteProblem(invite({ uses: 1_000_000 }), NOW)).toBeNull();
    expect(inviteProblem(invite({ expiresAt: NOW + 1, maxUses: 3, uses: 2 }), NOW)).toBeNull();
  });

  it('is unknown for no invite', () => {
    expect(inviteProblem(null, NOW)).toBe('unknown');
  });

  it('is revoked once revokedAt is set, whenever that was', () => {
    expect(inviteProblem(invite({ revokedAt: NOW - 1 }), NOW)).toBe('revoked');
    expect(inviteProblem(invite({ revokedAt: 0 }), NOW)).toBe('revoked');
    expect(inviteProblem(invite({ revokedAt: NOW + 1 }), NOW)).toBe('revoked');
  });

  it('is expired from expiresAt on (expiresAt itself included)', () => {
    expect(inviteProblem(invite({ expiresAt: NOW + 1 }), NOW)).toBeNull();
    expect(inviteProblem(invite({ expiresAt: NOW }), NOW)).toBe('expired');
    expect(inviteProblem(invite({ expiresAt: NOW - 1 }), NOW)).toBe('expired');
  });

  it('is exhausted once uses reach maxUses (uses === maxUses included)', () => {
    expect(inviteProblem(invite({ maxUses: 3, uses: 2 }), NOW)).toBeNull();
    expect(inviteProblem(invite({ maxUses: 3, uses: 3 }), NOW)).toBe('exhausted');
    expect(inviteProblem(invite({ maxUses: 3, uses: 4 }), NOW)).toBe('exhausted');
    expect(inviteProblem(invite({ maxUses: 0, uses: 0 }), NOW)).toBe('exhausted');
  });

  it('reports revoked before expired before exhausted', () => {
    const everything = invite({ revokedAt: NOW - 1, expiresAt: NOW - 1, maxUses: 1, uses: 1 });
    expect(inviteProblem(everything, NOW)).toBe('revoked');
    expect(inviteProblem({ ...everything, revokedAt: null }, NOW)).toBe('expired');
    expect(inviteProblem({ ...everything, revokedAt: null, expiresAt: null }, NOW)).toBe('exhausted');
  });
});
