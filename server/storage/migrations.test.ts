import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { MIGRATIONS } from './migrations';

/**
 * The text each engine ran for every migration that has shipped (sha256, first 16 hex digits).
 * Databases record only a migration's name, so an edited entry would leave existing databases
 * with another schema than new ones. A new migration is appended to MIGRATIONS and then here.
 */
const SHIPPED: readonly (readonly [name: string, sqlite: string, postgres: string])[] = [
  ['001_documents_and_plans', '9915b078d8b1776b', 'cebb26923050a12e'],
  ['002_people_roles_invites_audit', 'b54f5f617932d906', 'e501bb81f7874c47'],
  ['003_versions_and_process', 'c576d992624c11ea', '31bdb792a4aa63f5'],
  ['004_workshops', '98354fba4c1ae91f', '84780172754944b8'],
  ['005_edit_log', '4c94929660df1113', 'bde77e63fe5778b9'],
  ['006_associations_and_join_codes', '034751f0f2d6fbb3', '092609ce1aa1abca'],
  ['007_oidc_pending_logins', '8353efccb30a9666', '3c93e46763850e2b'],
  ['008_discussion', '4505aa6b71225886', '6e38fcb44883dc84'],
  ['009_public_side', '2c695f0fe2c6c134', 'd937fab3e95bc753'],
  ['010_identity_and_links', '59d1b9df91d91f7b', '72082f3966a96f35'],
  ['011_plan_logo', '715a49dab2958f1a', '715a49dab2958f1a'],
  ['012_join_code_shown', 'c0573ac71168bb41', 'c0573ac71168bb41'],
  ['013_plan_language', '3628cae9fe3a975e', '3628cae9fe3a975e'],
  ['014_agenda_templates', '59070525feaa093b', '0878397c770d8a24'],
];

function digest(sql: string): string {
  return createHash('sha256').update(sql).digest('hex').slice(0, 16);
}

describe('MIGRATIONS', () => {
  it('keeps every shipped migration, in order, with the text each engine ran', () => {
    const shipped = MIGRATIONS.slice(0, SHIPPED.length).map((m) => [m.name, digest(m.sqlite), digest(m.postgres)]);
    expect(shipped).toEqual(SHIPPED);
  });

  it('names every migration once', () => {
    const names = MIGRATIONS.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
