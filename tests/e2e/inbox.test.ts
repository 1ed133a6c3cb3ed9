import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { InputResponse } from '../../shared/api/inputs';
import { loginCookie } from '../support/testServer';
import { pdfBytes, postMultipart } from '../support/publicSideFiles';
import { PASSWORD, staffPerson, type StaffPerson } from './accounts';
import { announcements } from './planPage';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';
import { expectFocusOn, tabTo } from './support/deliberation';
import { inboxPlan, seedInput, type InboxPlan, type SeededInput } from './support/inboxSeed';

const { server, browser } = useBrowserSuite();

const LIGHT_TEXT = 'Mer lys på turstien langs Askerelva.\nDet er mørkt om kvelden.';
const SCRIPT_TEXT =
  '<script>window.__inboxXss = 1</script><b>fet</b> og <img src=x onerror="window.__inboxXss=2">';

interface Seeded {
  plan: InboxPlan;
  light: SeededInput;
  pitch: SeededInput;
  script: SeededInput;
  state: SeededInput;
}

/** A plan with four inputs: a resident's, an association's, one with markup, a public body's. */
async function seededPlan(owner: StaffPerson, title: string): Promise<Seeded> {
  const plan = await inboxPlan(server(), owner, title);
  const consultation = { id: plan.consultationId, versionId: plan.versionId };
  const state = await seedInput(server(), plan.planId, {
    section: 'plan',
    sectionLabel: 'Hele planen',
    text: 'Planen bør vise til den regionale planen for folkehelse.',
    submitterKind: 'public-body',
    organisation: 'Statsforvalteren i Oslo og Viken',
    status: 'assessed',
    minutesAgo: 40,
    consultation,
  });
  const pitch = await seedInput(server(), plan.planId, {
    section: `fa:${plan.focusAreas[0]}`,
    sectionLabel: 'Innsatsområde 1: Møteplasser',
    text: 'Vi trenger en ny kunstgressbane på Vollen.',
    submitterKind: 'association',
    organisation: 'Asker idrettsråd',
    name: 'Kari Idrett',
    tags: ['idrett'],
    minutesAgo: 30,
    consultation,
  });
  const script = await seedInput(server(), plan.planId, {
    section: 'plan',
    sectionLabel: 'Hele planen',
    text: SCRIPT_TEXT,
    minutesAgo: 20,
  });
  const light = await seedInput(server(), plan.planId, {
    section: `st:${plan.strategies[0]}`,
    sectionLabel: 'Strategi 1.1',
    text: LIGHT_TEXT,
    name: 'Per Hansen',
    email: 'per@example.no',
    minutesAgo: 10,
    consultation,
  });
  return { plan, light, pitch, script, state };
}

const rows = (page: Page) => page.getByTestId('input-row');
const row = (page: Page, reference: string) =>
  page.locator(`[data-testid="input-row"][data-reference="${reference}"]`);
const references = (page: Page) =>
  rows(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-reference')));

async function openInbox(page: Page, planId: string): Promise<void> {
  await page.goto(`${server().url}/plans/${planId}/inputs`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByTestId('input-list').waitFor();
}

/** Nothing is wider than a 320 px phone screen (the layout stacks instead of scrolling sideways). */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** No markup typed by a visitor ran: the text is on the page as text, no element was made of it. */
async function expectInertMarkup(page: Page, where: Locator): Promise<void> {
  expect(await where.innerText()).toContain('<script>window.__inboxXss = 1</script><b>fet</b>');
  expect(await where.locator('b, img, script').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __inboxXss?: number }).__inboxXss)).toBeUndefined();
}

