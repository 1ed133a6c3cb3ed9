import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicSettings } from '../../shared/api/publicPage';
import type { RichNode } from '../../shared/plan/richText';
import { newId } from '../../shared/plan/items';
import { createPlan } from '../../server/plans/createPlan';
import { skipUnlessRequired } from '../support/requiredService';
import { startTestServer, type TestServer } from '../support/testServer';

const built = existsSync('dist/client/public.html');
const skip = built
  ? null
  : skipUnlessRequired(
      'public page HTML',
      'dist/client/public.html is not built (run `npx vite build` first)',
    );

let server: TestServer;

beforeAll(async () => {
  if (skip === null) server = await startTestServer({ seedDemo: false });
});

afterAll(async () => {
  await server?.dispose();
});

/** A plan with its public page, written straight to storage (the owner's routes are tested elsewhere). */
async function pageFor(
  title: string,
  intro: RichNode[],
  settings: Partial<PublicSettings> = {},
): Promise<string> {
  const storage = server.medverk.storage;
  const plan = await createPlan(storage.plans, { title, municipality: 'Asker kommune' });
  const slug = `plan-${newId().toLowerCase()}`;
  const saved = await storage.publicPages.saveSettings({
    planId: plan.id,
    enabled: true,
    slug,
    intro,
    contact: { name: '', title: '', email: '', phone: '' },
    publishedVersionId: null,
    openInput: false,
    publishInputList: false,
    retentionDays: 365,
    inboxRoles: [],
    updatedAt: Date.now(),
    ...settings,
  });
  if (saved !== 'ok') throw new Error(`saving settings: ${saved}`);
  return slug;
}

const paragraph = (text: string): RichNode => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
});

/** The value of `<meta {attribute}="{key}" content="…">`, as written (still escaped). */
function meta(html: string, key: string): string | undefined {
  return new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)" />`).exec(html)?.[1];
}

describe.skipIf(skip !== null)(`the public page's HTML${skip ? ` (skipped: ${skip})` : ''}`, () => {
  it('serves the page with its title, description and social preview tags', async () => {
    const slug = await pageFor('Temaplan for medborgerskap', [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Om planen' }] },
      paragraph('Asker kommune lager en temaplan for medborgerskap. Si din mening!'),
    ]);
    for (const path of [`/p/${slug}`, `/p/${slug}/plan/fa:abc`, `/p/${slug}/innspill?del=plan`]) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await response.text();
      expect(html).toContain('<title>Temaplan for medborgerskap – Asker kommune</title>');
      expect(meta(html, 'description')).toBe(
        'Asker kommune lager en temaplan for medborgerskap. Si din mening!',
      );
      expect(meta(html, 'og:title')).toBe('Temaplan for medborgerskap');
      expect(meta(html, 'og:description')).toBe(
        'Asker kommune lager en temaplan for medborgerskap. Si din mening!',
      );
      expect(meta(html, 'og:type')).toBe('website');
      expect(meta(html, 'og:url')).toBe(`${server.url}/p/${slug}`);
      expect(meta(html, 'og:locale')).toBe('nb_NO');
      expect(meta(html, 'og:site_name')).toBe('Asker kommune');
      expect(meta(html, 'twitter:card')).toBe('summary');
      expect(meta(html, 'robots')).toBeUndefined();
      // The public page's own bundle, not the staff app's.
      expect(html).toMatch(
        /<script type="module" crossorigin src="\/assets\/public-[\w-]+\.js"><\/script>/,
      );
      expect(html.match(/<title>/g)).toHaveLength(1);
    }
  });

  it('describes a page without intro by its title and municipality', async () => {
    const html = await (
      await fetch(`${server.url}/p/${await pageFor('Temaplan for idrett', [])}`)
    ).text();
    expect(meta(html, 'description')).toBe('Temaplan for idrett, Asker kommune');
  });

  it('escapes what the owner wrote, so a title cannot close the title or start a script', async () => {
    const title = '</title><script>alert(1)</script>';
    const slug = await pageFor(title, [paragraph('"><img src=x onerror=alert(2)> & mer')]);
    const html = await (await fetch(`${server.url}/p/${slug}`)).text();
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img');
    expect(html).toContain(
      '<title>&#60;/title&#62;&#60;script&#62;alert(1)&#60;/script&#62; – Asker kommune</title>',
    );
    expect(meta(html, 'og:title')).toBe(
      '&#60;/title&#62;&#60;script&#62;alert(1)&#60;/script&#62;',
    );
    expect(meta(html, 'description')).toBe(
      '&#34;&#62;&#60;img src=x onerror=alert(2)&#62; &#38; mer',
    );
  });

  it('answers 404, kept out of search engines, for an unknown address or a page switched off', async () => {
    const off = await pageFor('Temaplan som er av', [paragraph('Hemmelig utkast')], {
      enabled: false,
    });
    for (const path of [
      '/p/finnes-ikke',
      `/p/${off}`,
      `/p/${off}/innspill`,
      '/p/Ugyldig_Adresse',
    ]) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      const html = await response.text();
      expect(meta(html, 'robots'), path).toBe('noindex');
      expect(html, path).not.toContain('Temaplan som er av');
      expect(html, path).not.toContain('Hemmelig');
      expect(meta(html, 'og:title'), path).toBeUndefined();
      expect(html, path).toContain('<div id="root">');
    }
  });
});
