import { describe, expect, it } from 'vitest';
import { demoPlanId } from '../support/testServer';
import { kariAndOla } from './accounts';
import {
  editor,
  openPlan,
  storedUpdateCount,
  syncStatus,
  typeAtEnd,
  waitForState,
} from './planPage';
import { useBrowserSuite } from './support/browserSuite';

const { server, browser } = useBrowserSuite();

const OFFLINE_TEXT =
  'Frakoblet — endringene dine er lagret på denne enheten og sendes når du er på nett igjen';

describe('working offline', () => {
  it('keeps edits made offline and delivers them when back online', async () => {
    const planId = await demoPlanId(server());
    const { kari, ola } = await kariAndOla(browser(), server(), planId);
    try {
      await openPlan(kari.page, server().url, planId);
      await openPlan(ola.page, server().url, planId);

      await kari.context.setOffline(true);
      await waitForState(kari.page, 'offline');
      await syncStatus(kari.page).filter({ hasText: OFFLINE_TEXT }).waitFor();

      await typeAtEnd(kari.page, editor(kari.page, 'Tekst for strategi 3.2'), ' Skrevet på toget.');
      expect(await syncStatus(kari.page).getAttribute('data-state')).toBe('offline');

      await kari.context.setOffline(false);
      await waitForState(kari.page, 'saved', 30_000);
      await syncStatus(kari.page).filter({ hasText: 'Lagret' }).waitFor();
      await editor(ola.page, 'Tekst for strategi 3.2')
        .filter({ hasText: 'Skrevet på toget.' })
        .waitFor({ timeout: 15_000 });
    } finally {
      await kari.close();
      await ola.close();
    }
  });

  it('keeps offline edits in this browser across a reload until the server is reachable', async () => {
    const planId = await demoPlanId(server());
    const docName = `plan:${planId}`;
    const { kari, ola } = await kariAndOla(browser(), server(), planId);
    // Kari's sync connection can be cut while her pages still load over HTTP.
    let syncBlocked = false;
    await kari.context.routeWebSocket(/\/socket\.io\//, (ws) => {
      if (syncBlocked) void ws.close();
      else ws.connectToServer();
    });
    try {
      await openPlan(kari.page, server().url, planId);
      await openPlan(ola.page, server().url, planId);

      syncBlocked = true;
      await kari.context.setOffline(true);
      await waitForState(kari.page, 'offline');
      const before = await storedUpdateCount(kari.page, docName);
      const text = ' Lagret lokalt.';
      await typeAtEnd(kari.page, editor(kari.page, 'Tekst for strategi 4.1'), text);
      // Every keystroke is one update in IndexedDB before the page goes away.
      await expect
        .poll(() => storedUpdateCount(kari.page, docName), { timeout: 10_000 })
        .toBeGreaterThanOrEqual(before + text.length);

      await kari.context.setOffline(false);
      await kari.page.reload();
      // The page is back, the sync connection is not: the edit comes from this browser's copy.
      await editor(kari.page, 'Tekst for strategi 4.1')
        .filter({ hasText: 'Lagret lokalt.' })
        .waitFor();
      expect(await syncStatus(kari.page).getAttribute('data-state')).not.toBe('saved');
      expect(await editor(ola.page, 'Tekst for strategi 4.1').innerText()).not.toContain(
        'Lagret lokalt.',
      );

      syncBlocked = false;
      // A socket closed before its handshake is retried only after Socket.IO's connect timeout
      // (20 s), so this wait is longer than a real reconnect (see the first test).
      await waitForState(kari.page, 'saved', 45_000);
      await editor(ola.page, 'Tekst for strategi 4.1')
        .filter({ hasText: 'Lagret lokalt.' })
        .waitFor({ timeout: 15_000 });
    } finally {
      await kari.close();
      await ola.close();
    }
  });
});
