import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type {
  ConsultationListResponse,
  GoalListResponse,
  KnowledgeListResponse,
  PublicSettingsResponse,
} from '../../shared/api/publicPage';
import { demoPlanId, type TestServer } from '../support/testServer';
import { ownerSiri, staffPerson, type StaffPerson } from './accounts';
import { announcements, openPlan } from './planPage';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';

const { server, browser } = useBrowserSuite();

const VERSION = 'Til høring 1. oktober';
const INTRO = 'Asker kommune lager en temaplan for medborgerskap. Si hva du mener!';
const DOCUMENT = 'Notat om lokaldemokratiforsøk';
const LINK = 'Asker kommune om medborgerskap';
const GOAL = 'Alle skal ha mulighet til å delta';
const FIRST_AREA = 'Arenaer for deltakelse og læring';
const CONSULTATION = 'Høring av temaplanen';

/** A tiny but well-formed one-page PDF (header, objects, cross-reference table, trailer). */
function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** The accessible name of the focused element (aria-label, else its label's or its own text). */
function focusedName(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return null;
    const label = active instanceof HTMLInputElement ? active.labels?.[0]?.textContent : null;
    return active.getAttribute('aria-label') ?? label ?? active.textContent?.trim() ?? null;
  });
}

async function getJson<T>(person: StaffPerson, url: string): Promise<T> {
  const response = await person.context.request.get(url);
  expect(response.status()).toBe(200);
  return (await response.json()) as T;
}

