import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/api/errors';
import { InputLimits } from '../../shared/api/inputs';
import type { PublicPlanResponse } from '../../shared/api/publicPage';
import { addFocusArea } from '../../shared/plan/focusAreas';
import { FileLimits } from '../../shared/public/fileKinds';
import { signFormToken } from '../../server/public/formToken';
import { withLiveDoc } from '../../server/versions/planVersions';
import { htmlNamedPdf, pdfBytes, pngBytes } from '../support/publicSideFiles';
import { startTestServer, type TestServer } from '../support/testServer';
import { formToken, publicPlan, submitInput, type PublicPlan } from './publicInputSetup';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ seedDemo: false, env: { INPUT_LIMIT_PER_IP: '1000' } });
});

afterAll(async () => {
  await server.dispose();
});

async function refused(response: Response, status: number, code: string): Promise<void> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  expect((JSON.parse(text) as ApiError).error.code).toBe(code);
}

async function nothingStored(plan: PublicPlan): Promise<void> {
  expect(await server.medverk.storage.inputs.listInputs(plan.planId)).toEqual([]);
}

/** Posts a body as the form's content type says, whatever the body is. */
function postRaw(target: TestServer, slug: string, body: string): Promise<Response> {
  return fetch(`${target.url}/api/public/plans/${slug}/inputs`, {
    method: 'POST',
    headers: { origin: target.url, 'content-type': 'multipart/form-data; boundary=x' },
    body,
  });
}

