import { execFileSync } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { configureRenderPool, currentRenderPool } from '../../server/export/lazyRenderers';
import { startRenderThread } from '../../server/export/renderThread';
import { readZip } from '../../server/export/testSupport/zip';
import { api, ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';

/** Exports render in worker threads (issue #16): the files, the bound on waiting, a crash. */
let server: TestServer;
let cookie: string;
let planId: string;
let restore: (() => Promise<void>) | null = null;

beforeAll(async () => {
  server = await startTestServer();
  ({ cookie, planId } = await ownerWithPlan(server, 'Plan fra tråden'));
});

afterEach(async () => {
  await restore?.();
  restore = null;
});

afterAll(async () => {
  await server.dispose();
});

const exportOf = (plan: string, format: 'docx' | 'pdf') =>
  api(server.url, cookie)(`/api/plans/${plan}/export?format=${format}`);

describe('exports in a render thread', () => {
  it('serves a DOCX and a PDF rendered in a worker thread', async () => {
    restore = await configureRenderPool({ size: 1 });
    expect(currentRenderPool()).toBeNull();
    const pdf = await exportOf(planId, 'pdf');
    expect(pdf.status).toBe(200);
    const pdfBytes = Buffer.from(await pdf.arrayBuffer());
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(execFileSync('pdftotext', ['-', '-'], { input: pdfBytes }).toString('utf8')).toContain('Plan fra tråden');
    expect(currentRenderPool()?.threads).toBe(1);
    const docx = await exportOf(planId, 'docx');
    expect(docx.status).toBe(200);
    const xml = readZip(Buffer.from(await docx.arrayBuffer())).get('word/document.xml')?.toString('utf8') ?? '';
    expect(xml).toContain('Plan fra tråden');
    // One thread did both.
    expect(currentRenderPool()?.threads).toBe(1);
  });

  it('refuses exports past the waiting bound with 503, Retry-After and a code the client translates', async () => {
    restore = await configureRenderPool({ size: 1, maxQueue: 1, retryAfterSeconds: 9 });
    const responses = await Promise.all([1, 2, 3, 4].map(() => exportOf(planId, 'pdf')));
    const statuses = responses.map((response) => response.status).sort();
    // One renders, one waits, the rest are turned away without waiting.
    expect(statuses).toEqual([200, 200, 503, 503]);
    const refused = responses.find((response) => response.status === 503)!;
    expect(refused.headers.get('retry-after')).toBe('9');
    expect(await refused.json()).toMatchObject({ error: { code: 'busy' } });
  });

  it('fails the export of a crashed thread cleanly and renders the next on a new thread', async () => {
    const crashing = await ownerWithPlan(server, 'Krasjplan');
    restore = await configureRenderPool({
      size: 1,
      startThread: () => startRenderThread({ crashOnTitle: 'Krasjplan' }),
    });
    const [crashed, next] = await Promise.all([
      api(server.url, crashing.cookie)(`/api/plans/${crashing.planId}/export?format=pdf`),
      exportOf(planId, 'docx'),
    ]);
    expect(crashed.status).toBe(500);
    expect(await crashed.json()).toEqual({ error: { code: 'internal', message: 'Internal server error' } });
    expect(next.status).toBe(200);
    expect(readZip(Buffer.from(await next.arrayBuffer())).has('word/document.xml')).toBe(true);
    expect(currentRenderPool()?.threads).toBe(1);
  });
});
