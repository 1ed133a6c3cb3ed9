import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { createStaff } from '../support/testServer';
import { newVisitor, type Person } from '../support/browser';
import { addSections } from '../support/publicSideFiles';
import { PASSWORD, staffPerson } from './accounts';
import { editor, openPlan, typeAtEnd, waitForState } from './planPage';
import { joinByInvite } from './support/workshopSteps';
import { useBrowserSuite } from './support/browserSuite';

/**
 * The built pages run under the server's Content-Security-Policy without a single violation:
 * login, the plan list, the plan editor while typing (TipTap's style element, carets, the
 * websocket), the people page, a workshop's participant page and the public page. Violations are
 * caught as the page sees them (`securitypolicyviolation`, reported out before any app script
 * runs) and as chromium logs them.
 */

const { server, browser } = useBrowserSuite();

interface Violation {
  page: string;
  what: string;
}

/** Collects every CSP violation and CSP console error of the context's pages into `into`. */
async function watchCsp(context: BrowserContext, into: Violation[]): Promise<void> {
  await context.exposeBinding('reportCspViolation', ({ page }, what: string) => {
    into.push({ page: page.url(), what });
  });
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as { reportCspViolation: (what: string) => void }).reportCspViolation;
        report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} ${event.sample}`.trim());
      },
      true,
    );
  });
  context.on('console', (message) => {
    if (/content security policy/i.test(message.text())) into.push({ page: message.page()?.url() ?? '', what: message.text() });
  });
}

async function visitor(violations: Violation[], phone = false): Promise<Person> {
  const person = await newVisitor(browser(), { phone });
  await watchCsp(person.context, violations);
  return person;
}

describe('the Content-Security-Policy and the built client', () => {
  it('lets every page run without a single violation', async () => {
    const url = server().url;
    const violations: Violation[] = [];
    const email = `siri-${Date.now()}@asker.kommune.no`;
    await createStaff(server(), { email, name: 'Saksbehandler Siri', password: PASSWORD });
    const owner = await visitor(violations);
    const participant = await visitor(violations, true);
    const resident = await visitor(violations, true);
    try {
      // Login through the form: a same-origin POST, whose Origin the referrer policy must keep.
      const page = owner.page;
      await page.goto(`${url}/login`);
      await page.getByLabel('E-post').fill(email);
      await page.getByLabel('Passord', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Logg inn' }).click();
      await page.getByRole('heading', { name: 'Planer', level: 1 }).waitFor();

      // A plan with sections, a frozen version, its public page, a workshop and a participant link.
      const post = async (path: string, data: unknown, method: 'post' | 'patch' = 'post') => {
        const response = await owner.context.request[method](`${url}${path}`, { data, headers: { origin: url } });
        expect(response.status(), path).toBeLessThan(300);
        return (await response.json()) as Record<string, { id: string }> & { url: string };
      };
      const planId = (await post('/api/plans', { title: 'Temaplan for kultur' })).plan!.id;
      await addSections(server(), planId);
      const versionId = (await post(`/api/plans/${planId}/versions`, { name: 'Høringsutkast', step: 'consultation' })).version!.id;
      const slug = `kultur-${Date.now()}`;
      await post(`/api/plans/${planId}/public`, { enabled: true, slug, publishedVersionId: versionId, retentionDays: 365 }, 'patch');
      await post(`/api/plans/${planId}/workshops`, { title: 'Ungdomsverksted', anonymous: false, facilitatorSeesAuthors: true });
      const invite = await post(`/api/plans/${planId}/invites`, { role: 'participant', expiresInHours: 24, maxUses: 1 });

      // The plan list shows the new plan; the editor syncs over the websocket and takes typing.
      await page.reload();
      await page.getByRole('link', { name: 'Temaplan for kultur' }).waitFor();
      await openPlan(page, url, planId);
      await typeAtEnd(page, editor(page, 'Tekst for strategi 1.1'), 'Bibliotekene holder åpent om kvelden.');
      await waitForState(page, 'saved');
      await page.getByText('Bibliotekene holder åpent om kvelden.').waitFor();

      // A colleague writes in the same text: her caret, coloured by script, shows in Siri's editor.
      const kari = await staffPerson(browser(), server(), { name: 'Kari', color: '#c2185b', planId, role: 'editor' });
      try {
        await watchCsp(kari.context, violations);
        await openPlan(kari.page, url, planId);
        await typeAtEnd(kari.page, editor(kari.page, 'Tekst for strategi 1.1'), ' Også i helgene.');
        await page.locator('.collaboration-carets__caret').first().waitFor();
      } finally {
        await kari.close();
      }

      await page.goto(`${url}/plans/${planId}/people`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByText(/Ungdomsverksted|Deltaker/).first().waitFor();

      // A participant on a phone joins by the link and opens the workshop.
      await joinByInvite(participant.page, { serverUrl: url, planId, inviteUrl: invite.url, name: 'Elev Ada', workshopTitle: 'Ungdomsverksted' });

      // A resident reads the public page.
      await resident.page.goto(`${url}/p/${slug}`);
      await resident.page.getByRole('heading', { name: 'Temaplan for kultur', level: 1 }).waitFor();

      expect(violations).toEqual([]);
    } finally {
      await Promise.all([owner.close(), participant.close(), resident.close()]);
    }
  });
});
