import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../../support/testServer';
import { launchBrowser } from '../../support/browser';

/** The server and browser a browser-test file shares; each getter throws before beforeAll ran. */
export interface BrowserSuite {
  server: () => TestServer;
  browser: () => Browser;
}

/**
 * One test server and one chromium for the whole file, started in beforeAll and closed in
 * afterAll (browser first, then server). Call it at the top of a test file, outside describe.
 */
export function useBrowserSuite(): BrowserSuite {
  let server: TestServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  return {
    server: () => {
      if (!server) throw new Error('the test server is not started yet (use it inside a test)');
      return server;
    },
    browser: () => {
      if (!browser) throw new Error('the browser is not launched yet (use it inside a test)');
      return browser;
    },
  };
}
