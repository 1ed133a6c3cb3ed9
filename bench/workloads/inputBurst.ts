import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nowMs } from '../lib/clock';
import { startBackgroundTyping, withClientProcesses, type ClientProcess } from '../lib/fleet';
import { sleep } from '../lib/proc';
import { percentile } from '../lib/stats';
import {
  createMedverkPlan,
  post,
  startServer,
  type RunningServer,
  type ServerAddress,
  type ServerOptions,
} from '../lib/servers';

export interface InputBurstOptions {
  residents: number;
  editors: number;
  /** Share of residents who attach a file (0..1). */
  attachmentShare: number;
  attachmentBytes: number;
  random: () => number;
  server: ServerOptions;
}

const FIELD = 'storm';
/** Editors type this long before the burst, so "before" and "during" can be compared. */
const CALM_MS = 6_000;
/** …and this long after the burst started. */
const BURST_WINDOW_MS = 8_000;

interface Submission {
  status: number;
  ms: number;
  reference: string | null;
  withFile: boolean;
}

/**
 * Input (Medverk only; the anchors have no public side): `residents` people send input on the
 * public page at the same moment — some with an attachment — while `editors` edit the plan. It
 * reports the submissions' latency, whether every one was stored (the inbox holds exactly those
 * references), the editors' edit→all-others latency before and during the burst, and the
 * server's CPU during the burst. Residents post from this process: its queueing is in their
 * numbers, as a slow phone's would be.
 */
