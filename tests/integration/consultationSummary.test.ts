import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../shared/api/audit';
import type { ConsultationResponse } from '../../shared/api/publicPage';
import type { VersionResponse } from '../../shared/api/versions';
import { newId } from '../../shared/plan/items';
import type { InputRecord } from '../../server/storage/Storage';
import { readZip } from '../../server/export/testSupport/zip';
import { addSections } from '../support/publicSideFiles';
import { createInvite, joinAsGuest } from '../support/people';
import {
  addMember,
  api,
  createStaff,
  loginCookie,
  ownerWithPlan,
  startTestServer,
  type TestServer,
} from '../support/testServer';

/**
 * The høringsoppsummering (DOCX, PDF/A) and the CSV of all input, downloaded as the case officer
 * does: input stored straight in storage (the form has its own tests), then each file read back
 * as its readers do (Word's XML, pdftotext, a spreadsheet's cells).
 */
const script = '<script>alert(1)</script>';
const formula = '=HYPERLINK("http://evil.example","klikk")';

let server: TestServer;
let owner: { cookie: string; planId: string; userId: string };
let observerCookie: string;
let consultationId: string;
let strategyId: string;

const asOwner = () => api(server.url, owner.cookie);
const path = (file: string, query = `?consultation=${consultationId}`) =>
  `/api/plans/${owner.planId}/${file}${query}`;

async function addInput(fields: Partial<Omit<InputRecord, 'number'>>): Promise<string> {
  const id = newId();
  await server.medverk.storage.inputs.createInput(
    {
      id,
      planId: owner.planId,
      channel: 'web',
      section: 'plan',
      sectionLabel: 'Hele planen',
      consultationId,
      versionId: null,
      workshopId: null,
      text: 'Et innspill.',
      submitterKind: 'resident',
      organisation: '',
      name: '',
      email: '',
      namePublic: false,
      status: 'new',
      tags: [],
      duplicateOf: null,
      summary: '',
      assessment: '',
      changeSection: null,
      receivedAt: Date.UTC(2026, 2, 10, 12, 0, 0),
      updatedAt: Date.UTC(2026, 2, 10, 12, 0, 0),
      personalDataRemovedAt: null,
      ...fields,
    },
    [],
  );
  return id;
}

async function download(
  file: string,
  cookie = owner.cookie,
  query?: string,
): Promise<{ response: Response; body: Buffer }> {
  const response = await api(server.url, cookie)(path(file, query));
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

beforeAll(async () => {
  server = await startTestServer({ seedDemo: false });
  owner = await ownerWithPlan(server, 'Temaplan for medborgerskap');
  const sections = await addSections(server, owner.planId);
  strategyId = sections.strategies[1];
  const frozen = await asOwner()(`/api/plans/${owner.planId}/versions`, {
    method: 'POST',
    body: { name: 'Høringsutkast', step: 'consultation' },
  });
  expect(frozen.status).toBe(201);
  const versionId = ((await frozen.json()) as VersionResponse).version.id;
  const created = await asOwner()(`/api/plans/${owner.planId}/consultations`, {
    method: 'POST',
    body: {
      title: 'Høring av temaplanen',
      versionId,
      opensAt: Date.UTC(2026, 2, 1, 8),
      closesAt: Date.UTC(2026, 3, 13, 21, 59),
    },
  });
  expect(created.status).toBe(201);
  consultationId = ((await created.json()) as ConsultationResponse).consultation.id;

  const original = await addInput({
    section: `st:${strategyId}`,
    sectionLabel: 'Strategi 1.2',
    submitterKind: 'association',
    organisation: 'Asker Sámi searvi',
    name: 'Áilu Kontaktperson',
    email: 'ailu@example.no',
    text: `Vi trenger lokaler til samisk kulturarbeid. ${script} ${formula}`,
    summary: 'Ønsker lokaler for samisk kulturarbeid',
    assessment: `Tas til følge. ${formula}`,
    changeSection: `st:${strategyId}`,
    status: 'assessed',
    tags: ['lokaler'],
  });
  await addInput({
    name: 'Kari Nordmann',
    namePublic: true,
    text: 'Flere benker i parken.',
    summary: 'Vil ha benker',
    receivedAt: Date.UTC(2026, 2, 11),
  });
  await addInput({
    name: 'Ola Hemmelig',
    email: 'ola@example.no',
    namePublic: false,
    text: 'Samme som samene.',
    duplicateOf: original,
    receivedAt: Date.UTC(2026, 2, 12),
  });
  await addInput({
    submitterKind: 'other',
    organisation: formula,
    text: 'Skjemafelt med formel.',
    summary: formula,
    receivedAt: Date.UTC(2026, 2, 13),
  });
  await addInput({
    consultationId: null,
    text: 'Utenfor høringen kom dette.',
    receivedAt: Date.UTC(2026, 0, 5),
  });

  const observer = await createStaff(server, {
    email: 'observator@asker.kommune.no',
    name: 'Observatør',
    password: 'riktig-passord-1',
  });
  await addMember(server, owner.planId, observer.id, 'observer');
  observerCookie = await loginCookie(server.url, 'observator@asker.kommune.no', 'riktig-passord-1');
}, 30_000);

afterAll(async () => {
  await server.dispose();
});

function expectDownload(response: Response, type: string, extension: string): void {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain(type);
  expect(response.headers.get('content-disposition')).toMatch(
    new RegExp(`^attachment; filename="[^"]+\\.${extension}"; filename\\*=UTF-8''`),
  );
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('content-security-policy')).toBe('sandbox');
}

