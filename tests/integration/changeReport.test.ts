import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { planDocName } from '../../shared/protocol';
import { listStrategies } from '../../shared/plan/strategies';
import { listFocusAreas } from '../../shared/plan/focusAreas';
import { writeParagraphs } from '../../shared/plan/richText';
import { readZip } from '../../server/export/testSupport/zip';
import { addMember, api, demoPlanId, ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';
import { connectClient } from '../support/syncClient';
import { createInvite, joinAsGuest } from '../support/people';

const run = promisify(execFile);
const BEFORE = 'Åpne biblioteket for alle.';
const AFTER = 'Åpne biblioteket for alle hver tirsdag kveld.';
let server: TestServer;
let cookie: string;
let planId: string;
let first: string;
let second: string;
const outDir = mkdtempSync(join(tmpdir(), 'medverk-changes-'));

/** Writes the first strategy's text as a real client would, and waits until the server has it. */
async function writeStrategy(text: string): Promise<void> {
  const client = connectClient(server.url, planDocName(planId), cookie);
  try {
    await client.provider.whenSynced();
    const area = listFocusAreas(client.doc)[0]!;
    const body = listStrategies(client.doc, area.id)[0]!.body;
    // writeParagraphs appends: clear first, so the strategy says exactly `text`.
    client.doc.transact(() => body.delete(0, body.length));
    writeParagraphs(body, [text]);
    await client.provider.whenSaved();
  } finally {
    client.close();
  }
}

async function freeze(name: string, step: string): Promise<string> {
  const response = await api(server.url, cookie)(`/api/plans/${planId}/versions`, { method: 'POST', body: { name, step } });
  expect(response.status).toBe(201);
  return ((await response.json()) as { version: { id: string } }).version.id;
}

async function download(query: string): Promise<{ status: number; body: Buffer; headers: Headers }> {
  const response = await api(server.url, cookie)(`/api/plans/${planId}/changes?${query}`);
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()), headers: response.headers };
}

beforeAll(async () => {
  server = await startTestServer();
  const owner = await ownerWithPlan(server, 'Egen');
  cookie = owner.cookie;
  planId = await demoPlanId(server);
  await addMember(server, planId, owner.userId, 'owner');
  await writeStrategy(BEFORE);
  first = await freeze('Til førstegangsbehandling', 'first-reading');
  await writeStrategy(AFTER);
  second = await freeze('Etter høring', 'consultation');
});

afterAll(async () => {
  await server.dispose();
  rmSync(outDir, { recursive: true, force: true });
});

describe('change report between two versions', () => {
  it('serves a DOCX with the added words underlined and coloured', async () => {
    const { status, body, headers } = await download(`from=${first}&to=${second}&format=docx`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain('wordprocessingml');
    expect(headers.get('content-disposition')).toBe(
      'attachment; filename="endringer-til-forstegangsbehandling-etter-horing.docx"',
    );
    const xml = readZip(body).get('word/document.xml')?.toString('utf8') ?? '';
    expect(xml).toContain('Endringer fra Til førstegangsbehandling til Etter høring');
    // The run holding the added words carries an underline and the "added" colour.
    const addedRun = [...xml.matchAll(/<w:r>((?:(?!<\/w:r>).)*)<\/w:r>/gs)]
      .map((m) => m[1] ?? '')
      .find((r) => r.includes('hver tirsdag kveld.'));
    expect(addedRun).toBeDefined();
    expect(addedRun).toMatch(/<w:u w:val="single"\/>/);
    expect(addedRun).toMatch(/<w:color w:val="1A7F37"\/>/);
    // "alle." became "alle": the old word is struck out.
    const removedRun = [...xml.matchAll(/<w:r>((?:(?!<\/w:r>).)*)<\/w:r>/gs)]
      .map((m) => m[1] ?? '')
      .find((r) => /<w:t[^>]*>alle\.<\/w:t>/.test(r));
    expect(removedRun).toMatch(/<w:strike\/>/);
  });

  it('serves a PDF where the added words are marked in words, not only in colour', async () => {
    const { status, body } = await download(`from=${first}&to=${second}&format=pdf&lang=nn`);
    expect(status).toBe(200);
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    const file = join(outDir, 'changes.pdf');
    writeFileSync(file, body);
    const text = (await run('pdftotext', [file, '-'])).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Endringar frå Til førstegangsbehandling til Etter høring');
    // Words are compared whole: "alle." became "alle hver tirsdag kveld.".
    expect(text).toContain('[lagt til: alle hver tirsdag kveld.]');
    expect(text).toContain('[fjerna: alle.]');
  });

  it('compares with the live draft in HTML, with <ins> and <del>', async () => {
    await writeStrategy(`${AFTER} Også på lørdager.`);
    const { status, body, headers } = await download(`from=${second}&to=live&format=html&lang=en`);
    expect(status).toBe(200);
    expect(headers.get('content-disposition')).toContain('filename="endringer-etter-horing-live.html"');
    const html = body.toString('utf8');
    expect(html).toContain('<ins>Også på lørdager.</ins>');
    expect(html).toContain('Changes from Etter høring to Draft');
  });

  it('refuses bad queries, unknown versions and people without the right to export', async () => {
    expect((await download(`from=${first}&to=${second}&format=md`)).status).toBe(400);
    expect((await download(`to=${second}&format=pdf`)).status).toBe(400);
    expect((await download(`from=nope&to=${second}&format=pdf`)).status).toBe(404);
    const other = await ownerWithPlan(server, 'Annen');
    const foreign = await api(server.url, cookie)(`/api/plans/${other.planId}/changes?from=${first}&to=live&format=pdf`);
    expect(foreign.status).toBe(403);
    const { token } = await createInvite(server, cookie, planId, { role: 'participant', expiresInHours: 1, maxUses: 1 });
    const participant = await joinAsGuest(server, token, 'Pia');
    const refused = await api(server.url, participant)(`/api/plans/${planId}/changes?from=${first}&to=live&format=pdf`);
    expect(refused.status).toBe(403);
  });
});