describe('the input form refuses', () => {
  it('before a consultation opens, and says which one is next', async () => {
    const plan = await publicPlan(server);
    const opensAt = Date.now() + 60_000;
    const id = await plan.consultation({ opensAt, closesAt: opensAt + 86_400_000 });
    await refused(await submitInput(server, plan.slug), 409, 'input-closed');
    const page = (await (await fetch(`${server.url}/api/public/plans/${plan.slug}`)).json()) as PublicPlanResponse;
    expect(page.input).toMatchObject({ kind: 'closed', next: { id, opensAt } });
    await nothingStored(plan);
    // Opened a moment ago: taken.
    await plan.moveConsultation(id, { opensAt: Date.now() - 1, closesAt: opensAt + 86_400_000 });
    expect((await submitInput(server, plan.slug)).status).toBe(201);
  });

  it('once the deadline has passed, by as little as a millisecond', async () => {
    const plan = await publicPlan(server);
    const id = await plan.consultation({ opensAt: Date.now() - 3_600_000, closesAt: Date.now() + 60_000 });
    expect((await submitInput(server, plan.slug)).status).toBe(201);
    await plan.moveConsultation(id, { opensAt: Date.now() - 3_600_000, closesAt: Date.now() - 1 });
    await refused(await submitInput(server, plan.slug), 409, 'input-closed');
    const page = (await (await fetch(`${server.url}/api/public/plans/${plan.slug}`)).json()) as PublicPlanResponse;
    expect(page.input).toEqual({ kind: 'closed', next: null });
    expect(await server.medverk.storage.inputs.listInputs(plan.planId)).toHaveLength(1);
  });

  it('outside a consultation while open input is off, or when no version is published', async () => {
    const plan = await publicPlan(server);
    await refused(await submitInput(server, plan.slug), 409, 'input-closed');
    await plan.settings({ openInput: true, publishedVersionId: null });
    await refused(await submitInput(server, plan.slug), 409, 'input-closed');
    await nothingStored(plan);
    await plan.settings({ publishedVersionId: plan.versionId });
    expect((await submitInput(server, plan.slug)).status).toBe(201);
  });

  it('text longer than allowed, counting line breaks as one character however the browser sends them', async () => {
    const plan = await publicPlan(server, { settings: { openInput: true } });
    await refused(await submitInput(server, plan.slug, { text: 'a'.repeat(InputLimits.textMax + 1) }), 400, 'bad-request');
    // Far beyond the limit: refused while reading, before anything is parsed.
    await refused(await submitInput(server, plan.slug, { text: 'ø'.repeat(200_000) }), 400, 'bad-request');
    await refused(await submitInput(server, plan.slug, { text: '   ' }), 400, 'bad-request');
    await nothingStored(plan);
    // Exactly at the limit with line breaks (sent as CRLF in multipart): taken, and stored with LF.
    const text = `${'a'.repeat(99)}\n`.repeat(InputLimits.textMax / 100 - 1) + 'b'.repeat(100);
    expect(text).toHaveLength(InputLimits.textMax);
    expect((await submitInput(server, plan.slug, { text })).status).toBe(201);
    const [stored] = await server.medverk.storage.inputs.listInputs(plan.planId);
    expect(stored?.text).toBe(text);
  });

  it('a file larger than allowed', async () => {
    const plan = await publicPlan(server, { settings: { openInput: true } });
    const big = pdfBytes(FileLimits.inputMaxBytes + 1);
    await refused(
      await submitInput(server, plan.slug, {}, [{ field: 'files', name: 'stor.pdf', bytes: big }]),
      413,
      'file-too-large',
    );
    await nothingStored(plan);
    const atLimit = pdfBytes(FileLimits.inputMaxBytes);
    expect((await submitInput(server, plan.slug, {}, [{ field: 'files', name: 'stor.pdf', bytes: atLimit }])).status).toBe(201);
  });

  it('a file whose content is not its claimed type, whatever its name says', async () => {
    const plan = await publicPlan(server, { settings: { openInput: true } });
    await refused(
      await submitInput(server, plan.slug, {}, [
        { field: 'files', name: 'bilde.png', bytes: pngBytes(), type: 'image/png' },
        { field: 'files', name: 'innspill.pdf', bytes: htmlNamedPdf(), type: 'application/pdf' },
      ]),
      415,
      'file-wrong-type',
    );
    // A kind the form does not take (a spreadsheet is a knowledge base kind only) is refused too.
    await refused(
      await submitInput(server, plan.slug, {}, [
        { field: 'files', name: 'tekst.txt', bytes: Buffer.from('bare tekst'), type: 'text/plain' },
      ]),
      415,
      'file-wrong-type',
    );
    await nothingStored(plan);
  });

  it('more files than allowed, and files in fields other than «files»', async () => {
    const plan = await publicPlan(server, { settings: { openInput: true } });
    const four = Array.from({ length: FileLimits.inputMaxFiles + 1 }, (_, i) => ({
      field: 'files',
      name: `bilde-${i}.png`,
      bytes: pngBytes(),
      type: 'image/png',
    }));
    await refused(await submitInput(server, plan.slug, {}, four), 400, 'too-many-files');
    await refused(
      await submitInput(server, plan.slug, {}, [{ field: 'vedlegg', name: 'a.png', bytes: pngBytes(), type: 'image/png' }]),
      400,
      'bad-request',
    );
    await nothingStored(plan);
    const three = await submitInput(server, plan.slug, {}, four.slice(0, FileLimits.inputMaxFiles));
    expect(three.status).toBe(201);
  });

  it('a form with the hidden field filled in', async () => {
    const plan = await publicPlan(server, { settings: { openInput: true } });
    await refused(await submitInput(server, plan.slug, { website: 'https://spam.example' }), 400, 'spam-suspected');
    await nothingStored(plan);
  });

  it('a form sent sooner than a person can fill it in', async () => {
    const plan = await publicPlan(server, { settings: { openInput: true } });
    for (const age of [0, InputLimits.minFillMs - 500, -60_000]) {
      await refused(await submitInput(server, plan.slug, { formToken: await formToken(server, age) }), 400, 'form-expired');
    }
    // The token the page hands out is refused at once, too.
    const page = (await (await fetch(`${server.url}/api/public/plans/${plan.slug}`)).json()) as PublicPlanResponse;
    await refused(await submitInput(server, plan.slug, { formToken: page.formToken }), 400, 'form-expired');
    await nothingStored(plan);
  });

  it('a missing, forged, altered or old form token', async () => {
    const plan = await publicPlan(server, { settings: { openInput: true } });
    const valid = await formToken(server);
    const [issuedAt, mac] = valid.split('.');
    const forged = signFormToken(new Uint8Array(32).fill(1), Date.now() - 10_000);
    const backdated = `${Number(issuedAt) - 60_000}.${mac}`;
    const old = await formToken(server, InputLimits.formTokenMaxAgeMs + 60_000);
    for (const token of ['', 'garbage', forged, backdated, old]) {
      await refused(await submitInput(server, plan.slug, { formToken: token }), 400, 'form-expired');
    }
    await nothingStored(plan);
    expect((await submitInput(server, plan.slug, { formToken: valid })).status).toBe(201);
  });

  it('a section that is not in the version input is given on', async () => {
    const plan = await publicPlan(server, { settings: { openInput: true } });
    await refused(await submitInput(server, plan.slug, { section: 'st:finnesikke' }), 400, 'bad-request');
    await refused(await submitInput(server, plan.slug, { section: `st:${plan.focusAreaId}` }), 400, 'bad-request');
    await refused(await submitInput(server, plan.slug, { section: 'fa:<script>' }), 400, 'bad-request');
    // Added to the live plan after the version was frozen: not in the published version.
    const later = await withLiveDoc(server.medverk.docs, plan.planId, (doc) => addFocusArea(doc, { title: 'Ny' }));
    await refused(await submitInput(server, plan.slug, { section: `fa:${later}` }), 400, 'bad-request');
    await nothingStored(plan);
    expect((await submitInput(server, plan.slug, { section: `fa:${plan.focusAreaId}` })).status).toBe(201);
  });

  it('an association without its name, and fields the form does not have', async () => {
    const plan = await publicPlan(server, { settings: { openInput: true } });
    await refused(await submitInput(server, plan.slug, { submitterKind: 'association' }), 400, 'bad-request');
    await refused(await submitInput(server, plan.slug, { email: 'ikke en adresse' }), 400, 'bad-request');
    await refused(await submitInput(server, plan.slug, { status: 'assessed' } as never), 400, 'bad-request');
    await nothingStored(plan);
  });
});

