import { execFileSync } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { configureRenderPool, currentRenderPool } from '../../server/export/lazyRenderers';
import { startRenderThread } from '../../server/export/renderThread';
import { EventEmitter } from 'node:events';
import { readZip } from '../../server/export/testSupport/zip';
import type { RenderThread } from '../../server/export/renderPool';
import { withLiveDoc } from '../../server/versions/planVersions';
import { titleText } from '../../shared/plan/planDoc';
import { api, ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';
import { waitFor } from '../support/waitFor';

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

/** A render thread that takes jobs and never answers: a pool kept full. */
class StuckThread extends EventEmitter implements RenderThread {
  requests = 0;
  postMessage(): void {
    this.requests++;
  }
  terminate(): Promise<number> {
    return Promise.resolve(0);
  }
  ref(): void {}
  unref(): void {}
}

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
    // Four different files (identical ones would share one render, see below).
    const responses = await Promise.all(
      ['pdf&lang=nb', 'pdf&lang=nn', 'pdf&lang=en', 'docx&lang=nb'].map((query) =>
        api(server.url, cookie)(`/api/plans/${planId}/export?format=${query}`),
      ),
    );
    const statuses = responses.map((response) => response.status).sort();
    // One renders, one waits, the rest are turned away without waiting.
    expect(statuses).toEqual([200, 200, 503, 503]);
    const refused = responses.find((response) => response.status === 503)!;
    expect(refused.headers.get('retry-after')).toBe('9');
    expect(await refused.json()).toMatchObject({ error: { code: 'busy' } });
  });

  it('refuses before reading anything when the pool is full', async () => {
    const stuck = new StuckThread();
    restore = await configureRenderPool({ size: 1, maxQueue: 0, retryAfterSeconds: 4, startThread: () => stuck });
    const first = exportOf(planId, 'pdf');
    await waitFor(() => stuck.requests === 1, 'the first export in the thread');
    // No such version: read, this would be a 404; refused first, it is a 503.
    const refused = await api(server.url, cookie)(`/api/plans/${planId}/export?format=docx&version=no-such-version`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('4');
    // Markdown and HTML do not use the render threads and are not refused.
    expect((await api(server.url, cookie)(`/api/plans/${planId}/export?format=md`)).status).toBe(200);
    await restore();
    restore = null;
    expect((await first).status).toBe(500);
  });

  it('shares one render between identical exports, and renders again after an edit', async () => {
    const shared = await ownerWithPlan(server, 'Delt plan');
    let jobs = 0;
    restore = await configureRenderPool({
      size: 1,
      startThread: () => {
        const thread = startRenderThread();
        const post = thread.postMessage.bind(thread);
        thread.postMessage = (request) => {
          jobs++;
          post(request);
        };
        return thread;
      },
    });
    const docxOf = () => api(server.url, shared.cookie)(`/api/plans/${shared.planId}/export?format=docx`);
    const documentXml = async (response: Response) => {
      expect(response.status).toBe(200);
      return readZip(Buffer.from(await response.arrayBuffer())).get('word/document.xml')?.toString('utf8') ?? '';
    };
    const together = await Promise.all([docxOf(), docxOf(), docxOf()]);
    const texts = await Promise.all(together.map(documentXml));
    expect(jobs).toBe(1);
    expect(new Set(texts).size).toBe(1);
    // The same plan a moment later: the file just made.
    expect(await documentXml(await docxOf())).toBe(texts[0]);
    expect(jobs).toBe(1);
    // An edit: a new file with it, never the one before.
    await withLiveDoc(server.medverk.docs, shared.planId, (doc) => titleText(doc).insert(0, 'Endret '));
    expect(await documentXml(await docxOf())).toContain('Endret Delt plan');
    expect(jobs).toBe(2);
    // Another format or language of the same state is another file.
    expect((await api(server.url, shared.cookie)(`/api/plans/${shared.planId}/export?format=docx&lang=en`)).status).toBe(200);
    expect(jobs).toBe(3);
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
