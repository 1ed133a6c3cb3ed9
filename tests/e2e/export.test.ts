import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { demoPlanId } from '../support/testServer';
import { ownerSiri } from './accounts';
import { openPlan } from './planPage';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';

const { server, browser } = useBrowserSuite();

describe('export: what the owner takes to the case file', () => {
  it('downloads the DOCX from the export page, and the HTML export passes axe', async () => {
    const planId = await demoPlanId(server());
    const owner = await ownerSiri(browser(), server(), planId);
    try {
      const page = owner.page;
      await openPlan(page, server().url, planId);
      await page.getByRole('link', { name: 'Eksport' }).click();
      await page.getByRole('heading', { name: 'Eksport', level: 1 }).waitFor();

      // The page fetches the file and hands it to the browser as a download.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Last ned Word (DOCX)' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.docx$/);
      const path = await download.path();
      const file = await readFile(path);
      expect(file.byteLength).toBeGreaterThan(1000);
      expect(file.subarray(0, 2).toString('latin1')).toBe('PK');

      // Headings and labels follow the plan's language unless another is chosen (issue #15).
      const htmlLang = async () => {
        const [html] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Last ned HTML (nettside)' }).click(),
        ]);
        return /<html lang="([^"]+)"/.exec(await readFile(await html.path(), 'utf8'))?.[1];
      };
      const labels = page.getByLabel('Språk i overskrifter og etiketter');
      expect(await labels.inputValue()).toBe('');
      expect(await htmlLang()).toBe('nb');
      await labels.selectOption({ label: 'English' });
      expect(await htmlLang()).toBe('en');
      await expectNoAxeViolations(page);

      // The HTML file as the municipality would publish it, checked on its own.
      const response = await owner.context.request.get(
        `${server().url}/api/plans/${planId}/export?format=html`,
      );
      expect(response.status()).toBe(200);
      const html = await response.text();
      const standalone = await owner.context.newPage();
      try {
        await standalone.setContent(html, { waitUntil: 'load' });
        await standalone.getByRole('heading', { level: 1 }).waitFor();
        await expectNoAxeViolations(standalone);
      } finally {
        await standalone.close();
      }
    } finally {
      await owner.close();
    }
  });
});
