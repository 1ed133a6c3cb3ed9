import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoPlanId } from '../support/testServer';
import { ownerSiri } from './accounts';
import { waitForState } from './planPage';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';
import { reflowProblems, sidewaysOverflow } from './support/reflow';

const { server, browser } = useBrowserSuite();

/** A Norwegian compound as long as real plan titles get: one word, no place to break it. */
const LONG_WORD = 'Folkehelsekoordineringssamarbeidsavtaleoppfølgingsrapport';
const LONG_TITLE = `Kommunedelplan for ${LONG_WORD} og friluftsliv i Asker kommune 2026–2038`;
const LONG_VERSION = `Til førstegangsbehandling i hovedutvalget, ${LONG_WORD}`;

interface Target {
  name: string;
  path: string;
  ready: (page: Page) => Promise<unknown>;
}

/**
 * WCAG 1.4.10 (reflow) and 1.4.4 (resize text) on the pages reflow.test.ts leaves out: at
 * 320 CSS px and with text at 200 %, nothing scrolls sideways, with titles that do not fit.
 */
describe('reflow beyond the editor', () => {
  it('needs no sideways scrolling on the plan list, export, log, versions and public pages', async () => {
    const planId = await demoPlanId(server());
    const owner = await ownerSiri(browser(), server(), planId);
    try {
      const post = async (path: string, data: unknown, method: 'post' | 'patch' = 'post') => {
        const response = await owner.context.request[method](`${server().url}${path}`, {
          data,
          headers: { origin: server().url },
        });
        expect(response.status(), path).toBeLessThan(300);
        return response.json() as Promise<unknown>;
      };
      // A second plan with a title that does not fit a phone, in the same list.
      await post('/api/plans', { title: LONG_TITLE, municipality: 'Asker kommune' });
      const { version } = (await post(`/api/plans/${planId}/versions`, {
        name: LONG_VERSION,
        step: 'first-reading',
      })) as { version: { id: string } };
      // The log gets a row for each of those and for the export below.
      expect((await owner.context.request.get(`${server().url}/api/plans/${planId}/export?format=md`)).status()).toBe(200);
      await post(`/api/plans/${planId}/public`, { enabled: true, slug: 'reflow-plan' }, 'patch');

      const targets: Target[] = [
        {
          name: 'plan list',
          path: '/',
          ready: (page) => page.getByRole('link', { name: LONG_TITLE }).waitFor(),
        },
        {
          name: 'export',
          path: `/plans/${planId}/export`,
          ready: (page) => page.getByRole('heading', { name: 'Eksport', level: 1 }).waitFor(),
        },
        {
          name: 'log',
          path: `/plans/${planId}/audit`,
          ready: (page) => page.getByRole('table').getByText(LONG_VERSION).first().waitFor(),
        },
        {
          name: 'versions',
          path: `/plans/${planId}/versions`,
          ready: (page) => page.getByTestId('version-list').getByText(LONG_VERSION).first().waitFor(),
        },
        {
          name: 'one version',
          path: `/plans/${planId}/versions/${version.id}`,
          ready: (page) => page.getByTestId('version-notice').getByText(LONG_VERSION).waitFor(),
        },
        {
          name: 'public page',
          path: '/p/reflow-plan',
          ready: (page) => page.getByRole('heading', { level: 1, name: 'Temaplan for medborgerskap' }).waitFor(),
        },
      ];

      const page = owner.page;
      const found: string[] = [];
      for (const { name, path, ready } of targets) {
        await page.goto(`${server().url}${path}`);
        await ready(page);
        for (const culprit of await reflowProblems(page)) found.push(`${name}: ${culprit}`);
      }
      expect(found).toEqual([]);

      // The narrow state of each page is a page state of its own: axe checks it there too.
      await page.setViewportSize({ width: 320, height: 640 });
      for (const { path, ready } of targets) {
        await page.goto(`${server().url}${path}`);
        await ready(page);
        await expectNoAxeViolations(page);
      }
      await page.setViewportSize({ width: 1280, height: 800 });

      // The editor of the long-titled plan keeps its title field whole at 320 px.
      await page.goto(server().url);
      await page.getByRole('link', { name: LONG_TITLE }).click();
      await waitForState(page, 'saved');
      expect(await reflowProblems(page)).toEqual([]);
    } finally {
      await owner.close();
    }
  });

  it('the HTML export, opened on its own at 320 px, keeps its version table on the page', async () => {
    const planId = await demoPlanId(server());
    const owner = await ownerSiri(browser(), server(), planId);
    try {
      const frozen = await owner.context.request.post(`${server().url}/api/plans/${planId}/versions`, {
        data: { name: LONG_VERSION, step: 'second-reading' },
        headers: { origin: server().url },
      });
      expect(frozen.status()).toBe(201);
      const response = await owner.context.request.get(`${server().url}/api/plans/${planId}/export?format=html`);
      expect(response.status()).toBe(200);
      const html = await response.text();
      const standalone = await owner.context.newPage();
      try {
        await standalone.setViewportSize({ width: 320, height: 640 });
        await standalone.setContent(html, { waitUntil: 'load' });
        await standalone.getByRole('table').first().waitFor();
        expect(await sidewaysOverflow(standalone)).toEqual([]);
        await expectNoAxeViolations(standalone);
        await standalone.setViewportSize({ width: 1280, height: 800 });
        expect(await reflowProblems(standalone)).toEqual([]);
      } finally {
        await standalone.close();
      }
    } finally {
      await owner.close();
    }
  });
});
