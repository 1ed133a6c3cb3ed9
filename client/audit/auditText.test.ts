import { describe, expect, it } from 'vitest';
import { AuditAction, type AuditEntry } from '../../shared/api/audit';
import { LANGUAGES } from '../i18n/languages';
import { testTranslator } from '../i18n/testTranslator';
import { auditActionText, auditActor, auditDetails } from './auditText';

const entry = (action: AuditAction, detail: Record<string, unknown>): AuditEntry => ({
  id: 1,
  at: 0,
  actor: 'Siri',
  action,
  detail,
});

describe('audit texts', () => {
  it('names every action in words of its own, in every language', async () => {
    for (const language of LANGUAGES) {
      const t = await testTranslator(language);
      const texts = Object.values(AuditAction).map((action) => auditActionText(action, t));
      for (const text of texts) expect(text).not.toMatch(/^audit\.|\./);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('shows an unknown action as it is rather than nothing', async () => {
    expect(auditActionText('plan.frozen', await testTranslator('nb'))).toBe('plan.frozen');
  });

  it('shows readable details and leaves out ids and addresses', async () => {
    const t = await testTranslator('nb');
    expect(
      auditDetails(
        entry(AuditAction.RoleChanged, {
          member: 'guest:abc',
          role: 'observer',
          principal: 'user:x',
        }),
        t,
      ),
    ).toEqual(['rolle: observatør']);
    expect(auditDetails(entry(AuditAction.InviteRevoked, { invite: 'i1', guests: 2 }), t)).toEqual([
      '2 gjester mistet tilgangen',
    ]);
    expect(
      auditDetails(entry(AuditAction.LoginFailed, { ip: '10.0.0.1', email: 'a@b.no' }), t),
    ).toEqual(['e-post: a@b.no']);
  });

  it('names a version as a version, not as a person', async () => {
    const nb = await testTranslator('nb');
    const nn = await testTranslator('nn');
    const frozen = entry(AuditAction.VersionFrozen, {
      versionId: 'v1',
      name: 'Høringsutkast',
      step: 'consultation',
    });
    expect(auditDetails(frozen, nb)).toEqual(['versjon: «Høringsutkast»']);
    expect(auditDetails({ ...frozen, action: AuditAction.VersionRestored }, nn)).toEqual([
      'versjon: «Høringsutkast»',
    ]);
    expect(auditDetails(entry(AuditAction.MemberRemoved, { name: 'Ola' }), nb)).toEqual([
      'person: Ola',
    ]);
  });

  it('says an administrator made someone owner', async () => {
    const t = await testTranslator('nb');
    expect(
      auditDetails(
        entry(AuditAction.RoleChanged, { name: 'Kari', role: 'owner', via: 'administrator' }),
        t,
      ),
    ).toEqual(['person: Kari', 'rolle: eier', 'som administrator']);
  });

  it('puts "(guest)" from the server in the reader’s language', async () => {
    const guest = {
      ...entry(AuditAction.InviteRedeemed, { principal: 'guest:g1' }),
      actor: 'Ola (guest)',
    };
    expect(auditActor(guest, await testTranslator('nb'))).toBe('Ola (gjest)');
    expect(auditActor(guest, await testTranslator('nn'))).toBe('Ola (gjest)');
    expect(auditActor(guest, await testTranslator('en'))).toBe('Ola (guest)');
    // Older entries may lack the principal; the suffix alone is enough.
    expect(auditActor({ ...guest, detail: {} }, await testTranslator('nb'))).toBe('Ola (gjest)');
    expect(
      auditActor(entry(AuditAction.Login, { principal: 'user:u1' }), await testTranslator('nb')),
    ).toBe('Siri');
    expect(auditActor({ ...guest, actor: null }, await testTranslator('nb'))).toBe('Systemet');
  });
});
