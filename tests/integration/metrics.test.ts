import { afterEach, describe, expect, it } from 'vitest';
import { planDocName } from '../../shared/protocol';
import { addFocusArea } from '../../shared/plan/focusAreas';
import { ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';
import { connectClient, rawSocket, type TestClient } from '../support/syncClient';
import { waitFor } from '../support/waitFor';

const TOKEN = 'metrics-token-for-tests-0123456789abcdef';

let server: TestServer | null = null;
const clients: TestClient[] = [];

afterEach(async () => {
  clients.splice(0).forEach((client) => client.close());
  await server?.dispose();
  server = null;
});

/** Prometheus text format → sample name with labels (as written) → value. */
function parseMetrics(body: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of body.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*(?:\{[^}]*\})?) (\S+)$/.exec(line);
    if (!match) throw new Error(`not a Prometheus sample line: ${line}`);
    samples.set(match[1]!, Number(match[2]));
  }
  return samples;
}

async function scrape(url: string): Promise<Map<string, number>> {
  const response = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return parseMetrics(await response.text());
}

describe('GET /metrics', () => {
  it('is off unless METRICS_TOKEN is set: a 404, not the client app', async () => {
    server = await startTestServer({ seedDemo: false });
    const response = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<html');
  });

  it('asks for the token: none or a wrong one is a 401', async () => {
    server = await startTestServer({ seedDemo: false, env: { METRICS_TOKEN: TOKEN } });
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN.slice(0, -1)}x` } });
    expect(wrong.status).toBe(401);
    const sameLengthPrefix = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}${TOKEN}` } });
    expect(sameLengthPrefix.status).toBe(401);
    expect(await wrong.text()).not.toContain('medverk_');
  });

  it('counts an edit over a real socket: updates, acks, connections, open documents; and refusals by code', async () => {
    server = await startTestServer({ seedDemo: false, env: { METRICS_TOKEN: TOKEN } });
    const owner = await ownerWithPlan(server, 'Temaplan');
    const before = await scrape(server.url);
    const updatesBefore = before.get('medverk_updates_total')!;
    expect(updatesBefore).toBeGreaterThanOrEqual(0);
    expect(before.get('medverk_ack_seconds_count{event="sync"}') ?? 0).toBe(0);
    // prom-client's default metrics: memory and event-loop delay.
    expect(before.get('process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(before.has('nodejs_eventloop_lag_p99_seconds')).toBe(true);

    const client = connectClient(server.url, planDocName(owner.planId), owner.cookie);
    clients.push(client);
    await client.provider.whenSynced();
    addFocusArea(client.doc, { title: 'Frivillighet' });

    await waitFor(async () => {
      const now = await scrape(server!.url);
      return (now.get('medverk_updates_total') ?? 0) > updatesBefore && (now.get('medverk_ack_seconds_count{event="sync"}') ?? 0) >= 1;
    }, 'the edit to be counted and its ack timed');
    const after = await scrape(server.url);
    expect(after.get('medverk_connections{kind="user"}')).toBe(1);
    expect(after.get('medverk_open_documents')).toBeGreaterThanOrEqual(1);
    expect(after.get('medverk_storage_commit_seconds_count')).toBeGreaterThanOrEqual(1);

    // A refused message: a sync whose payload is not binary.
    const raw = rawSocket(server.url, owner.cookie);
    try {
      // Untyped on purpose: a well-behaved client never sends a string as a sync payload.
      const emit = raw.emit.bind(raw) as unknown as (...args: unknown[]) => void;
      const answer = await new Promise<{ ok: boolean; code?: string }>((resolve) => emit('sync', planDocName(owner.planId), 'not binary', resolve));
      expect(answer).toMatchObject({ ok: false, code: 'malformed-update' });
    } finally {
      raw.close();
    }
    const refused = await scrape(server.url);
    expect(refused.get('medverk_refusals_total{code="malformed-update"}')).toBe(1);
  });
});
