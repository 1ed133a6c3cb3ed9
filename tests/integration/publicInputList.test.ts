import { afterEach, describe, expect, it } from 'vitest';
import { inputReference, type PublicInputListResponse } from '../../shared/api/inputs';
import type { PublicPlanResponse } from '../../shared/api/publicPage';
import { pdfBytes } from '../support/publicSideFiles';
import { startTestServer, type TestServer } from '../support/testServer';
import { publicPlan, submitInput } from './publicInputSetup';

let server: TestServer | null = null;

afterEach(async () => {
  await server?.dispose();
  server = null;
});

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror="alert(document.cookie)">';

describe('the public list of input after a deadline', () => {
  it('shows what was written as text, organisations by name, residents only by consent, never an e-mail', async () => {
    server = await startTestServer({ seedDemo: false, env: { INPUT_LIMIT_PER_IP: '1000' } });
    const s = server;
    const plan = await publicPlan(s, { settings: { openInput: true } });
    const consultation = await plan.consultation({ opensAt: Date.now() - 60_000, closesAt: Date.now() + 3_600_000 });

    const sent = [
      {
        section: `fa:${plan.focusAreaId}`,
        text: `${SCRIPT} og ${IMG}\nmed linjeskift & «anførsel»`,
        submitterKind: 'association',
        organisation: `Lag ${IMG}`,
        name: `Kontakt ${SCRIPT}`,
        email: 'leder@laget.no',
      },
      {
        text: `Innbygger som sier ja ${IMG}`,
        submitterKind: 'resident',
        name: `Ola ${SCRIPT}`,
        email: 'ola@example.org',
        namePublic: 'true',
      },
      {
        text: 'Innbygger som ikke sier ja',
        submitterKind: 'resident',
        name: 'Hemmelig Hansen',
        email: 'hemmelig@example.org',
        namePublic: 'false',
      },
    ];
    for (const fields of sent) {
      const response = await submitInput(s, plan.slug, fields, [
        { field: 'files', name: `${IMG}.pdf`, bytes: pdfBytes() },
      ]);
      expect(response.status, await response.clone().text()).toBe(201);
    }
    // Stored exactly as typed (text, not markup); the file name made safe.
    const stored = (await s.medverk.storage.inputs.listInputs(plan.planId)).sort((a, b) => a.number - b.number);
    expect(stored.map((i) => i.text)).toEqual(sent.map((f) => f.text));
    expect(stored[0]).toMatchObject({ organisation: `Lag ${IMG}`, name: `Kontakt ${SCRIPT}` });
    const [file] = await s.medverk.storage.files.listFilesOf([stored[0]!.id]);
    expect(file?.name).not.toMatch(/[<>"]/);

    // Not yet: the consultation is still open.
    const list = () => fetch(`${s.url}/api/public/plans/${plan.slug}/inputs`);
    expect((await list()).status).toBe(404);
    await plan.moveConsultation(consultation, { opensAt: Date.now() - 60_000, closesAt: Date.now() - 1 });
    // Closed, but the owner has not published the list.
    expect((await list()).status).toBe(404);
    const before = (await (await fetch(`${s.url}/api/public/plans/${plan.slug}`)).json()) as PublicPlanResponse;
    expect(before.inputListPublished).toBe(false);

    await plan.settings({ publishInputList: true });
    // Input given outside the consultation (open input) is not in the consultation's list.
    expect((await submitInput(s, plan.slug, { text: 'Utenfor høringen' })).status).toBe(201);
    const page = (await (await fetch(`${s.url}/api/public/plans/${plan.slug}`)).json()) as PublicPlanResponse;
    expect(page.inputListPublished).toBe(true);

    const response = await list();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const raw = await response.text();
    const body = JSON.parse(raw) as PublicInputListResponse;
    expect(body.inputs.map((i) => ({ text: i.text, from: i.from, kind: i.submitterKind, section: i.sectionLabel }))).toEqual([
      { text: sent[0]!.text, from: `Lag ${IMG}`, kind: 'association', section: 'Innsatsområde 1: Møteplasser' },
      { text: sent[1]!.text, from: `Ola ${SCRIPT}`, kind: 'resident', section: 'Hele planen' },
      { text: sent[2]!.text, from: '', kind: 'resident', section: 'Hele planen' },
    ]);
    expect(body.inputs.map((i) => i.reference)).toEqual(stored.slice(0, 3).map((i) => inputReference(i.receivedAt, i.number)));
    for (const hidden of ['@', 'Hemmelig', 'Kontakt', 'Utenfor høringen', '.pdf']) expect(raw).not.toContain(hidden);
    expect(Object.keys(body.inputs[0]!).sort()).toEqual(['from', 'receivedAt', 'reference', 'sectionLabel', 'submitterKind', 'text']);

    // After the retention sweep removed a consenting resident's name, it is not shown either.
    await s.medverk.storage.inputs.removePersonalData([stored[1]!.id], Date.now());
    const afterErase = (await (await list()).json()) as PublicInputListResponse;
    expect(afterErase.inputs[1]?.from).toBe('');
  });
});
