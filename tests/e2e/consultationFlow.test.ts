import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readZip } from '../../server/export/testSupport/zip';
import { launchBrowser } from '../support/browser';
import { pdfBytes } from '../support/publicSideFiles';
import { startSmtpServer, type TestSmtpServer } from '../support/smtpServer';
import { startTestServer, type TestServer } from '../support/testServer';
import { staffPerson } from './accounts';
import { announcements } from './planPage';
import { expectNoAxeViolations } from './support/axe';
import { inboxPlan } from './support/inboxSeed';

/**
 * The consultation from both ends, as issue #12 asks: a resident on a phone reads the public
 * page, opens a strategy and sends input with an attachment, and gets the receipt page and an
 * e-mail (through a real SMTP server this test starts); the case officer, with the inbox open,
 * sees it arrive without reloading, assesses it, links it to a change, and downloads the
 * høringsoppsummering, which holds the input and the assessment.
 */

let smtp: TestSmtpServer;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startTestServer({
    seedDemo: false,
    env: { SMTP_URL: smtp.url, MAIL_FROM: 'Asker kommune <innspill@asker.kommune.no>' },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
  await smtp?.close();
});

const SLUG = 'temaplan-medborgerskap';
const INPUT_TEXT = 'Skolene bør være åpne for lag og foreninger om kvelden, også i ferien.';
const ASSESSMENT = 'Innspillet tas til følge: strategien utvides til å gjelde skoleferiene.';

describe('a consultation from the resident to the committee', () => {
  it('carries a resident’s input with an attachment to the receipt, the e-mail, the live inbox and the summary', async () => {
    const officer = await staffPerson(browser, server, {
      name: 'Saksbehandler Siri',
      color: '#0b5cad',
    });
    const phoneContext = await browser.newContext({
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
      locale: 'nb-NO',
      reducedMotion: 'reduce',
    });
    try {
      // The case officer's plan: two focus areas, a frozen version, a consultation open now, and
      // the public page switched on through her own route.
      const plan = await inboxPlan(server, officer, 'Temaplan for medborgerskap');
      const switched = await officer.context.request.patch(
        `${server.url}/api/plans/${plan.planId}/public`,
        {
          data: {
            enabled: true,
            slug: SLUG,
            publishedVersionId: plan.versionId,
            retentionDays: 365,
          },
          headers: { origin: server.url },
        },
      );
      expect(switched.status()).toBe(200);

      // She has the inbox open, empty, before anything arrives.
      const inbox = officer.page;
      await inbox.goto(`${server.url}/plans/${plan.planId}/inputs`);
      await inbox.getByRole('heading', { level: 1 }).waitFor();
      await inbox.getByText('Ingen innspill ennå.').waitFor();
      await expectNoAxeViolations(inbox);

      // The resident, on a phone: the page, a strategy, the form.
      const phone = await phoneContext.newPage();
      await phone.goto(`${server.url}/p/${SLUG}`);
      await phone.getByRole('heading', { level: 1, name: 'Temaplan for medborgerskap' }).waitFor();
      await expectNoAxeViolations(phone);
      await phone.getByRole('link', { name: 'Gi innspill til denne delen (Strategi 1.1)' }).click();
      await phone.getByRole('heading', { level: 1, name: 'Gi innspill' }).waitFor();
      expect(await phone.locator('#input-section').inputValue()).toBe(`st:${plan.strategies[0]}`);
      await expectNoAxeViolations(phone);

      await phone.getByLabel('Innspillet ditt').fill(INPUT_TEXT);
      await phone.getByLabel('E-post (valgfritt)').fill('Kari.Nordmann@Example.no');
      await phone.getByLabel('Vedlegg (valgfritt)').setInputFiles({
        name: 'skolekart.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(pdfBytes(4_000)),
      });
      await phone.getByText('skolekart.pdf er lagt ved.').waitFor();
      await phone.getByRole('button', { name: 'Send innspill' }).click();

      // The receipt page with its reference, and the same reference by e-mail.
      await phone.getByRole('heading', { level: 1, name: 'Takk for innspillet!' }).waitFor();
      const reference = (await phone.getByTestId('receipt-reference').innerText()).match(
        /INN-\d{4}-\d{4}/,
      )?.[0];
      expect(reference).toBeDefined();
      await phone.getByText('Vi har sendt en kvittering til e-postadressen din.').waitFor();
      await expectNoAxeViolations(phone);
      const mail = await smtp.waitForMessage((m) => m.to.includes('kari.nordmann@example.no'));
      expect(mail.text).toContain(reference!);
      expect(mail.from).toBe('innspill@asker.kommune.no');
      // The receipt repeats nothing the visitor typed (anyone can type any address into the form).
      expect(mail.text).not.toContain(INPUT_TEXT);

      // It arrives in the open inbox without a reload, and is announced.
      const row = inbox.locator(`[data-testid="input-row"][data-reference="${reference}"]`);
      await row.waitFor();
      await expect.poll(() => announcements(inbox)).toMatch(/1 nytt innspill/);
      await expectNoAxeViolations(inbox);

      // She opens it, reads the attachment's name, assesses it and links the change it led to.
      await inbox.getByRole('link', { name: reference! }).click();
      await inbox.getByRole('heading', { name: `Innspill ${reference}`, level: 1 }).waitFor();
      await inbox.getByRole('link', { name: /^Last ned skolekart\.pdf/ }).waitFor();
      await expectNoAxeViolations(inbox);
      await inbox.getByLabel('Vurdert', { exact: true }).check();
      await inbox.getByLabel('Kommunedirektørens vurdering').fill(ASSESSMENT);
      await inbox.getByLabel('Endringen det førte til').selectOption({ label: 'Strategi 1.1' });
      const compare = inbox.getByRole('link', { name: /sammenlign/i });
      expect(await compare.getAttribute('href')).toBe(
        `/plans/${plan.planId}/compare?from=${plan.versionId}&to=live`,
      );
      await inbox.getByRole('button', { name: 'Lagre' }).click();
      await expect
        .poll(async () => {
          const stored = (await server.medverk.storage.inputs.listInputs(plan.planId))[0];
          return stored && [stored.status, stored.assessment, stored.changeSection];
        })
        .toEqual(['assessed', ASSESSMENT, `st:${plan.strategies[0]}`]);
      const stored = (await server.medverk.storage.inputs.listInputs(plan.planId))[0]!;
      expect(stored.email).toBe('kari.nordmann@example.no');
      expect(
        (await server.medverk.storage.files.listFilesOf([stored.id])).map((f) => f.name),
      ).toEqual(['skolekart.pdf']);

      // The høringsoppsummering for the committee holds the input and the assessment.
      await inbox.getByRole('link', { name: 'Tilbake til innspillene' }).click();
      await inbox.getByTestId('input-list').waitFor();
      const [download] = await Promise.all([
        inbox.waitForEvent('download'),
        inbox.getByRole('button', { name: 'Last ned høringsoppsummering (Word)' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.docx$/);
      const xml =
        readZip(readFileSync(await download.path()))
          .get('word/document.xml')
          ?.toString('utf8') ?? '';
      expect(xml).toContain('Høringsoppsummering');
      expect(xml).toContain(INPUT_TEXT);
      expect(xml).toContain(ASSESSMENT);
    } finally {
      await phoneContext.close();
      await officer.context.close();
    }
  });
});