describe('the case officer’s inbox', () => {
  it('filters, searches, opens, assesses, tags, links a change, bulk-sets status, registers by hand, and shows new input live', async () => {
    const owner = await staffPerson(browser(), server(), {
      name: 'Saksbehandler Siri',
      color: '#0b5cad',
    });
    const editor = await staffPerson(browser(), server(), {
      name: 'Redaktør Kari',
      color: '#b3261e',
    });
    try {
      const { plan, light, pitch, script, state } = await seededPlan(
        owner,
        'Temaplan for innspill',
      );
      await server().medverk.storage.members.setRole(plan.planId, editor.userId, 'editor');
      const page = owner.page;
      await openInbox(page, plan.planId);

      // Newest first, counted, and the markup someone typed is shown as text.
      expect(await references(page)).toEqual([
        light.reference,
        script.reference,
        pitch.reference,
        state.reference,
      ]);
      expect(await page.getByTestId('inbox-counts').innerText()).toBe('4 innspill, 3 nye.');
      await expectInertMarkup(page, row(page, script.reference));
      await expectNoAxeViolations(page);

      // A filter narrows the list and is kept in the address.
      await page
        .getByLabel('Avsender', { exact: true })
        .selectOption({ label: 'Forening eller lag' });
      await expect.poll(() => references(page)).toEqual([pitch.reference]);
      expect(page.url()).toContain('submitterKind=association');
      await expect.poll(() => announcements(page)).toContain('Viser 1 av 4.');
      await page.getByRole('button', { name: 'Fjern søk og filtre' }).click();
      await expect.poll(() => references(page)).toHaveLength(4);
      await expectFocusOn(page.getByLabel('Søk i innspillene'));

      // Searching waits for a pause in typing; the search survives a reload (it can be linked).
      await page.getByLabel('Søk i innspillene').fill('turstien mørkt');
      await expect.poll(() => references(page)).toEqual([light.reference]);
      expect(new URL(page.url()).searchParams.get('q')).toBe('turstien mørkt');
      await page.reload();
      await page.getByTestId('input-list').waitFor();
      expect(await references(page)).toEqual([light.reference]);
      expect(await page.getByLabel('Søk i innspillene').inputValue()).toBe('turstien mørkt');

      // Open it: the text keeps its line breaks; who, where and when are there.
      await page.getByRole('link', { name: light.reference }).click();
      await page.getByRole('heading', { name: `Innspill ${light.reference}`, level: 1 }).waitFor();
      expect(await page.getByTestId('input-text').innerText()).toBe(LIGHT_TEXT);
      const facts = await page.getByTestId('input-facts').innerText();
      expect(facts).toContain('Per Hansen');
      expect(facts).toContain('per@example.no');
      expect(facts).toContain('Høring våren 2026');
      await expectNoAxeViolations(page);

      // Assess it: status, tag, assessment, the change it led to; the compare link is right.
      await page.getByLabel('Under behandling').check();
      await page.getByLabel('Nytt stikkord').fill('lys');
      await page.getByLabel('Nytt stikkord').press('Enter');
      await page.getByTestId('tag-list').getByText('lys', { exact: true }).waitFor();
      await page
        .getByLabel('Kommunedirektørens vurdering')
        .fill('Tas til følge.\nBelysning legges inn i strategi 1.2.');
      await page.getByLabel('Endringen det førte til').selectOption({ label: 'Strategi 1.2' });
      const compare = page.getByRole('link', {
        name: 'Sammenlign høringsversjonen med gjeldende utkast',
      });
      expect(await compare.getAttribute('href')).toBe(
        `/plans/${plan.planId}/compare?from=${plan.versionId}&to=live`,
      );
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Lagre' }).click();
      await expect
        .poll(() => announcements(page))
        .toContain(`Innspill ${light.reference} er lagret.`);
      await page.getByTestId('saved-note').waitFor();
      const stored = await server().medverk.storage.inputs.getInput(light.id);
      expect(stored).toMatchObject({
        status: 'in-progress',
        tags: ['lys'],
        assessment: 'Tas til følge.\nBelysning legges inn i strategi 1.2.',
        changeSection: `st:${plan.strategies[1]}`,
      });

      // The input with markup opens as text too.
      await page.goto(`${server().url}/plans/${plan.planId}/inputs/${script.id}`);
      await page.getByTestId('input-text').waitFor();
      await expectInertMarkup(page, page.getByTestId('input-text'));

      // Bulk: select two, set their status.
      await openInbox(page, plan.planId);
      await page.getByLabel(`Velg ${script.reference}`).check();
      await page.getByLabel(`Velg ${pitch.reference}`).check();
      expect(await page.getByTestId('bulk-count').innerText()).toBe('2 valgt');
      await page.getByLabel('Ny status').selectOption({ label: 'Vurdert' });
      await page.getByRole('button', { name: 'Sett status' }).click();
      await expect
        .poll(() => announcements(page))
        .toContain('Status «Vurdert» er satt på 2 innspill.');
      await expect
        .poll(async () => (await server().medverk.storage.inputs.getInput(pitch.id))?.status)
        .toBe('assessed');
      expect((await server().medverk.storage.inputs.getInput(script.id))?.status).toBe('assessed');
      await expect
        .poll(() => page.getByTestId('inbox-counts').innerText())
        .toBe('4 innspill, 0 nye.');

      // The høringsoppsummering and the CSV download for the consultation.
      const [summary] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Last ned høringsoppsummering (Word)' }).click(),
      ]);
      expect(summary.suggestedFilename()).toMatch(/\.docx$/);
      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Last ned innspillene (CSV)' }).click(),
      ]);
      expect(csv.suggestedFilename()).toMatch(/\.csv$/);
      expect(readFileSync(await csv.path(), 'utf8')).toContain(light.reference);

      // A letter registered by hand, with a scanned PDF.
      await page.getByRole('link', { name: /^Registrer innspill/ }).click();
      await page.getByRole('heading', { name: 'Registrer innspill', level: 1 }).waitFor();
      await expectNoAxeViolations(page);
      await page.getByLabel('Brev', { exact: true }).check();
      await page.getByLabel('Forening eller lag').check();
      await page.getByRole('button', { name: 'Registrer innspillet' }).click();
      await page.getByText('Skriv inn navnet på foreningen, laget eller instansen.').waitFor();
      await expectFocusOn(page.getByLabel('Navn på foreningen, laget eller instansen'));
      await expectNoAxeViolations(page);
      await page.getByLabel('Navn på foreningen, laget eller instansen').fill('Vardåsen vel');
      await page.getByLabel('Teksten i innspillet').fill('Vi ønsker en benk ved Vardåsen.');
      await page.getByLabel('Vedlegg (valgfritt)').setInputFiles({
        name: 'brev.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(pdfBytes(3_000)),
      });
      await page.getByRole('button', { name: 'Registrer innspillet' }).click();
      const registered = page.getByRole('heading', {
        name: /^Innspill INN-\d{4}-\d{4}$/,
        level: 1,
      });
      await registered.waitFor();
      await expect
        .poll(() => announcements(page))
        .toMatch(/Innspill INN-\d{4}-\d{4} er registrert\./);
      const download = page.getByRole('link', { name: /^Last ned brev\.pdf \(PDF, 3 kB\)$/ });
      await download.waitFor();
      expect(await page.getByTestId('input-facts').innerText()).toContain('Vardåsen vel');
      const inputs = await server().medverk.storage.inputs.listInputs(plan.planId);
      const letter = inputs.find((input) => input.organisation === 'Vardåsen vel');
      expect(letter).toMatchObject({ channel: 'letter', submitterKind: 'association' });
      expect(await server().medverk.storage.files.listFilesOf([letter!.id])).toHaveLength(1);

      // Someone else registers input while the list is open: it appears and is announced.
      await page.getByRole('link', { name: 'Tilbake til innspillene' }).click();
      await page.getByTestId('input-list').waitFor();
      await expect.poll(() => references(page)).toHaveLength(5);
      const cookie = await loginCookie(server().url, editor.email, PASSWORD);
      const sent = await postMultipart(server().url, cookie, `/api/plans/${plan.planId}/inputs`, {
        channel: 'email',
        section: 'plan',
        text: 'Kom gjerne på årsmøtet vårt.',
        submitterKind: 'association',
        organisation: 'Heggedal nærmiljøforening',
      });
      expect(sent.status).toBe(201);
      const { input: live } = (await sent.json()) as InputResponse;
      await row(page, live.reference).waitFor({ timeout: 10_000 });
      expect((await references(page))[0]).toBe(live.reference);
      await expect.poll(() => announcements(page)).toContain('1 nytt innspill');
      expect(await page.getByTestId('inbox-counts').innerText()).toBe('6 innspill, 2 nye.');
    } finally {
      await owner.close();
      await editor.close();
    }
  });

  it('is axe clean in nynorsk, and a case officer opens, assesses and saves with the keyboard alone', async () => {
    const owner = await staffPerson(browser(), server(), {
      name: 'Sakshandsamar Siv',
      color: '#0b5cad',
      locale: 'nn',
    });
    try {
      const { plan, light } = await seededPlan(owner, 'Temaplan på nynorsk');
      const page = owner.page;
      await openInbox(page, plan.planId);
      expect(await page.getByTestId('inbox-counts').innerText()).toBe('4 innspel, 3 nye.');
      await expectNoAxeViolations(page);
      await expectNoSidewaysScroll(page);

      // Keyboard only: to the input's link, open it, write the assessment, save.
      await tabTo(page, page.getByRole('link', { name: light.reference }));
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: `Innspel ${light.reference}`, level: 1 }).waitFor();
      await expectNoAxeViolations(page);
      await expectNoSidewaysScroll(page);
      const assessment = page.getByLabel('Kommunedirektøren si vurdering');
      await tabTo(page, assessment);
      await page.keyboard.type('Blir teke til følgje.');
      const save = page.getByRole('button', { name: 'Lagre' });
      await tabTo(page, save);
      await page.keyboard.press('Enter');
      await expect
        .poll(() => announcements(page))
        .toContain(`Innspel ${light.reference} er lagra.`);
      await expectFocusOn(save);
      expect((await server().medverk.storage.inputs.getInput(light.id))?.assessment).toBe(
        'Blir teke til følgje.',
      );

      // Back to the list: focus returns to the input just handled.
      await page.getByRole('link', { name: 'Tilbake til innspela' }).click();
      await expectFocusOn(page.getByRole('link', { name: light.reference }));

      // The register form, empty and refused.
      await page.goto(`${server().url}/plans/${plan.planId}/inputs/new`);
      await page.getByRole('heading', { name: 'Registrer innspel', level: 1 }).waitFor();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Registrer innspelet' }).click();
      await page.getByText('Skriv inn teksten i innspelet.').waitFor();
      await expectNoAxeViolations(page);
      await expectNoSidewaysScroll(page);
    } finally {
      await owner.close();
    }
  });

  it('lets an observer read the inbox only once the owner allows it, without handling controls', async () => {
    const owner = await staffPerson(browser(), server(), {
      name: 'Saksbehandler Siri',
      color: '#0b5cad',
    });
    try {
      const { plan, light } = await seededPlan(owner, 'Temaplan med observatør');
      const observer = await staffPerson(browser(), server(), {
        name: 'Politiker Pia',
        color: '#b3261e',
        planId: plan.planId,
        role: 'observer',
      });
      try {
        const page = observer.page;
        await page.goto(`${server().url}/plans/${plan.planId}/inputs`);
        await page.getByRole('heading', { name: 'Du har ikke tilgang', level: 1 }).waitFor();

        const allowed = await owner.context.request.patch(
          `${server().url}/api/plans/${plan.planId}/public`,
          {
            data: { inboxRoles: ['observer'] },
            headers: { origin: server().url },
          },
        );
        expect(allowed.status()).toBe(200);
        await openInbox(page, plan.planId);
        await page.getByText('Du kan lese innspillene, men ikke behandle dem.').waitFor();
        expect(await references(page)).toHaveLength(4);
        expect(await page.getByRole('checkbox').count()).toBe(0);
        expect(await page.getByRole('link', { name: /^Registrer innspill/ }).count()).toBe(0);
        await expectNoAxeViolations(page);

        await page.getByRole('link', { name: light.reference }).click();
        await page.getByRole('heading', { name: 'Behandling', level: 2 }).waitFor();
        expect(await page.getByRole('button', { name: 'Lagre' }).count()).toBe(0);
        expect(await page.getByRole('textbox').count()).toBe(0);
        expect(await page.getByTestId('input-text').innerText()).toBe(LIGHT_TEXT);
        await expectNoAxeViolations(page);
      } finally {
        await observer.close();
      }
    } finally {
      await owner.close();
    }
  });

  it('finds a person’s input by e-mail, gives it to them as JSON and erases their name and e-mail', async () => {
    const owner = await staffPerson(browser(), server(), {
      name: 'Saksbehandler Siri',
      color: '#0b5cad',
    });
    try {
      const { plan, light } = await seededPlan(owner, 'Temaplan med innsyn');
      const page = owner.page;
      await openInbox(page, plan.planId);
      await page.getByRole('link', { name: /^Personopplysninger/ }).click();
      await page
        .getByRole('heading', { name: 'Personopplysninger i innspillene', level: 1 })
        .waitFor();
      await page.getByLabel('E-postadressen personen ga').fill('PER@example.no ');
      await page.getByRole('button', { name: 'Finn innspill' }).click();
      await expect.poll(() => announcements(page)).toContain('1 innspill fra per@example.no.');
      expect(await page.getByTestId('person-inputs').innerText()).toContain(light.reference);
      await expectNoAxeViolations(page);

      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Last ned som JSON' }).click(),
      ]);
      const exported = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
        inputs: { reference: string; name: string; text: string }[];
      };
      expect(exported.inputs).toEqual([
        expect.objectContaining({
          reference: light.reference,
          name: 'Per Hansen',
          text: LIGHT_TEXT,
        }),
      ]);

      await page.getByRole('button', { name: 'Slett navn og e-post' }).click();
      const dialog = page.getByRole('dialog', { name: 'Slette navn og e-post?' });
      await dialog.waitFor();
      await expectNoAxeViolations(page);
      await dialog.getByRole('button', { name: 'Slett navn og e-post' }).click();
      await expect
        .poll(() => announcements(page))
        .toContain('Navn og e-post er slettet fra 1 innspill.');
      const erased = await server().medverk.storage.inputs.getInput(light.id);
      expect(erased).toMatchObject({ name: '', email: '', text: LIGHT_TEXT });
    } finally {
      await owner.close();
    }
  });
});
