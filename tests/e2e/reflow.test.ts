import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoPlanId } from '../support/testServer';
import { ownerSiri } from './accounts';
import { waitForState } from './planPage';
import { useBrowserSuite } from './support/browserSuite';
import { scaleText, sidewaysOverflow } from './support/reflow';

const { server, browser } = useBrowserSuite();

type Condition = { name: string; viewport: { width: number; height: number }; textScale: number };

const CONDITIONS: Condition[] = [
  { name: '320 px', viewport: { width: 320, height: 640 }, textScale: 1 },
  { name: 'text at 200 %', viewport: { width: 1280, height: 800 }, textScale: 2 },
];

describe('reflow', () => {
  it('needs no sideways scrolling on the plan editor, people, versions and compare pages', async () => {
    const planId = await demoPlanId(server());
    const owner = await ownerSiri(browser(), server(), planId);
    try {
      const frozen = await owner.context.request.post(`${server().url}/api/plans/${planId}/versions`, {
        data: { name: 'Til førstegangsbehandling med et ganske langt navn på versjonen', step: 'first-reading' },
        headers: { origin: server().url },
      });
      expect(frozen.status()).toBe(201);
      const versionId = ((await frozen.json()) as { version: { id: string } }).version.id;

      const pages: { name: string; path: string; ready: (page: Page) => Promise<unknown> }[] = [
        {
          name: 'plan editor',
          path: `/plans/${planId}`,
          ready: (page) => waitForState(page, 'saved'),
        },
        {
          name: 'people',
          path: `/plans/${planId}/people`,
          ready: (page) => page.getByRole('heading', { name: 'Folk og tilgang', level: 1 }).waitFor(),
        },
        {
          name: 'versions',
          path: `/plans/${planId}/versions`,
          ready: (page) => page.getByTestId('version-list').waitFor(),
        },
        {
          name: 'compare',
          path: `/plans/${planId}/compare?from=${versionId}&to=live`,
          ready: (page) => page.getByLabel('Til', { exact: true }).waitFor(),
        },
      ];

      const found: string[] = [];
      for (const condition of CONDITIONS) {
        await owner.page.setViewportSize(condition.viewport);
        for (const { name, path, ready } of pages) {
          await owner.page.goto(`${server().url}${path}`);
          await ready(owner.page);
          if (condition.textScale !== 1) await scaleText(owner.page, condition.textScale);
          for (const culprit of await sidewaysOverflow(owner.page)) found.push(`${name} at ${condition.name}: ${culprit}`);
        }
      }
      expect(found).toEqual([]);

      // The editor uses its width: strategy text is not squeezed into a narrow column, and every
      // row's buttons sit in the same place. On a phone the sticky bar leaves room for the plan.
      await owner.page.setViewportSize({ width: 1280, height: 800 });
      await owner.page.goto(`${server().url}/plans/${planId}`);
      await waitForState(owner.page, 'saved');
      const strategyWidths = await owner.page
        .getByRole('textbox', { name: /^Tekst for strategi / })
        .evaluateAll((fields) => fields.map((field) => field.getBoundingClientRect().width));
      expect(Math.min(...strategyWidths)).toBeGreaterThan(500);
      const deleteColumns = await owner.page
        .getByRole('button', { name: /^Slett strategi / })
        .evaluateAll((buttons) => buttons.map((button) => Math.round(button.getBoundingClientRect().left)));
      expect(new Set(deleteColumns).size).toBe(1);
      await owner.page.setViewportSize({ width: 390, height: 844 });
      const toolbar = owner.page.getByRole('region', { name: 'Lagring og deltakere' });
      await expect.poll(async () => (await toolbar.boundingBox())?.height ?? 999).toBeLessThan(200);
      await toolbar.getByText('Meny').click();
      await toolbar.getByRole('link', { name: 'Folk og tilgang' }).waitFor();

      // The title wraps but stays one line of text: Enter adds no line break.
      const title = owner.page.getByRole('textbox', { name: 'Tittel på planen' });
      await title.click();
      await owner.page.keyboard.press('Control+End');
      await owner.page.keyboard.press('Enter');
      await owner.page.keyboard.type('!');
      await expect.poll(() => title.inputValue()).toBe('Temaplan for medborgerskap!');
    } finally {
      await owner.close();
    }
  });
});
