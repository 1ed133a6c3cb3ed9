import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { osloDate } from '../../shared/inputs/currentStep';
import { newId } from '../../shared/plan/items';
import { paragraph, type RichNode } from '../../shared/plan/richText';
import { planSnapshot, type FocusAreaSnapshot } from '../../shared/plan/snapshot';
import { createPlan } from '../../server/plans/createPlan';
import { fillDemoPlan } from '../../server/seed/demoPlan';
import { withLiveDoc } from '../../server/versions/planVersions';
import type { TestServer } from '../support/testServer';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';

const { server, browser } = useBrowserSuite();

const TITLE = 'Temaplan for medborgerskap';
const SLUG = 'temaplan-medborgerskap';
const MB = 1024 * 1024;

/** The words each language's run looks for (the page's own texts, so a wrong table fails here). */
const TEXTS = {
  nb: {
    takePart: 'Slik kan du delta',
    inputOnSection: 'Gi innspill til denne delen',
    formTitle: 'Gi innspill',
    textLabel: 'Innspillet ditt',
    email: 'E-post (valgfritt)',
    send: 'Send innspill',
    errorSummary: 'Dette må rettes før du kan sende',
    textRequired: 'Skriv innspillet ditt.',
    receiptTitle: 'Takk for innspillet!',
    noEmailReceipt: 'Vi har ikke sendt kvittering på e-post.',
  },
  nn: {
    takePart: 'Slik kan du delta',
    inputOnSection: 'Gi innspel til denne delen',
    formTitle: 'Gi innspel',
    textLabel: 'Innspelet ditt',
    email: 'E-post (valfritt)',
    send: 'Send innspel',
    errorSummary: 'Dette må rettast før du kan sende',
    textRequired: 'Skriv innspelet ditt.',
    receiptTitle: 'Takk for innspelet!',
    noEmailReceipt: 'Vi har ikkje sendt kvittering på e-post.',
  },
} as const;

interface Seeded {
  areas: FocusAreaSnapshot[];
}

/**
 * A plan with its public page on, written straight to storage: the demo plan's text as the
 * published version, an intro, a knowledge document and a link, two goals (one on an SDG, linked
 * to a focus area), process dates, one association and a consultation open now.
 */
async function seedPublicPlan(test: TestServer): Promise<Seeded> {
  const storage = test.medverk.storage;
  const now = Date.now();
  const plan = await createPlan(storage.plans, {
    title: TITLE,
    municipality: 'Asker kommune',
    fill: fillDemoPlan,
  });
  const { state, snapshot } = await withLiveDoc(test.medverk.docs, plan.id, (doc) => ({
    state: Y.encodeStateAsUpdate(doc),
    snapshot: planSnapshot(doc),
  }));
  const versionId = newId();
  await storage.versions.createVersion({
    id: versionId,
    planId: plan.id,
    name: 'Høringsutkast',
    step: 'consultation',
    state,
    createdAt: now - 86_400_000,
    createdBy: 'Kari Saksbehandler',
  });
  // Dated around today, so the consultation is the current step whatever day the test runs.
  const day = (offset: number) => osloDate(now + offset * 86_400_000);
  await storage.versions.setStepDate(plan.id, 'first-reading', day(-30));
  await storage.versions.setStepDate(plan.id, 'consultation', day(-1));
  await storage.versions.setStepDate(plan.id, 'adopted', day(120));

  const docItem = newId();
  const fileId = newId();
  const pdf = Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    'latin1',
  );
  await storage.knowledge.add({
    id: docItem,
    planId: plan.id,
    title: 'Følgeforskning om nærdemokrati',
    description: 'Notat fra forskningspartneren om forsøkene.',
    url: null,
    fileId,
    position: 'a0',
    createdAt: now,
  });
  await storage.blobs.put(fileId, pdf);
  await storage.files.addFile({
    id: fileId,
    planId: plan.id,
    ownerId: docItem,
    name: 'folgeforskning.pdf',
    kind: 'pdf',
    size: pdf.length,
    sha256: createHash('sha256').update(pdf).digest('hex'),
    createdAt: now,
  });
  await storage.knowledge.add({
    id: newId(),
    planId: plan.id,
    title: 'Frivillighetsmeldingen',
    description: 'Regjeringens melding om frivillig sektor.',
    url: 'https://www.regjeringen.no/',
    fileId: null,
    position: 'a1',
    createdAt: now,
  });

  const frivillighet = snapshot.focusAreas.find((area) => area.title === 'Frivillighet');
  if (!frivillighet) throw new Error('the demo plan has no «Frivillighet»');
  const goalId = newId();
  await storage.goals.addGoal({
    id: goalId,
    planId: plan.id,
    number: '2',
    title: 'Alle skal kunne delta i fellesskapet',
    sdg: 10,
    position: 'a0',
    createdAt: now,
  });
  await storage.goals.addGoal({
    id: newId(),
    planId: plan.id,
    number: '3',
    title: 'Trygge lokalsamfunn',
    sdg: null,
    position: 'a1',
    createdAt: now,
  });
  await storage.goals.setFocusAreaGoals(plan.id, frivillighet.id, [goalId]);
  await storage.associations.addAssociation({
    id: newId(),
    planId: plan.id,
    name: 'Asker frivilligsentral',
    createdAt: now,
  });
  await storage.consultations.add({
    id: newId(),
    planId: plan.id,
    title: 'Høring av temaplanen',
    versionId,
    opensAt: now - 3_600_000,
    closesAt: now + 14 * 86_400_000,
    createdAt: now,
  });

  const intro: RichNode[] = [
    paragraph(
      'Asker kommune lager en temaplan for medborgerskap. Les utkastet og si hva du mener.',
    ),
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Les mer om ' },
        {
          type: 'text',
          text: 'planarbeidet',
          marks: [{ type: 'link', attrs: { href: 'https://www.asker.kommune.no/' } }],
        },
        { type: 'text', text: ' og ' },
        {
          type: 'text',
          text: 'dette',
          marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
        },
        { type: 'text', text: '.' },
      ],
    },
  ];
  const saved = await storage.publicPages.saveSettings({
    planId: plan.id,
    enabled: true,
    slug: SLUG,
    intro,
    contact: {
      name: 'Kari Saksbehandler',
      title: 'rådgiver, Kultur og frivillighet',
      email: 'kari@asker.kommune.no',
      phone: '+47 66 50 90 00',
    },
    publishedVersionId: versionId,
    openInput: false,
    publishInputList: false,
    retentionDays: 365,
    inboxRoles: [],
    updatedAt: now,
  });
  if (saved !== 'ok') throw new Error(`saving the public page: ${saved}`);
  return { areas: snapshot.focusAreas };
}