export async function inputBurst(options: InputBurstOptions): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-input-'));
  // Every resident comes from 127.0.0.1 here, so the per-address limit is lifted for the run.
  const serverOptions: ServerOptions = {
    ...options.server,
    nodes: 1,
    env: { ...options.server.env, INPUT_LIMIT_PER_IP: String(options.residents * 2) },
  };
  const server = await startServer('medverk', dataDir, serverOptions);
  try {
    const docName = await createMedverkPlan(server, 'Temaplan for medborgerskap (bench)');
    const planId = docName.split(':')[1]!;
    const slug = await openConsultation(server, planId);
    const address: ServerAddress = { name: 'medverk', urls: server.urls, cookie: server.cookie };
    const procs = Math.max(1, Math.ceil(options.editors / 50));
    return await withClientProcesses(procs, async (processes) => {
      const { startAt, typing: storm } = await startBackgroundTyping(processes, {
        address,
        docName,
        editors: options.editors,
        field: FIELD,
        durationMs: CALM_MS + BURST_WINDOW_MS,
        random: options.random,
      });

      // Residents open the page during the calm (each gets a form token), then all send at once.
      const pages = await Promise.all(
        Array.from({ length: options.residents }, () => publicPage(server.url, slug)),
      );
      await sleep(startAt + CALM_MS - nowMs());
      const burstStart = nowMs();
      const before = server.stats();
      const attachment = fakePdf(options.attachmentBytes);
      const submissions = await Promise.all(
        pages.map((page, i) =>
          submit(
            server.url,
            slug,
            page,
            i,
            options.random() < options.attachmentShare ? attachment : null,
          ),
        ),
      );
      const burstEnd = nowMs();
      const after = server.stats();
      await storm;
      await settle(processes, 20_000);
      const collected = await Promise.all(
        processes.map((p) => p.call('stormCollect', { field: FIELD })),
      );
      const editLatencies = latenciesBySendTime(collected, options.editors);
      const calm = editLatencies.filter((e) => e.sentAt < burstStart).map((e) => e.ms);
      const during = editLatencies
        .filter((e) => e.sentAt >= burstStart && e.sentAt <= burstEnd + 500)
        .map((e) => e.ms);

      const stored = await inboxReferences(server, planId);
      const accepted = submissions.filter((s) => s.status === 201 && s.reference);
      const lost = accepted.filter((s) => !stored.has(s.reference!)).length;
      return report(options, {
        submissions,
        accepted: accepted.length,
        stored: stored.size,
        lost,
        burstMs: burstEnd - burstStart,
        cpuSeconds: after.cpuSeconds - before.cpuSeconds,
        peakRssMb: after.peakRssMb,
        calm,
        during,
      });
    });
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Through the owner's own routes: a public page, a frozen version, a consultation open now. */
async function openConsultation(server: RunningServer, planId: string): Promise<string> {
  const json = async (response: Response, what: string) => {
    if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  };
  const version = (await json(
    await post(server.url, `/api/plans/${planId}/versions`, server.cookie, {
      name: 'Høringsutkast',
      step: 'consultation',
    }),
    'freezing a version',
  )) as { version: { id: string } };
  const slug = `bench-${planId.toLowerCase().replace(/[^a-z0-9]/g, '')}`.slice(0, 60);
  await json(
    await fetch(`${server.url}/api/plans/${planId}/public`, {
      method: 'PATCH',
      headers: {
        origin: server.url,
        'content-type': 'application/json',
        cookie: server.cookie ?? '',
      },
      body: JSON.stringify({ enabled: true, slug, publishedVersionId: version.version.id }),
    }),
    'switching the public page on',
  );
  const now = Date.now();
  await json(
    await post(server.url, `/api/plans/${planId}/consultations`, server.cookie, {
      title: 'Høring',
      versionId: version.version.id,
      opensAt: now - 60_000,
      closesAt: now + 60 * 60_000,
    }),
    'opening a consultation',
  );
  return slug;
}

interface PageData {
  formToken: string;
}

async function publicPage(url: string, slug: string): Promise<PageData> {
  const response = await fetch(`${url}/api/public/plans/${slug}`, {
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) throw new Error(`public page: ${response.status} ${await response.text()}`);
  return (await response.json()) as PageData;
}

async function submit(
  url: string,
  slug: string,
  page: PageData,
  i: number,
  file: Blob | null,
): Promise<Submission> {
  const form = new FormData();
  form.set('section', 'plan');
  form.set(
    'text',
    `Innspill ${i}: ${'Vi ønsker flere møteplasser for frivillige lag i nærmiljøet. '.repeat(1 + (i % 5))}`,
  );
  form.set('submitterKind', i % 4 === 0 ? 'association' : 'resident');
  if (i % 4 === 0) form.set('organisation', `Idrettslag ${i}`);
  form.set('name', `Innbygger ${i}`);
  form.set('formToken', page.formToken);
  form.set('website', '');
  if (file) form.append('files', file, `vedlegg-${i}.pdf`);
  const started = nowMs();
  const response = await fetch(`${url}/api/public/plans/${slug}/inputs`, {
    method: 'POST',
    headers: { origin: url },
    body: form,
    signal: AbortSignal.timeout(60_000),
  });
  const body = (await response.json().catch(() => ({}))) as { reference?: string };
  return {
    status: response.status,
    ms: nowMs() - started,
    reference: body.reference ?? null,
    withFile: file !== null,
  };
}

/** A file that is a PDF by its bytes (file-type reads the header), padded to `bytes`. */
function fakePdf(bytes: number): Blob {
  const head = '%PDF-1.4\n%âãÏÓ\n';
  const tail = '\n%%EOF\n';
  const padding = '%'.padEnd(Math.max(0, bytes - head.length - tail.length), 'x');
  return new Blob([head + padding + tail], { type: 'application/pdf' });
}

async function inboxReferences(server: RunningServer, planId: string): Promise<Set<string>> {
  const response = await fetch(`${server.url}/api/plans/${planId}/inputs`, {
    headers: { cookie: server.cookie ?? '' },
  });
  if (!response.ok) throw new Error(`inbox: ${response.status} ${await response.text()}`);
  const { inputs } = (await response.json()) as { inputs: { reference: string }[] };
  return new Set(inputs.map((input) => input.reference));
}

function latenciesBySendTime(
  collected: { sentAt: [string, number][]; arrivals: [string, number, number][] }[],
  editors: number,
): { sentAt: number; ms: number }[] {
  const seen = new Map<string, { count: number; last: number }>();
  for (const [token, count, last] of collected.flatMap((c) => c.arrivals)) {
    const earlier = seen.get(token);
    seen.set(
      token,
      earlier
        ? { count: earlier.count + count, last: Math.max(earlier.last, last) }
        : { count, last },
    );
  }
  return collected.flatMap((c) =>
    c.sentAt.flatMap(([token, sentAt]) => {
      const arrival = seen.get(token);
      return arrival && arrival.count === editors - 1
        ? [{ sentAt, ms: arrival.last - sentAt }]
        : [];
    }),
  );
}

async function settle(processes: ClientProcess[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const statuses = await Promise.all(processes.map((p) => p.call('stormStatus', {})));
    const total = statuses.reduce(
      (sum, s) => sum + Object.values(s.sent).reduce((a, b) => a + b, 0),
      0,
    );
    const sent = new Map(statuses.flatMap((s) => Object.entries(s.sent)));
    if (
      statuses.every((s) =>
        Object.entries(s.seen).every(([i, n]) => n >= total - (sent.get(i) ?? 0)),
      )
    )
      return;
    await sleep(50);
  }
}

interface Measured {
  submissions: Submission[];
  accepted: number;
  stored: number;
  lost: number;
  burstMs: number;
  cpuSeconds: number;
  peakRssMb: number;
  calm: number[];
  during: number[];
}

const ms = (values: readonly number[], p: number) => {
  const value = percentile(values, p);
  return Number.isFinite(value) ? value.toFixed(1) : 'n/a';
};

function report(options: InputBurstOptions, m: Measured): string {
  const withFile = m.submissions.filter((s) => s.withFile).map((s) => s.ms);
  const without = m.submissions.filter((s) => !s.withFile).map((s) => s.ms);
  const refused = m.submissions.filter((s) => s.status !== 201);
  const codes = [...new Set(refused.map((s) => s.status))].join(', ');
  const ratio = percentile(m.during, 99) / percentile(m.calm, 99);
  return [
    `### Input burst — ${options.residents} residents send input at once (${Math.round(options.attachmentShare * 100)} % with a ${Math.round(options.attachmentBytes / 1024)} kB attachment) while ${options.editors} editors edit; Medverk only`,
    '',
    '| measure | p50 (ms) | p99 (ms) | samples |',
    '|---|---:|---:|---:|',
    `| submission, no attachment | ${ms(without, 50)} | ${ms(without, 99)} | ${without.length} |`,
    `| submission, with attachment | ${ms(withFile, 50)} | ${ms(withFile, 99)} | ${withFile.length} |`,
    `| editors' edit → all others, before the burst | ${ms(m.calm, 50)} | ${ms(m.calm, 99)} | ${m.calm.length} |`,
    `| editors' edit → all others, during the burst | ${ms(m.during, 50)} | ${ms(m.during, 99)} | ${m.during.length} |`,
    '',
    `Accepted ${m.accepted}/${options.residents}${refused.length ? ` (refused: ${refused.length}, HTTP ${codes})` : ''}; stored in the inbox ${m.stored}; lost ${m.lost}. ` +
      `Burst took ${(m.burstMs / 1000).toFixed(2)} s; server CPU during it ${m.cpuSeconds.toFixed(2)} s; peak RSS ${m.peakRssMb.toFixed(0)} MB; ` +
      `editors' p99 during / before: ${Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a'}×.`,
  ].join('\n');
}