/** A frozen version made through the versions API with the owner's session. */
async function freezeVersion(owner: StaffPerson, srv: TestServer, planId: string): Promise<string> {
  const response = await owner.context.request.post(`${srv.url}/api/plans/${planId}/versions`, {
    data: { name: VERSION, step: 'consultation' },
    headers: { origin: srv.url },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { version: { id: string } }).version.id;
}

/** Local «datetime-local» values an hour ago and in two weeks, in the browser's own time zone. */
function consultationTimes(page: Page) {
  return page.evaluate(() => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const local = (d: Date) =>
      `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    const opens = new Date(Date.now() - 3_600_000);
    opens.setSeconds(0, 0);
    const closes = new Date(Date.now() + 14 * 86_400_000);
    closes.setSeconds(0, 0);
    return {
      opens: local(opens),
      closes: local(closes),
      opensAt: opens.getTime(),
      closesAt: closes.getTime(),
    };
  });
}

describe('the owner’s public page settings', () => {
  it('switches the page on, fills the knowledge base, adds a goal, links it in the editor and opens a consultation', async () => {
    const planId = await demoPlanId(server());
    const owner = await ownerSiri(browser(), server(), planId);
    const api = `${server().url}/api/plans/${planId}`;
    try {
      const versionId = await freezeVersion(owner, server(), planId);
      const { page } = owner;
      await openPlan(page, server().url, planId);
      await page.getByRole('link', { name: 'Offentlig side' }).click();
      await page.getByRole('heading', { name: 'Offentlig side og høring', level: 1 }).waitFor();
      // The test server has no SMTP_URL: the page says that no receipts are e-mailed.
      await page.getByTestId('receipts-off').getByText('SMTP_URL er ikke satt').waitFor();
      await expectNoAxeViolations(page);

      // 1. The public page: a wrong address is refused by its field, focus on it.
      const slug = page.getByLabel('Adressens siste del');
      await slug.fill('Tema plan!');
      await page.getByRole('button', { name: 'Lagre innstillingene' }).click();
      await page.getByText('Bruk bare a–z, 0–9 og enkle bindestreker').waitFor();
      await expect.poll(() => slug.getAttribute('aria-invalid')).toBe('true');
      await expect.poll(() => slug.evaluate((el) => el === document.activeElement)).toBe(true);
      await expectNoAxeViolations(page);

      await slug.fill('temaplan-medborgerskap-asker');
      await page.getByRole('switch', { name: 'Den offentlige siden er slått på' }).check();
      const intro = page.getByRole('textbox', { name: 'Innledning' });
      await intro.click();
      await page.keyboard.type(INTRO);
      await page.getByLabel('Navn', { exact: true }).fill('Saksbehandler Siri');
      await page.getByLabel('Stilling').fill('saksbehandler, Kultur og frivillighet');
      await page.getByLabel('E-post').fill('siri@asker.kommune.no');
      await page.getByLabel('Telefon').fill('66 50 90 00');
      await page
        .getByLabel('Versjonen innbyggerne leser')
        .selectOption({ label: `${VERSION} (Høring)` });
      await page.getByLabel('Innspill utenom høring').check();
      await page.getByLabel('Observatører').check();
      await page.getByRole('button', { name: 'Lagre innstillingene' }).click();
      await expect
        .poll(() => announcements(page))
        .toContain('Innstillingene er lagret. Siden er på.');
      await page.getByTestId('settings-saved').waitFor();
      await expect
        .poll(() => page.getByTestId('public-url').innerText())
        .toContain('/p/temaplan-medborgerskap-asker');
      const saved = await getJson<PublicSettingsResponse>(owner, `${api}/public`);
      expect(saved.settings).toMatchObject({
        enabled: true,
        slug: 'temaplan-medborgerskap-asker',
        contact: {
          name: 'Saksbehandler Siri',
          email: 'siri@asker.kommune.no',
          phone: '66 50 90 00',
        },
        publishedVersionId: versionId,
        openInput: true,
        inboxRoles: ['observer'],
      });
      expect(JSON.stringify(saved.settings.intro)).toContain(INTRO);

      // 2. The knowledge base: a file that is not a document is refused before it is sent ...
      const fileField = page.getByLabel('Fil', { exact: true });
      await page.getByLabel('Tittel', { exact: true }).first().fill(DOCUMENT);
      await fileField.setInputFiles({
        name: 'bilde.png',
        mimeType: 'image/png',
        buffer: Buffer.from('png'),
      });
      await page.getByText('«bilde.png» er ikke en PDF, DOCX, ODT eller XLSX.').waitFor();
      // ... and one that only pretends to be a PDF is refused by the server, said by the field.
      await fileField.setInputFiles({
        name: 'lureri.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('<html><script>alert(1)</script></html>'),
      });
      await page.getByRole('button', { name: 'Last opp' }).click();
      await page.getByText('Innholdet i «lureri.pdf» er ikke en PDF').waitFor();
      await expect.poll(() => fileField.evaluate((el) => el === document.activeElement)).toBe(true);

      await page.getByLabel('Tittel', { exact: true }).first().fill(DOCUMENT);
      await page
        .getByLabel('Kort beskrivelse (valgfritt)')
        .first()
        .fill('Forskningspartnerens notat.');
      await fileField.setInputFiles({
        name: 'notat.pdf',
        mimeType: 'application/pdf',
        buffer: tinyPdf(),
      });
      await page.getByRole('button', { name: 'Last opp' }).click();
      await expect.poll(() => announcements(page)).toContain(`«${DOCUMENT}» er lastet opp.`);
      const list = page.getByTestId('knowledge-list');
      await list.getByText('(PDF, 1 kB)').waitFor();

      await page.getByLabel('Tittel', { exact: true }).nth(1).fill(LINK);
      await page.getByLabel('Lenkeadresse').fill('javascript:alert(1)');
      await page.getByRole('button', { name: 'Legg til lenken' }).click();
      await page
        .getByText('Lenken må være en nettadresse som begynner med https:// eller http://.')
        .waitFor();
      await page.getByLabel('Lenkeadresse').fill('https://www.asker.kommune.no/medborgerskap');
      await page.getByRole('button', { name: 'Legg til lenken' }).click();
      await expect.poll(() => announcements(page)).toContain(`Lenken «${LINK}» er lagt til.`);
      await list.getByRole('link', { name: /www\.asker\.kommune\.no/ }).waitFor();

      // Reordering by keyboard: the link moves to the top, focus stays on it, the move is said.
      await page.getByRole('button', { name: `Flytt «${LINK}» opp` }).focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => announcements(page))
        .toContain(`«${LINK}» er flyttet til plass 1 av 2.`);
      // At the top «up» is disabled, so focus is on «down» of the same item.
      await expect.poll(() => focusedName(page)).toBe(`Flytt «${LINK}» ned`);
      await expect
        .poll(async () =>
          (await getJson<KnowledgeListResponse>(owner, `${api}/knowledge`)).items.map(
            (i) => i.title,
          ),
        )
        .toEqual([LINK, DOCUMENT]);
      await expectNoAxeViolations(page);

      // 3. A goal of the master plan, on SDG 10.
      await page.getByLabel('Nummer (valgfritt)').fill('2');
      await page.getByLabel('Mål', { exact: true }).fill(GOAL);
      await page
        .getByLabel('FNs bærekraftsmål (valgfritt)')
        .selectOption({ label: '10 Mindre ulikhet' });
      await page.getByRole('button', { name: 'Legg til målet' }).click();
      await expect.poll(() => announcements(page)).toContain(`Målet «${GOAL}» er lagt til.`);
      const goals = page.getByTestId('goal-list');
      await goals.getByText('Bærekraftsmål 10: Mindre ulikhet').waitFor();
      await goals.getByText('Ingen innsatsområder er knyttet til målet ennå.').waitFor();

      // 4. A consultation: closing before opening is refused, then one open now is created.
      const times = await consultationTimes(page);
      await page.getByLabel('Tittel', { exact: true }).last().fill(CONSULTATION);
      await page.getByLabel('Versjon på høring').selectOption({ label: `${VERSION} (Høring)` });
      await page.getByLabel('Åpner').fill(times.closes);
      await page.getByLabel('Stenger').fill(times.opens);
      await page.getByRole('button', { name: 'Opprett høringen' }).click();
      await page.getByText('Høringen må stenge etter at den åpner.').waitFor();
      await page.getByLabel('Åpner').fill(times.opens);
      await page.getByLabel('Stenger').fill(times.closes);
      await page.getByRole('button', { name: 'Opprett høringen' }).click();
      await expect
        .poll(() => announcements(page))
        .toContain(`Høringen «${CONSULTATION}» er opprettet.`);
      await page
        .getByTestId('consultation')
        .filter({ hasText: CONSULTATION })
        .getByText('Åpen nå')
        .waitFor();
      const { consultations } = await getJson<ConsultationListResponse>(
        owner,
        `${api}/consultations`,
      );
      expect(consultations).toMatchObject([
        { title: CONSULTATION, versionId, opensAt: times.opensAt, closesAt: times.closesAt },
      ]);
      await expectNoAxeViolations(page);

      // The same page in nynorsk, and on a 320 px wide screen without sideways scrolling.
      await page.getByLabel('Språk').selectOption('nn');
      await page.getByRole('heading', { name: 'Offentleg side og høyring', level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Høyringar', level: 2 }).waitFor();
      await expectNoAxeViolations(page);
      await page.setViewportSize({ width: 320, height: 800 });
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
        .toBeLessThanOrEqual(320);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.getByLabel('Språk').selectOption('nb');

      // In the editor, the first focus area is linked to the goal, by keyboard only.
      await openPlan(page, server().url, planId);
      const change = page.getByRole('button', { name: `Endre målene for «${FIRST_AREA}»` });
      await change.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedName(page)).toBe(`2 ${GOAL}`);
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await expect.poll(() => focusedName(page)).toBe('Lagre målene');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => announcements(page))
        .toContain(`Målene for «${FIRST_AREA}» er lagret: 2.`);
      await expect.poll(() => focusedName(page)).toBe(`Endre målene for «${FIRST_AREA}»`);
      const { goals: stored } = await getJson<GoalListResponse>(owner, `${api}/goals`);
      expect(stored).toHaveLength(1);
      expect(stored[0]?.focusAreaIds).toHaveLength(1);
      await expectNoAxeViolations(page);

      // Back on the settings page the goal names the linked focus area.
      await page.getByRole('link', { name: 'Offentlig side' }).click();
      await page.getByTestId('goal-list').getByText(`Innsatsområder: 1. ${FIRST_AREA}`).waitFor();
    } finally {
      await owner.close();
    }
  });

  it('shows editors the knowledge base in the plan; observers read the goal links but cannot change them', async () => {
    const planId = await demoPlanId(server());
    const srv = server();
    const api = `${srv.url}/api/plans/${planId}`;
    const owner = await ownerSiri(browser(), srv, planId);
    const kari = await staffPerson(browser(), srv, {
      name: 'Kari',
      color: '#b3261e',
      planId,
      role: 'editor',
    });
    const olav = await staffPerson(browser(), srv, {
      name: 'Olav',
      color: '#1e7b3a',
      planId,
      role: 'observer',
    });
    try {
      // Set up through the API with the owner's session, as the settings page does.
      const headers = { origin: srv.url };
      const upload = await owner.context.request.post(`${api}/knowledge/files`, {
        headers,
        multipart: {
          title: 'Kartlegging av frivilligheten',
          description: '',
          file: { name: 'kartlegging.pdf', mimeType: 'application/pdf', buffer: tinyPdf() },
        },
      });
      expect(upload.status()).toBe(201);
      const link = await owner.context.request.post(`${api}/knowledge/links`, {
        headers,
        data: {
          title: 'Frivillighet Norge',
          description: 'Paraplyorganisasjonen.',
          url: 'https://www.frivillighetnorge.no/',
        },
      });
      expect(link.status()).toBe(201);
      const goal = await owner.context.request.post(`${api}/goals`, {
        headers,
        data: { number: '5', title: 'Et rikt frivillig liv', sdg: 17 },
      });
      expect(goal.status()).toBe(201);
      const goalId = ((await goal.json()) as { goal: { id: string } }).goal.id;
      const { diff } = await getJson<{ diff: { focusAreas: { id: string }[] } }>(
        owner,
        `${api}/compare?from=live&to=live`,
      );
      const linked = await owner.context.request.put(
        `${api}/focus-areas/${diff.focusAreas[0]?.id ?? ''}/goals`,
        {
          headers,
          data: { goalIds: [goalId] },
        },
      );
      expect(linked.status()).toBe(200);

      // The editor opens the knowledge base in the plan and downloads the document.
      const { page } = kari;
      await openPlan(page, srv.url, planId);
      const toggle = page.getByRole('button', { name: /^Kunnskapsgrunnlag/ });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await toggle.focus();
      await page.keyboard.press('Enter');
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      const panel = page.getByTestId('editor-knowledge');
      await panel.getByRole('link', { name: /Frivillighet Norge/ }).waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        panel.getByRole('link', { name: 'Kartlegging av frivilligheten' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('kartlegging.pdf');
      // Editors may change the goal links too.
      await page.getByRole('button', { name: `Endre målene for «${FIRST_AREA}»` }).waitFor();
      await expectNoAxeViolations(page);

      // The observer sees the links, and no way to change them.
      await openPlan(olav.page, srv.url, planId);
      await olav.page.getByRole('button', { name: /^Kunnskapsgrunnlag/ }).waitFor();
      await olav.page.getByTestId('focus-area-goals').filter({ hasText: 'Mål: 5' }).waitFor();
      expect(await olav.page.getByRole('button', { name: /^Endre målene for/ }).count()).toBe(0);
      await expectNoAxeViolations(olav.page);
    } finally {
      await owner.close();
      await kari.close();
      await olav.close();
    }
  });
});