describe('a malformed body', () => {
  it('is refused with 400 and stores nothing, whatever the parser stumbles on', async () => {
    const plan = await publicPlan(server, { settings: { openInput: true } });
    const bodies = [
      'not a multipart body',
      '--x\r\nContent-Disposition: form-data; name="text"\r\n\r\ncut sh',
      '--x\r\nbroken header\r\n\r\n',
    ];
    for (const body of bodies) await refused(await postRaw(server, plan.slug, body), 400, 'bad-request');
    await nothingStored(plan);
  });
});

describe('the per-address limit', () => {
  it('refuses more input from one address than allowed, counting only forms that got past the checks', async () => {
    const limited = await startTestServer({ seedDemo: false, env: { INPUT_LIMIT_PER_IP: '2' } });
    try {
      const plan = await publicPlan(limited, { settings: { openInput: true } });
      // Refused before the limit is asked: these cost the address nothing.
      for (let i = 0; i < 3; i += 1) {
        await refused(await submitInput(limited, plan.slug, { website: 'x' }), 400, 'spam-suspected');
        await refused(await submitInput(limited, plan.slug, { formToken: 'x' }), 400, 'form-expired');
      }
      expect((await submitInput(limited, plan.slug)).status).toBe(201);
      expect((await submitInput(limited, plan.slug)).status).toBe(201);
      const third = await submitInput(limited, plan.slug);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      await refused(third, 429, 'rate-limited');
      expect(await limited.medverk.storage.inputs.listInputs(plan.planId)).toHaveLength(2);
      // Over the limit, the upload is not even read: a body that is no form at all gets 429, not 400.
      await refused(await postRaw(limited, plan.slug, 'not a multipart body'), 429, 'rate-limited');
      // Reading the page is still allowed.
      expect((await fetch(`${limited.url}/api/public/plans/${plan.slug}`)).status).toBe(200);
    } finally {
      await limited.dispose();
    }
  });
});
