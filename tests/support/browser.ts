import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

/**
 * Debian's chromium with the flags from STACK.md. Playwright gives every launch a fresh,
 * temporary profile directory (its equivalent of a fresh `--user-data-dir`; passing that flag to
 * `launch()` is refused) and removes it on close, so no run sees another's storage.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export type UiLanguage = 'nb' | 'nn' | 'en';

export interface Credentials {
  email: string;
  password: string;
}

export interface PersonOptions {
  /** A #rrggbb colour, e.g. one of the identity palette (the name comes from the account). */
  color: string;
  /** UI language (stored as the person's choice) and the browser locale; nb when omitted. */
  locale?: UiLanguage;
  /** Logs the person in before the first page opens (the session cookie lands in the context). */
  login?: { serverUrl: string } & Credentials;
}

export interface Person {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * Logs in through the real route with the context's own request client, so the HttpOnly session
 * cookie is stored in the context and every page opened in it is logged in. State-changing routes
 * require our Origin, which a browser page sends by itself and this client does not.
 */
export async function loginAs(
  context: BrowserContext,
  serverUrl: string,
  credentials: Credentials,
): Promise<void> {
  const response = await context.request.post(`${serverUrl}/api/auth/login`, {
    data: credentials,
    headers: { origin: serverUrl },
  });
  if (response.status() !== 200)
    throw new Error(
      `login as ${credentials.email} failed: ${response.status()} ${await response.text()}`,
    );
}

/**
 * A person with their own browser context (own storage, own IndexedDB, own connection) whose
 * colour and language are already chosen, logged in when `login` is given. The values are only
 * set when missing, so changes made in the app survive a reload.
 */
export async function newPerson(browser: Browser, options: PersonOptions): Promise<Person> {
  const language = options.locale ?? 'nb';
  // Reduced motion: dialogs appear at once, so what axe measures is what a person sees.
  const context = await browser.newContext({
    locale: language === 'en' ? 'en-GB' : `${language}-NO`,
    reducedMotion: 'reduce',
  });
  await context.addInitScript(
    ({ color, language }) => {
      if (!localStorage.getItem('medverk.color')) localStorage.setItem('medverk.color', color);
      if (!localStorage.getItem('medverk.language'))
        localStorage.setItem('medverk.language', language);
    },
    { color: options.color, language },
  );
  if (options.login) await loginAs(context, options.login.serverUrl, options.login);
  const page = await context.newPage();
  return { context, page, close: () => context.close() };
}

export interface VisitorOptions {
  /** A phone (390×844, touch) instead of the default desktop window. */
  phone?: boolean;
}

/** A phone-sized screen with touch, as participants in a workshop often use. */
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

/** A context without session, colour or language: the first visit of someone new. */
export async function newVisitor(browser: Browser, options: VisitorOptions = {}): Promise<Person> {
  const context = await browser.newContext({
    locale: 'nb-NO',
    reducedMotion: 'reduce',
    ...(options.phone ? PHONE : {}),
  });
  const page = await context.newPage();
  return { context, page, close: () => context.close() };
}

/** WCAG 2.1 A and AA violations on the page as it is now (rule id and the offending nodes). */
export async function axeViolations(
  page: Page,
): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? 'unknown',
    nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
  }));
}
