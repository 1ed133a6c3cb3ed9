import { describe, it, expect } from 'vitest';
import { AuditAction } from '../../shared/api/audit';
import { useTestEnv } from '../testing/testEnv';
import { waitFor } from '../testing/waitFor';
import type { AuditRecord, AuditStorage, GuestRecord, UserRecord } from '../storage/Storage';
import { Audit } from './Audit';
import { ANONYMOUS, actorLabel, principalOf, type Identity } from './identity';

const kari: UserRecord = { id: 'u1', email: 'kari@k.no', name: 'Kari', passwordHash: null, isAdmin: false, createdAt: 1 };
const ola: GuestRecord = { id: 'g1', planId: 'p', inviteId: 'i', displayName: 'Ola', association: null, role: 'participant', createdAt: 2 };
const asUser: Identity = { kind: 'user', user: kari, sessionHash: 's1' };
const asGuest: Identity = { kind: 'guest', guest: ola, sessionHash: 's2' };

describe('identity labels', () => {
  it('names users and guests for the audit log, and nobody for anonymous', () => {
    expect(actorLabel(asUser)).toBe('Kari <kari@k.no>');
    expect(actorLabel(asGuest)).toBe('Ola (guest)');
    expect(actorLabel(ANONYMOUS)).toBeNull();
    expect(principalOf(asUser)).toBe('user:u1');
    expect(principalOf(asGuest)).toBe('guest:g1');
    expect(principalOf(ANONYMOUS)).toBeNull();
  });
});

describe('Audit', () => {
  const env = useTestEnv();

  it('records the actor’s label and principal with the detail', async () => {
    const { audit: storage } = env().sqlite();
    const errors: unknown[] = [];
    const audit = new Audit(storage, (error) => errors.push(error));
    const before = Date.now();
    audit.record(AuditAction.RoleChanged, asUser, 'p', { userId: 'u2', role: 'editor' });
    audit.record(AuditAction.InviteRedeemed, asGuest, 'p');
    audit.record(AuditAction.LoginFailed, null, 'p', { email: 'x@k.no' });
    audit.record(AuditAction.WriteRefused, ANONYMOUS, 'p', { doc: 'plan:p' });
    // record() does not wait; SQLite writes synchronously, so the entries are there already.
    const entries = await storage.list('p', 10);
    expect(entries).toHaveLength(4);
    const [anonymous, failed, redeemed, changed] = entries;
    expect(changed).toMatchObject({
      action: AuditAction.RoleChanged,
      actor: 'Kari <kari@k.no>',
      planId: 'p',
      detail: { userId: 'u2', role: 'editor', principal: 'user:u1' },
    });
    expect(changed?.at).toBeGreaterThanOrEqual(before);
    expect(redeemed).toMatchObject({ actor: 'Ola (guest)', detail: { principal: 'guest:g1' } });
    expect(failed).toMatchObject({ actor: null, detail: { email: 'x@k.no' } });
    expect(anonymous).toMatchObject({ actor: null, detail: { doc: 'plan:p' } });
    expect(errors).toEqual([]);
  });

  it('reports a storage failure to onError and never throws to the caller', async () => {
    const failure = new Error('disk full');
    const failing: AuditStorage = {
      append: () => Promise.reject(failure),
      list: () => Promise.resolve<AuditRecord[]>([]),
    };
    const errors: unknown[] = [];
    const audit = new Audit(failing, (error) => errors.push(error));
    expect(() => audit.record(AuditAction.Logout, asUser, null)).not.toThrow();
    await waitFor(() => errors.length === 1, 'the failure to be reported');
    expect(errors[0]).toBe(failure);
  });
});
