import { describe, expect, it } from 'vitest';
import { AuditAction, type AuditEntry } from '../../shared/api/audit';
import { LANGUAGES } from '../i18n/languages';
import { testTranslator } from '../i18n/testTranslator';
import { auditActionText, auditDetails } from './auditText';

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
});
