import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { planDocName } from '../../shared/protocol';
import { listStrategies } from '../../shared/plan/strategies';
import { listFocusAreas } from '../../shared/plan/focusAreas';
import { writeParagraphs } from '../../shared/plan/richText';
import { addMember, api, demoPlanId, ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';
import { connectClient } from '../support/syncClient';
import { readZip } from '../../server/export/testSupport/zip';
import { createInvite, joinAsGuest } from '../support/people';
import { png } from '../support/pngImage';
import { postMultipart } from '../support/publicSideFiles';

const run = promisify(execFile);
let server: TestServer;
let cookie: string;
let planId: string;
const outDir = mkdtempSync(join(tmpdir(), 'medverk-export-'));

beforeAll(async () => {
  server = await startTestServer();
  const owner = await ownerWithPlan(server, 'Egen');
  cookie = owner.cookie;
  planId = await demoPlanId(server);
  await addMember(server, planId, owner.userId, 'owner');
  // Text typed by someone with bad intentions must come out as text in every format.
  const client = connectClient(server.url, planDocName(planId), cookie);
  await client.provider.whenSynced();
  const area = listFocusAreas(client.doc)[0]!;
  writeParagraphs(listStrategies(client.doc, area.id)[0]!.body, ['<script>alert("x")</script> & «æøå»']);
  await client.provider.whenSaved();
  client.close();
});

afterAll(async () => {
  await server.dispose();
  rmSync(outDir, { recursive: true, force: true });
});

describe('exports for the case file', () => {
  it('serves every format of the live draft and of a version', async () => {
    const frozen = await api(server.url, cookie)(`/api/plans/${planId}/versions`, {
      method: 'POST',
      body: { name: 'Til førstegangsbehandling 3. september', step: 'first-reading' },
    });
    expect(frozen.status).toBe(201);
    const { version } = (await frozen.json()) as { version: { id: string } };
    for (const source of ['', `&version=${version.id}`]) {
      for (const [format, type] of [
        ['docx', 'wordprocessingml'],
        ['pdf', 'application/pdf'],
        ['html', 'text/html'],
        ['md', 'text/markdown'],
      ] as const) {
        const response = await api(server.url, cookie)(`/api/plans/${planId}/export?format=${format}${source}`);
        expect(response.status, `${format}${source}`).toBe(200);
        expect(response.headers.get('content-type')).toContain(type);
        expect(response.headers.get('content-disposition')).toMatch(new RegExp(`attachment; filename="temaplan-for-medborgerskap.*\\.${format}"`));
        const body = Buffer.from(await response.arrayBuffer());
        expect(body.byteLength).toBeGreaterThan(1000);
        if (format === 'html') {
          const html = body.toString('utf8');
          expect(html).not.toContain('<script>');
          expect(html).toContain('&lt;script&gt;');
          // The contributors appendix names the case officer.
          expect(html).toContain('Bidragsytere og lag og foreninger');
          expect(html).toContain('Saksbehandler');
          if (source) expect(html).toContain('Til førstegangsbehandling');
        }
      }
    }
  });

  it('tables the master plan\'s goals the plan serves, in every format', async () => {
    const { goals } = server.medverk.storage;
    const client = connectClient(server.url, planDocName(planId), cookie);
    await client.provider.whenSynced();
    const area = listFocusAreas(client.doc)[0]!;
    client.close();
    await goals.addGoal({ id: 'goal-1', planId, number: '2', title: 'Et inkluderende lokalsamfunn <b>', sdg: 11, position: 'a0', createdAt: Date.now() });
    await goals.setFocusAreaGoals(planId, area.id, ['goal-1']);
    const exported = async (query: string) => {
      const response = await api(server.url, cookie)(`/api/plans/${planId}/${query}`);
      expect(response.status, query).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    };
    const html = (await exported('export?format=html')).toString('utf8');
    expect(html).toContain('<h2 id="goals">Mål planen bygger på</h2>');
    expect(html).toContain('<td>Et inkluderende lokalsamfunn &lt;b&gt;</td><td>11 Bærekraftige byer og lokalsamfunn</td><td>1 ');
    expect((await exported('export?format=md&lang=nn')).toString('utf8')).toContain('## Mål planen byggjer på');
    expect((await exported('export.md?lang=en')).toString('utf8')).toContain('| 2 | Et inkluderende lokalsamfunn \\<b\\> | 11 Sustainable cities and communities | 1 ');
    const pdf = await exported('export?format=pdf');
    expect(execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString('utf8')).toContain('Mål planen bygger på');
    const docx = readZip(await exported('export?format=docx')).get('word/document.xml')?.toString('utf8') ?? '';
    expect(docx).toContain('11 Bærekraftige byer og lokalsamfunn');
    await goals.removeGoal('goal-1');
    expect((await exported('export?format=html')).toString('utf8')).not.toContain('Mål planen bygger på');
  });

  it('refuses unknown formats, versions and people without the right', async () => {
    expect((await api(server.url, cookie)(`/api/plans/${planId}/export?format=exe`)).status).toBe(400);
    expect((await api(server.url, cookie)(`/api/plans/${planId}/export?format=pdf&version=nope`)).status).toBe(404);
    expect((await api(server.url, null)(`/api/plans/${planId}/export?format=pdf`)).status).toBe(401);
    const { token } = await createInvite(server, cookie, planId, { role: 'participant', expiresInHours: 1, maxUses: 1 });
    const participant = await joinAsGuest(server, token, 'Pia');
    expect((await api(server.url, participant)(`/api/plans/${planId}/export?format=pdf`)).status).toBe(403);
  });

  it('exports from the command line on the server database', async () => {
    const env = { ...process.env, DATA_DIR: server.dataDir };
    const listed = await run(process.execPath, ['--import', 'tsx', 'scripts/export.ts', '--list'], { env });
    expect(listed.stdout).toContain(`${planId}\tTemaplan for medborgerskap`);
    const out = join(outDir, 'plan.pdf');
    await run(process.execPath, ['--import', 'tsx', 'scripts/export.ts', '--plan', planId, '--format', 'pdf', '--out', out], { env });
    const text = (await run('pdftotext', [out, '-'])).stdout;
    expect(text).toContain('Temaplan for medborgerskap');
    expect(text).toContain('æøå');
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const bad = await run(process.execPath, ['--import', 'tsx', 'scripts/export.ts', '--plan', 'nope', '--format', 'pdf', '--out', out], { env }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(bad).toMatchObject({ code: 1 });
  });

  it('puts the plan\'s logo on the title page from the command line too', async () => {
    const logo = png(240, 80);
    const uploaded = await postMultipart(server.url, cookie, `/api/plans/${planId}/logo`, {}, [
      { field: 'logo', name: 'logo.png', bytes: logo, type: 'image/png' },
    ]);
    expect(uploaded.status).toBe(200);
    const env = { ...process.env, DATA_DIR: server.dataDir };
    const out = join(outDir, 'plan-with-logo.docx');
    await run(process.execPath, ['--import', 'tsx', 'scripts/export.ts', '--plan', planId, '--format', 'docx', '--out', out], { env });
    const files = readZip(readFileSync(out));
    const media = [...files.keys()].filter((name) => name.startsWith('word/media/'));
    expect(media.some((name) => files.get(name)!.equals(logo))).toBe(true);
    const pdf = join(outDir, 'plan-with-logo.pdf');
    await run(process.execPath, ['--import', 'tsx', 'scripts/export.ts', '--plan', planId, '--format', 'pdf', '--out', pdf], { env });
    expect(readFileSync(pdf).includes(Buffer.from('/Subtype /Image'))).toBe(true);
  });
});