describe('høringsoppsummering and the CSV of all input', () => {
  it('DOCX: per section the summary, quote, assessment and change; the appendix; markup as escaped text', async () => {
    const { response, body } = await download('inputs/summary.docx');
    expectDownload(response, 'wordprocessingml', 'docx');
    expect(response.headers.get('content-disposition')).toContain(
      'filename="horingsoppsummering--temaplan-for-medborgerskap--horing-av-temaplanen.docx"',
    );
    const xml = readZip(body).get('word/document.xml')?.toString('utf8') ?? '';
    expect(xml).toContain('Høringsoppsummering');
    expect(xml).toContain('Ønsker lokaler for samisk kulturarbeid');
    expect(xml).toContain(
      'Vi trenger lokaler til samisk kulturarbeid. &lt;script&gt;alert(1)&lt;/script&gt; =HYPERLINK(&quot;http://evil.example&quot;,&quot;klikk&quot;)',
    );
    expect(xml).toContain('Tas til følge. =HYPERLINK(&quot;');
    expect(xml).toContain('Strategi 1.2');
    expect(xml).toContain('Kari Nordmann');
    expect(xml).toContain('Innbygger');
    expect(xml).toContain('Innspill fra');
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('Ola Hemmelig');
    expect(xml).not.toContain('Áilu');
    // Input outside this consultation is not in its summary.
    expect(xml).not.toContain('Utenfor høringen');
  });

  it('PDF/A: the same content, typed markup printed as plain text', async () => {
    const { response, body } = await download('inputs/summary.pdf');
    expectDownload(response, 'application/pdf', 'pdf');
    expect(body.toString('latin1')).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: body })
      .toString('utf8')
      .replace(/\s+/g, ' ');
    expect(text).toContain('Ønsker lokaler for samisk kulturarbeid');
    // The quote wraps where the page ends it, inside the address too: compare without spaces.
    expect(text.replace(/\s/g, '')).toContain(
      `Vitrengerlokalertilsamiskkulturarbeid.${script}${formula}`,
    );
    expect(text).toContain(`Tas til følge. ${formula}`);
    expect(text).toContain('Kari Nordmann');
    expect(text).toContain('Innbygger');
    expect(text).not.toContain('Ola Hemmelig');
    expect(text).not.toContain('Utenfor høringen');
  });

  it('nynorsk and all input of the plan when no consultation is given', async () => {
    const { body } = await download('inputs/summary.pdf', owner.cookie, '?lang=nn');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: body }).toString(
      'utf8',
    );
    expect(text).toContain('Oppsummering av innspel');
    expect(text).toContain('Utenfor høringen kom dette.');
    expect(text).toContain('Innbyggjar');
  });

  it('CSV: BOM, a row per input, formulas made text, e-mail for the case officer', async () => {
    const { response, body } = await download('inputs.csv');
    expectDownload(response, 'text/csv', 'csv');
    const csv = body.toString('utf8');
    expect(csv.startsWith('\uFEFFReferanse,Mottatt,')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    // The header and four inputs (a quoted field may hold no line end here).
    expect(lines).toHaveLength(5);
    expect(csv).toContain('ola@example.no');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""klikk"")"`);
    expect(csv).toContain(`"Tas til følge. =HYPERLINK(`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(csv).not.toContain('Utenfor høringen');
    const all = (await download('inputs.csv', owner.cookie, '')).body.toString('utf8');
    expect(all.slice(1).trimEnd().split('\r\n')).toHaveLength(6);
  });

  it('is for those who may read the inbox only', async () => {
    for (const file of ['inputs/summary.docx', 'inputs/summary.pdf', 'inputs.csv']) {
      expect((await download(file, observerCookie)).response.status, file).toBe(403);
    }
    const { token } = await createInvite(server, owner.cookie, owner.planId, {
      role: 'participant',
      expiresInHours: 1,
      maxUses: 1,
    });
    const participant = await joinAsGuest(server, token, 'Pia');
    expect((await download('inputs.csv', participant)).response.status).toBe(403);
    expect((await api(server.url, null)(path('inputs.csv'))).status).toBe(401);
    // The owner opens the inbox to observers: now they may read it, and download it.
    const opened = await asOwner()(`/api/plans/${owner.planId}/public`, {
      method: 'PATCH',
      body: { inboxRoles: ['observer'] },
    });
    expect(opened.status).toBe(200);
    expect((await download('inputs.csv', observerCookie)).response.status).toBe(200);
  });

  it('refuses an unknown consultation or language, and audits without personal data', async () => {
    expect(
      (await download('inputs/summary.docx', owner.cookie, '?consultation=finnes-ikke')).response
        .status,
    ).toBe(404);
    const other = await ownerWithPlan(server, 'Annen plan');
    expect(
      (
        await download(
          'inputs/summary.docx',
          owner.cookie,
          `?consultation=${consultationId}&lang=sv`,
        )
      ).response.status,
    ).toBe(400);
    expect(
      (
        await api(
          server.url,
          other.cookie,
        )(`/api/plans/${other.planId}/inputs.csv?consultation=${consultationId}`)
      ).status,
    ).toBe(404);
    const audit = (await (
      await asOwner()(`/api/plans/${owner.planId}/audit`)
    ).json()) as AuditListResponse;
    const exported = audit.entries.filter((entry) => entry.action === 'input.exported');
    expect(exported.length).toBeGreaterThanOrEqual(4);
    const text = JSON.stringify(exported);
    for (const personal of ['Kari', 'Ola', 'ola@example.no', 'lokaler'])
      expect(text).not.toContain(personal);
    expect(exported.map((entry) => entry.detail.format)).toEqual(
      expect.arrayContaining(['docx', 'pdf', 'csv']),
    );
  });
});