/** A phone: 375 px wide, touch, no stored language (bokmål by default). */
async function phone(size = { width: 375, height: 812 }) {
  const context = await browser().newContext({
    viewport: size,
    isMobile: true,
    hasTouch: true,
    locale: 'nb-NO',
    reducedMotion: 'reduce',
  });
  return { context, page: await context.newPage() };
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      id: element?.id ?? '',
      text: element?.textContent?.trim() ?? '',
    };
  });
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Presses Tab until `isTarget` holds for the focused element, failing after `max` presses. */
async function tabTo(
  page: Page,
  isTarget: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  what: string,
  max = 80,
) {
  for (let i = 0; i < max; i++) {
    if (isTarget(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${what}`);
}

let seeded: Seeded;
const area = (title: string) => {
  const found = seeded.areas.find((a) => a.title === title);
  if (!found) throw new Error(`no focus area ${title}`);
  return found;
};

beforeAll(async () => {
  seeded = await seedPublicPlan(server());
});

describe('the public plan page on a phone', () => {
  it('shows the plan, its process, knowledge base, goals and how to take part', async () => {
    const { context, page } = await phone();
    try {
      const response = await page.goto(`${server().url}/p/${SLUG}`);
      expect(response?.status()).toBe(200);
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      expect(await page.title()).toBe(`${TITLE} – Asker kommune`);

      const main = page.getByRole('main');
      await main.getByText('Asker kommune lager en temaplan for medborgerskap.').waitFor();
      // The plan's words say which language they are in, whatever the page's own (WCAG 3.1.2).
      expect(
        await main
          .getByText('Asker kommune lager en temaplan for medborgerskap.')
          .evaluate((element) => element.closest('[lang]:not(html)')?.getAttribute('lang')),
      ).toBe('nb');
      expect(await main.getByRole('heading', { level: 1 }).locator('[lang="nb"]').innerText()).toBe(TITLE);
      // Only http(s) and mailto become links; the rest stays text.
      expect(await main.getByRole('link', { name: 'planarbeidet' }).getAttribute('rel')).toBe(
        'noopener noreferrer',
      );
      expect(await main.getByRole('link', { name: 'dette' }).count()).toBe(0);
      await main.getByText(/Høring av temaplanen».*fram til/).waitFor();

      const steps = main.getByRole('region', { name: 'Prosessen' }).getByRole('listitem');
      expect(await steps.count()).toBe(5);
      expect(await steps.nth(2).getAttribute('aria-current')).toBe('step');
      expect(await steps.nth(2).innerText()).toContain('Høring');
      expect(await steps.nth(2).innerText()).toContain('Vi er her');
      expect(await main.locator('[aria-current]').count()).toBe(1);

      const knowledge = main.getByRole('region', { name: 'Kunnskapsgrunnlag' });
      const download = knowledge.getByRole('link', { name: 'Følgeforskning om nærdemokrati' });
      expect(await download.getAttribute('href')).toMatch(
        new RegExp(`^/api/public/plans/${SLUG}/files/`),
      );
      await knowledge.getByText('(PDF, 1 kB)').waitFor();
      expect(
        await knowledge.getByRole('link', { name: 'Frivillighetsmeldingen' }).getAttribute('href'),
      ).toBe('https://www.regjeringen.no/');

      const goals = main.getByRole('region', { name: 'Mål planen bygger på' });
      await goals.getByText('Mål 2: Alle skal kunne delta i fellesskapet').waitFor();
      await goals.getByText('Bærekraftsmål 10: Mindre ulikhet').waitFor();
      await goals.getByRole('link', { name: 'Innsatsområde 3: Frivillighet' }).waitFor();

      const contact = main.getByRole('region', { name: 'Kontakt' });
      expect(
        await contact.getByRole('link', { name: 'kari@asker.kommune.no' }).getAttribute('href'),
      ).toBe('mailto:kari@asker.kommune.no');

      const strategyLinks = main.getByRole('link', {
        name: /^Gi innspill til denne delen \(Strategi \d\.\d\)$/,
      });
      expect(await strategyLinks.count()).toBe(6);
    } finally {
      await context.close();
    }
  });

  it('is axe clean on the page, a section, the form, the form with errors and the receipt, in nb and then nn', async () => {
    const { context, page } = await phone();
    try {
      for (const language of ['nb', 'nn'] as const) {
        const T = TEXTS[language];
        const frivillighet = area('Frivillighet');
        await page.goto(`${server().url}/p/${SLUG}`);
        await page.getByRole('heading', { level: 2, name: T.takePart }).waitFor();
        expect(await htmlLang(page)).toBe(language);
        await expectNoAxeViolations(page);

        await page.getByRole('link', { name: 'Innsatsområde 3: Frivillighet' }).first().click();
        await page
          .getByRole('heading', { level: 1, name: 'Innsatsområde 3: Frivillighet' })
          .waitFor();
        expect(page.url()).toBe(`${server().url}/p/${SLUG}/plan/fa:${frivillighet.id}`);
        await expectNoAxeViolations(page);

        await page
          .getByRole('link', { name: `${T.inputOnSection} (Innsatsområde 3: Frivillighet)` })
          .click();
        await page.getByRole('heading', { level: 1, name: T.formTitle }).waitFor();
        expect(await page.locator('#input-section').inputValue()).toBe(`fa:${frivillighet.id}`);
        await expectNoAxeViolations(page);

        await page.getByRole('button', { name: T.send }).click();
        await expect
          .poll(() => focused(page))
          .toMatchObject({ tag: 'div', text: expect.stringContaining(T.errorSummary) as string });
        await page.getByRole('link', { name: T.textRequired }).waitFor();
        expect(await page.getByLabel(T.textLabel).getAttribute('aria-invalid')).toBe('true');
        await expectNoAxeViolations(page);

        await page.getByLabel(T.textLabel).fill(`Flere møteplasser for frivillige (${language}).`);
        await page.getByLabel(T.email).fill('kari@example.no');
        await page.getByRole('button', { name: T.send }).click();
        await page.getByRole('heading', { level: 1, name: T.receiptTitle }).waitFor();
        await page
          .getByTestId('receipt-reference')
          .getByText(/INN-\d{4}-\d{4}/)
          .waitFor();
        // No SMTP_URL in this server: the page says no e-mail receipt went out.
        await page.getByText(T.noEmailReceipt).waitFor();
        await expectNoAxeViolations(page);

        if (language === 'nb') {
          await page.getByLabel('Språk').selectOption('nn');
          await page.getByRole('heading', { level: 1, name: TEXTS.nn.receiptTitle }).waitFor();
          // Remembered, and a reload shows the reference but can no longer say whether an e-mail was sent.
          await page.reload();
          await page.getByRole('heading', { level: 1, name: TEXTS.nn.receiptTitle }).waitFor();
          expect(await htmlLang(page)).toBe('nn');
          await page
            .getByTestId('receipt-reference')
            .getByText(/INN-\d{4}-\d{4}/)
            .waitFor();
          expect(await page.getByText(TEXTS.nn.noEmailReceipt).count()).toBe(0);
        }
      }
    } finally {
      await context.close();
    }
  });

  it('takes a keyboard user from a strategy’s input link through the form to the receipt', async () => {
    const { context, page } = await phone();
    try {
      const strategy = area('Frivillighet').strategies[0]!;
      await page.goto(`${server().url}/p/${SLUG}`);
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      await tabTo(
        page,
        (f) => f.text === `Gi innspill til denne delen (Strategi ${strategy.number})`,
        `the input link of strategy ${strategy.number}`,
      );
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Gi innspill' }).waitFor();
      await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1', text: 'Gi innspill' });
      expect(await page.locator('#input-section').inputValue()).toBe(`st:${strategy.id}`);

      await tabTo(page, (f) => f.id === 'input-text', 'the text');
      await page.keyboard.type('Én dør inn til kommunen hjelper nye lag i gang.');
      await tabTo(page, (f) => f.id.startsWith('input-kind-'), 'who is writing');
      await page.keyboard.press('ArrowDown');
      expect(await page.locator('#input-kind-association').isChecked()).toBe(true);
      await tabTo(page, (f) => f.id === 'input-organisation', 'the association');
      await page.keyboard.type('Asker frivilligsentral');
      await tabTo(page, (f) => f.id === 'input-name', 'the name');
      await page.keyboard.type('Ola Nordmann');
      await tabTo(page, (f) => f.tag === 'button' && f.text === 'Send innspill', 'the send button');
      await page.keyboard.press('Enter');

      await page.getByRole('heading', { level: 1, name: 'Takk for innspillet!' }).waitFor();
      await expect
        .poll(() => focused(page))
        .toMatchObject({ tag: 'h1', text: 'Takk for innspillet!' });
      expect(page.url()).toMatch(new RegExp(`/p/${SLUG}/kvittering/INN-\\d{4}-\\d{4}$`));
    } finally {
      await context.close();
    }
  });

  it('refuses too many or too large attachments in the browser, with a message at the field', async () => {
    const { context, page } = await phone();
    try {
      await page.goto(`${server().url}/p/${SLUG}/innspill`);
      await page.getByRole('heading', { level: 1, name: 'Gi innspill' }).waitFor();
      const picker = page.locator('#input-files');
      const pdf = (name: string, size = 1_000) => ({
        name,
        mimeType: 'application/pdf',
        buffer: Buffer.alloc(size, 0x20),
      });
      const chosen = page.getByRole('button', { name: /^Fjern / });

      const fieldError = page.locator('#input-files-error');
      await picker.setInputFiles([pdf('a.pdf'), pdf('b.pdf'), pdf('c.pdf'), pdf('d.pdf')]);
      await fieldError.getByText('Du kan legge ved høyst 3 filer.').waitFor();
      expect(await picker.getAttribute('aria-invalid')).toBe('true');
      expect(await chosen.count()).toBe(0);

      await picker.setInputFiles([pdf('stor.pdf', 10 * MB + 1)]);
      await fieldError.getByText('stor.pdf er for stor. Hver fil kan være høyst 10 MB.').waitFor();
      expect(await chosen.count()).toBe(0);

      await picker.setInputFiles([
        { name: 'tabell.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.alloc(100) },
      ]);
      await fieldError.getByText('tabell.xlsx er ikke en PDF, DOCX, ODT, JPG eller PNG.').waitFor();

      await picker.setInputFiles([pdf('a.pdf'), pdf('b.pdf')]);
      await page.getByRole('button', { name: 'Fjern b.pdf' }).waitFor();
      expect(await picker.getAttribute('aria-invalid')).toBeNull();
      await picker.setInputFiles([pdf('c.pdf'), pdf('d.pdf')]);
      await fieldError.getByText('Du kan legge ved høyst 3 filer.').waitFor();
      expect(await chosen.count()).toBe(2);
      await expectNoAxeViolations(page);
    } finally {
      await context.close();
    }
  });

  it('reflows at 320 px without horizontal scrolling', async () => {
    const { context, page } = await phone({ width: 320, height: 640 });
    try {
      await page.goto(`${server().url}/p/${SLUG}`);
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      expect(await horizontalOverflow(page)).toBe(0);

      await page.goto(
        `${server().url}/p/${SLUG}/plan/fa:${area('Infrastruktur for kultur, aktivitet og friluftsliv').id}`,
      );
      await page.getByRole('heading', { level: 1, name: /^Innsatsområde 2:/ }).waitFor();
      expect(await horizontalOverflow(page)).toBe(0);

      await page.goto(`${server().url}/p/${SLUG}/innspill`);
      await page.getByRole('heading', { level: 1, name: 'Gi innspill' }).waitFor();
      await page.locator('#input-files').setInputFiles([
        {
          name: `${'etsværtlangtfilnavnutenmellomrom'.repeat(3)}.pdf`,
          mimeType: 'application/pdf',
          buffer: Buffer.alloc(100),
        },
      ]);
      await page.getByRole('button', { name: /^Fjern / }).waitFor();
      await page.getByRole('button', { name: 'Send innspill' }).click();
      await page.getByText('Dette må rettes før du kan sende').waitFor();
      expect(await horizontalOverflow(page)).toBe(0);
    } finally {
      await context.close();
    }
  });
});
