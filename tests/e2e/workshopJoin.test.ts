import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CreateJoinCodeResponse } from '../../shared/api/joinCodes';
import type { WorkshopResponse } from '../../shared/api/workshops';
import { demoPlanId } from '../support/testServer';
import { newVisitor } from '../support/browser';
import { staffPerson } from './accounts';
import { expectNoAxeViolations } from './support/axe';
import { reflowProblems } from './support/reflow';
import { useBrowserSuite } from './support/browserSuite';

const { server, browser } = useBrowserSuite();

/** Presses Tab until `target` has focus (keyboard only), failing after `max` presses. */
async function tabTo(
  page: Page,
  isTarget: () => Promise<boolean>,
  what: string,
  max = 40,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await isTarget()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${what}`);
}

const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement)) return '';
    const labelled = element.id
      ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`)
      : null;
    return (labelled?.textContent ?? element.textContent ?? '').trim();
  });

const TITLE = 'Ungdom og medvirkning';

describe('joining a workshop by code on a phone', () => {
  it('takes a participant from /join through the join form into the workshop, and counts them for the owner', async () => {
    const planId = await demoPlanId(server());
    const owner = await staffPerson(browser(), server(), {
      name: 'Eier Eva',
      color: '#0b5cad',
      planId,
      role: 'owner',
    });
    const participant = await newVisitor(browser(), { phone: true });
    try {
      // The owner keeps the association list, from the People page, by keyboard.
      const desk = owner.page;
      await desk.goto(`${server().url}/plans/${planId}/people`);
      await desk.getByRole('link', { name: 'Foreninger dere vil nå' }).click();
      await desk.getByRole('heading', { name: 'Foreninger dere vil nå', level: 1 }).waitFor();
      for (const name of ['Ungdomsrådet', 'Asker pensjonistforening', 'Idrettsrådet']) {
        await desk.getByLabel('Navn på foreningen').focus();
        await desk.keyboard.type(name);
        await desk.keyboard.press('Enter');
        await desk.getByTestId('association-list').getByText(name, { exact: true }).waitFor();
      }
      await desk.getByRole('button', { name: 'Endre navn på «Idrettsrådet»' }).click();
      await desk.getByLabel('Nytt navn på «Idrettsrådet»').fill('Asker idrettsråd');
      await desk.keyboard.press('Enter');
      await desk
        .getByTestId('association-list')
        .getByText('Asker idrettsråd', { exact: true })
        .waitFor();
      await expectNoAxeViolations(desk);

      // A workshop and its join code, made as the facilitator's lead page does.
      const made = await owner.context.request.post(
        `${server().url}/api/plans/${planId}/workshops`,
        {
          data: { title: TITLE, anonymous: true, facilitatorSeesAuthors: false },
          headers: { origin: server().url },
        },
      );
      expect(made.status()).toBe(201);
      const workshop = ((await made.json()) as WorkshopResponse).workshop;
      const codeResponse = await owner.context.request.post(
        `${server().url}/api/workshops/${workshop.id}/join-codes`,
        {
          data: { expiresInHours: 3 },
          headers: { origin: server().url },
        },
      );
      expect(codeResponse.status()).toBe(201);
      const { code } = (await codeResponse.json()) as CreateJoinCodeResponse;

      // The participant types the code at /join: lower case, no dash, keyboard only.
      const phone = participant.page;
      await phone.goto(`${server().url}/join`);
      await phone.getByRole('heading', { name: 'Bli med i et verksted', level: 1 }).waitFor();
      await expectNoAxeViolations(phone);
      expect(await reflowProblems(phone)).toEqual([]);
      await tabTo(phone, async () => (await focusedLabel(phone)) === 'Kode', 'the code field');
      await phone.keyboard.type('ZZZZZZZZ');
      await phone.keyboard.press('Enter');
      await phone.getByText('Fant ingen verksted med denne koden.', { exact: false }).waitFor();
      await phone.keyboard.press('Control+A');
      await phone.keyboard.type(code.replace('-', '').toLowerCase());
      await phone.keyboard.press('Enter');

      await phone.waitForURL(`${server().url}/join/${code}`);
      await phone.getByRole('heading', { name: `Bli med i «${TITLE}»`, level: 1 }).waitFor();
      await phone.getByRole('heading', { name: 'Dette lagrer vi om deg' }).waitFor();
      await expectNoAxeViolations(phone);
      expect(await reflowProblems(phone)).toEqual([]);

      await tabTo(
        phone,
        async () => (await focusedLabel(phone)) === 'Navnet ditt',
        'the name field',
      );
      await phone.keyboard.type('Ine');
      // Into the association choice; the arrow keys move from «none» to the first on the list.
      await phone.keyboard.press('Tab');
      expect(await focusedLabel(phone)).toBe('Ingen / vil ikke oppgi');
      await phone.keyboard.press('ArrowDown');
      expect(await focusedLabel(phone)).toBe('Asker idrettsråd');
      await phone.keyboard.press('ArrowDown');
      expect(await focusedLabel(phone)).toBe('Asker pensjonistforening');
      await phone.keyboard.press('ArrowDown');
      expect(await focusedLabel(phone)).toBe('Ungdomsrådet');
      expect(await phone.getByRole('radio', { name: 'Ungdomsrådet' }).isChecked()).toBe(true);
      await expectNoAxeViolations(phone);
      await phone.keyboard.press('Tab');
      expect(await focusedLabel(phone)).toBe('Bli med');
      await phone.keyboard.press('Enter');

      await phone.waitForURL(`${server().url}/workshops/${workshop.id}`);
      await phone.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
      await phone.getByText('Verkstedet har ikke startet ennå.', { exact: false }).waitFor();

      // The owner sees Ungdomsrådet reached, the others not yet.
      await desk.getByRole('link', { name: 'Se hvilke foreninger som er nådd' }).click();
      await desk.getByRole('heading', { name: 'Foreninger som er nådd', level: 1 }).waitFor();
      const row = desk.getByTestId('coverage-table').getByRole('row', { name: /Ungdomsrådet/ });
      await expect
        .poll(
          async () => {
            if (
              (await row.count()) === 1 &&
              (await row.getByRole('cell').first().textContent()) === '1'
            )
              return true;
            await desk.reload();
            await desk.getByRole('heading', { name: 'Foreninger som er nådd', level: 1 }).waitFor();
            return false;
          },
          { timeout: 15_000 },
        )
        .toBe(true);
      const notReached = desk.getByTestId('not-reached');
      await notReached.getByText('Asker idrettsråd').waitFor();
      await notReached.getByText('Asker pensjonistforening').waitFor();
      expect(await notReached.getByText('Ungdomsrådet').count()).toBe(0);
      await expectNoAxeViolations(desk);

      // The link behind the QR code leads to the same form; someone already in goes straight in.
      await phone.goto(`${server().url}/join/${code}`);
      await phone.waitForURL(`${server().url}/workshops/${workshop.id}`);
      await phone.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    } finally {
      await participant.close();
      await owner.close();
    }
  });
});
