import { afterEach, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../shared/api/audit';
import type { ApiError } from '../../shared/api/errors';
import type { SubmitInputResponse } from '../../shared/api/inputs';
import type { PublicPlanResponse } from '../../shared/api/publicPage';
import { newId } from '../../shared/plan/items';
import { pdfBytes } from '../support/publicSideFiles';
import { startSmtpServer, type TestSmtpServer } from '../support/smtpServer';
import { addMember, api, createStaff, loginCookie, startTestServer, type TestServer } from '../support/testServer';
import { publicPlan, submitInput } from './publicInputSetup';

let server: TestServer | null = null;
let smtp: TestSmtpServer | null = null;

afterEach(async () => {
  await server?.dispose();
  server = null;
  await smtp?.close();
  smtp = null;
});

async function started(env: Record<string, string> = {}): Promise<TestServer> {
  server = await startTestServer({ seedDemo: false, env: { INPUT_LIMIT_PER_IP: '1000', ...env } });
  return server;
}

describe('the public page and the input form', () => {
  it('shows the page, takes input with an attachment during a consultation, and e-mails a receipt', async () => {
    smtp = await startSmtpServer();
    const s = await started({ SMTP_URL: smtp.url, MAIL_FROM: 'Asker kommune <no-reply@asker.kommune.no>' });
    const plan = await publicPlan(s);
    const now = Date.now();
    const consultationId = await plan.consultation({ opensAt: now - 60_000, closesAt: now + 3_600_000 });

    const pageResponse = await fetch(`${s.url}/api/public/plans/${plan.slug}`);
    expect(pageResponse.status).toBe(200);
    expect(pageResponse.headers.get('cache-control')).toBe('no-store');
    const page = (await pageResponse.json()) as PublicPlanResponse;
    expect(page.plan).toEqual({ logoUrl: null, title: 'Temaplan for medborgerskap', municipality: 'Asker kommune', slug: plan.slug, contentLanguage: 'nb' });
    expect(page.input).toMatchObject({ kind: 'consultation', consultation: { id: consultationId } });
    expect(page.version?.id).toBe(plan.versionId);
    expect(page.version?.snapshot.focusAreas.map((a) => a.title)).toEqual(['Møteplasser', 'Frivillighet']);
    expect(page.formToken).toMatch(/^\d+\.[A-Za-z0-9_-]{43}$/);
    expect(page.retentionDays).toBe(365);

    const attachment = pdfBytes(50_000);
    const response = await submitInput(
      s,
      plan.slug,
      {
        section: `st:${plan.strategyId}`,
        text: 'Åpne skolene for lag og foreninger om kvelden.',
        submitterKind: 'association',
        organisation: 'Asker Røde Kors',
        name: 'Per Hansen',
        email: '  Per.Hansen@Example.ORG ',
        language: 'nb',
      },
      [{ field: 'files', name: 'innspill.pdf', bytes: attachment }],
    );
    expect(response.status, await response.clone().text()).toBe(201);
    const body = (await response.json()) as SubmitInputResponse;
    expect(body.reference).toMatch(/^INN-\d{4}-0001$/);
    expect(body.receiptSent).toBe(true);

    // Stored as given, the address trimmed and lower-cased, the attachment's bytes kept.
    const storage = s.medverk.storage;
    const [stored] = await storage.inputs.listInputs(plan.planId);
    expect(stored).toMatchObject({
      number: 1,
      channel: 'web',
      status: 'new',
      section: `st:${plan.strategyId}`,
      sectionLabel: 'Strategi 1.1',
      consultationId,
      versionId: plan.versionId,
      organisation: 'Asker Røde Kors',
      email: 'per.hansen@example.org',
      receivedAt: body.receivedAt,
    });
    const files = await storage.files.listFilesOf([stored!.id]);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ name: 'innspill.pdf', kind: 'pdf', size: attachment.byteLength });
    expect(Buffer.from((await storage.blobs.get(files[0]!.id))!)).toEqual(Buffer.from(attachment));

    // The receipt reached the SMTP server: to the address given, with the reference in it.
    const mail = await smtp.waitForMessage((m) => m.to.includes('per.hansen@example.org'));
    expect(mail.from).toBe('no-reply@asker.kommune.no');
    expect(mail.subject).toContain(body.reference);
    expect(mail.text).toContain(`Referanse: ${body.reference}`);
    expect(mail.text).toContain('Gjelder: Strategi 1.1');
    expect(mail.text).toContain(`/p/${plan.slug}`);
    expect(mail.text).toContain('offentleglova');
    // Nothing the visitor typed is repeated in the receipt.
    expect(mail.text).not.toContain('Åpne skolene');
    expect(mail.parsed.html).toBe(false);

    // The audit log holds the reference and ids, never the resident's name, address or words.
    const email = `owner-${newId()}@asker.kommune.no`;
    const { id: ownerId } = await createStaff(s, { email, name: 'Eier', password: 'riktig-passord-1' });
    await addMember(s, plan.planId, ownerId, 'owner');
    const owner = api(s.url, await loginCookie(s.url, email, 'riktig-passord-1'));
    const audit = await (await owner(`/api/plans/${plan.planId}/audit`)).json() as AuditListResponse;
    const received = audit.entries.find((e) => e.action === 'input.received');
    expect(received?.detail).toMatchObject({ reference: body.reference, inputId: stored!.id });
    const logged = JSON.stringify(audit.entries);
    for (const secret of ['per.hansen', 'Per Hansen', 'Åpne skolene', 'Røde Kors']) expect(logged).not.toContain(secret);
  });

  it('writes the receipt in the language the form asked for', async () => {
    smtp = await startSmtpServer();
    const s = await started({ SMTP_URL: smtp.url });
    const plan = await publicPlan(s, { settings: { openInput: true } });
    const response = await submitInput(s, plan.slug, {
      section: `fa:${plan.focusAreaId}`,
      email: 'kari@example.org',
      language: 'nn',
    });
    expect(response.status).toBe(201);
    const mail = await smtp.waitForMessage((m) => m.to.includes('kari@example.org'));
    expect(mail.subject).toContain('Kvittering for innspel');
    expect(mail.text).toContain('Gjeld: Innsatsområde 1: Møteplasser');
    // Open input: no consultation named.
    expect(mail.text).not.toContain('Høyring:');
    const [stored] = await s.medverk.storage.inputs.listInputs(plan.planId);
    // The inbox keeps the section's label in bokmål whatever the receipt's language.
    expect(stored).toMatchObject({ consultationId: null, sectionLabel: 'Innsatsområde 1: Møteplasser' });
  });

  it('keeps the input and says so when no receipt can be sent (no SMTP, or the mail server refuses)', async () => {
    const s = await started();
    const plan = await publicPlan(s, { settings: { openInput: true } });
    const response = await submitInput(s, plan.slug, { email: 'ola@example.org' });
    expect(response.status).toBe(201);
    expect(((await response.json()) as SubmitInputResponse).receiptSent).toBe(false);
    expect(await s.medverk.storage.inputs.listInputs(plan.planId)).toHaveLength(1);
    await s.dispose();

    smtp = await startSmtpServer();
    smtp.refuseMail(true);
    const withMail = await started({ SMTP_URL: smtp.url, LOG_LEVEL: 'fatal' });
    const plan2 = await publicPlan(withMail, { settings: { openInput: true } });
    const refused = await submitInput(withMail, plan2.slug, { email: 'ola@example.org' });
    expect(refused.status).toBe(201);
    const body = (await refused.json()) as SubmitInputResponse;
    expect(body.receiptSent).toBe(false);
    const [stored] = await withMail.medverk.storage.inputs.listInputs(plan2.planId);
    expect(stored?.email).toBe('ola@example.org');

    // No address given: nothing to send, and nothing is tried.
    smtp.refuseMail(false);
    const silent = await submitInput(withMail, plan2.slug);
    expect(((await silent.json()) as SubmitInputResponse).receiptSent).toBe(false);
    expect(smtp.messages).toHaveLength(0);
  });

  it('answers 404 for a page switched off, exactly as for one that never existed', async () => {
    const s = await started();
    const plan = await publicPlan(s, { settings: { openInput: true, publishInputList: true } });
    await plan.consultation({ opensAt: Date.now() - 7_200_000, closesAt: Date.now() - 3_600_000 });
    expect((await fetch(`${s.url}/api/public/plans/${plan.slug}`)).status).toBe(200);
    expect((await fetch(`${s.url}/api/public/plans/${plan.slug}/inputs`)).status).toBe(200);

    await plan.settings({ enabled: false });
    for (const path of ['', '/inputs', `/files/${newId()}`]) {
      const response = await fetch(`${s.url}/api/public/plans/${plan.slug}${path}`);
      expect(response.status).toBe(404);
      expect(((await response.json()) as ApiError).error.code).toBe('not-found');
    }
    const submitted = await submitInput(s, plan.slug);
    expect(submitted.status).toBe(404);
    expect(await s.medverk.storage.inputs.listInputs(plan.planId)).toHaveLength(0);
    expect((await fetch(`${s.url}/api/public/plans/no-such-page`)).status).toBe(404);
    expect((await fetch(`${s.url}/api/public/plans/${encodeURIComponent('../etc')}`)).status).toBe(404);
  });

  it('serves a knowledge document as a download of its kind, never to be rendered, and no input attachment', async () => {
    const s = await started();
    const plan = await publicPlan(s, { settings: { openInput: true } });
    const storage = s.medverk.storage;
    const bytes = pdfBytes(3_000);
    const itemId = newId();
    const fileId = newId();
    await storage.blobs.put(fileId, bytes);
    await storage.files.addFile({
      id: fileId,
      planId: plan.planId,
      ownerId: itemId,
      name: 'Levekårsundersøkelse 2025.pdf',
      kind: 'pdf',
      size: bytes.byteLength,
      sha256: 'x'.repeat(64),
      createdAt: Date.now(),
    });
    await storage.knowledge.add({
      id: itemId,
      planId: plan.planId,
      title: 'Levekår',
      description: '',
      url: null,
      fileId,
      position: 'a0',
      createdAt: Date.now(),
    });

    const page = (await (await fetch(`${s.url}/api/public/plans/${plan.slug}`)).json()) as PublicPlanResponse;
    expect(page.knowledge).toEqual([
      {
        id: itemId,
        title: 'Levekår',
        description: '',
        url: null,
        file: { id: fileId, name: 'Levekårsundersøkelse 2025.pdf', kind: 'pdf', size: bytes.byteLength },
      },
    ]);

    const download = await fetch(`${s.url}/api/public/plans/${plan.slug}/files/${fileId}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    const disposition = download.headers.get('content-disposition') ?? '';
    expect(disposition.startsWith('attachment; ')).toBe(true);
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('Levekårsundersøkelse 2025.pdf')}`);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-security-policy')).toBe('sandbox');
    expect(Buffer.from(await download.arrayBuffer())).toEqual(Buffer.from(bytes));

    // A resident's attachment is in the same file store, but never public.
    const sent = await submitInput(s, plan.slug, {}, [{ field: 'files', name: 'privat.pdf', bytes: pdfBytes() }]);
    expect(sent.status).toBe(201);
    const [input] = await storage.inputs.listInputs(plan.planId);
    const [attachment] = await storage.files.listFilesOf([input!.id]);
    expect((await fetch(`${s.url}/api/public/plans/${plan.slug}/files/${attachment!.id}`)).status).toBe(404);
    // Nor another plan's document through this plan's address.
    const other = await publicPlan(s);
    expect((await fetch(`${s.url}/api/public/plans/${other.slug}/files/${fileId}`)).status).toBe(404);
  });
});
