import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanIdentityResponse } from '../../shared/api/planIdentity';
import type { PublicPlanResponse } from '../../shared/api/publicPage';
import { png } from '../support/pngImage';
import { readZip } from '../../server/export/testSupport/zip';
import { readPdf, textOf } from '../../server/export/testSupport/pdfModel';
import { PDFName } from 'pdf-lib';
import { postMultipart } from '../support/publicSideFiles';
import {
  addMember,
  api,
  createStaff,
  loginCookie,
  ownerWithPlan,
  startTestServer,
  type TestServer,
} from '../support/testServer';

let server: TestServer;
let owner: { cookie: string; planId: string; userId: string };
let editorCookie: string;

const asOwner = () => api(server.url, owner.cookie);
const base = () => `/api/plans/${owner.planId}`;

const svgLogo = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 80">' +
    '<title>Bømlo kommune</title><rect width="200" height="80" fill="#0b4f6c"/></svg>',
);

function uploadLogo(bytes: Uint8Array, name: string, cookie = owner.cookie, type = 'image/png') {
  return postMultipart(server.url, cookie, `${base()}/logo`, {}, [{ field: 'logo', name, bytes, type }]);
}

async function identity(cookie = owner.cookie): Promise<PlanIdentityResponse> {
  const response = await api(server.url, cookie)(`${base()}/identity`);
  expect(response.status).toBe(200);
  return (await response.json()) as PlanIdentityResponse;
}

async function errorCode(response: Response): Promise<string> {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

async function publishPage(): Promise<string> {
  const response = await asOwner()(`${base()}/public`, {
    method: 'PATCH',
    body: { enabled: true, slug: `bomlo-${Date.now().toString(36)}` },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { settings: { slug: string } }).settings.slug;
}

beforeAll(async () => {
  server = await startTestServer({ seedDemo: false });
  owner = await ownerWithPlan(server, 'Temaplan for medborgerskap');
  const { id } = await createStaff(server, {
    email: 'editor@bomlo.kommune.no',
    name: 'Redaktør',
    password: 'riktig-passord-1',
  });
  await addMember(server, owner.planId, id, 'editor');
  editorCookie = await loginCookie(server.url, 'editor@bomlo.kommune.no', 'riktig-passord-1');
});

afterAll(async () => {
  await server.dispose();
});

describe("the municipality's name and logo", () => {
  it('the owner renames the municipality; an editor may read it but not change it', async () => {
    const renamed = await asOwner()(`${base()}/identity`, {
      method: 'PATCH',
      body: { municipality: '  Bømlo kommune ' },
    });
    expect(renamed.status).toBe(200);
    expect(await identity()).toEqual({ municipality: 'Bømlo kommune', logo: null });
    expect((await identity(editorCookie)).municipality).toBe('Bømlo kommune');
    const refused = await api(server.url, editorCookie)(`${base()}/identity`, {
      method: 'PATCH',
      body: { municipality: 'Stord kommune' },
    });
    expect(refused.status).toBe(403);
    const empty = await asOwner()(`${base()}/identity`, { method: 'PATCH', body: { municipality: ' ' } });
    expect(empty.status).toBe(400);
  });

  it('takes a PNG logo, serves it as an image only, and replaces it with an SVG', async () => {
    const first = await uploadLogo(png(300, 100), 'logo.png');
    expect(first.status).toBe(200);
    const pngLogo = ((await first.json()) as PlanIdentityResponse).logo;
    expect(pngLogo).toMatchObject({ kind: 'png' });
    expect((await identity()).logo).toEqual(pngLogo);

    const image = await asOwner()(pngLogo!.url);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await image.arrayBuffer())).toEqual(png(300, 100));

    // The PDF's title page carries it too, as a figure named by the municipality.
    const pdf = await asOwner()(`${base()}/export?format=pdf`);
    expect(pdf.status).toBe(200);
    const figures = (await readPdf(Buffer.from(await pdf.arrayBuffer()))).elements.filter(
      (element) => element.type === 'Figure',
    );
    expect(figures.map((figure) => textOf(figure.dict.get(PDFName.of('Alt'))))).toEqual(['Bømlo kommune']);

    const second = await uploadLogo(svgLogo, 'logo.svg', owner.cookie, 'image/svg+xml');
    expect(second.status).toBe(200);
    const svg = ((await second.json()) as PlanIdentityResponse).logo;
    expect(svg).toMatchObject({ kind: 'svg' });
    expect(svg!.url).not.toBe(pngLogo!.url);
    const served = await asOwner()(svg!.url);
    expect(served.headers.get('content-type')).toBe('image/svg+xml');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    // Opened directly, the SVG is a download in a sandbox that runs and loads nothing.
    expect(served.headers.get('content-security-policy')).toMatch(/sandbox/);
    expect(served.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(served.headers.get('content-disposition')).toMatch(/^attachment;/);
    // The replaced logo is gone, bytes and all.
    expect((await asOwner()(pngLogo!.url)).status).toBe(404);
    const pngId = pngLogo!.url.split('/').pop()!;
    expect(await server.medverk.storage.files.getFile(pngId)).toBeNull();
    expect(await server.medverk.storage.blobs.get(pngId)).toBeNull();
  });

  it('refuses what is too large, too many pixels, not an image, or an SVG that could run or load anything', async () => {
    const before = await identity();
    const tooLarge = await uploadLogo(
      Buffer.concat([svgLogo, Buffer.alloc(512 * 1024, 0x20)]),
      'stor.svg',
    );
    expect(tooLarge.status).toBe(413);
    expect(await errorCode(tooLarge)).toBe('file-too-large');
    const wide = await uploadLogo(png(2400, 100), 'bred.png');
    expect(wide.status).toBe(413);
    expect(await errorCode(wide)).toBe('image-too-many-pixels');
    const html = await uploadLogo(Buffer.from('<html><script>alert(1)</script></html>'), 'logo.png');
    expect(html.status).toBe(415);
    for (const hostile of [
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1" onload="alert(1)"/>',
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><script>alert(1)</script></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><foreignObject/></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><use href="https://evil.example/a.svg#x"/></svg>',
    ]) {
      const refused = await uploadLogo(Buffer.from(hostile), 'logo.svg', owner.cookie, 'image/svg+xml');
      expect(refused.status, hostile).toBe(415);
      expect(await errorCode(refused)).toBe('unsafe-svg');
    }
    const byEditor = await uploadLogo(png(10, 10), 'logo.png', editorCookie);
    expect(byEditor.status).toBe(403);
    expect(await identity()).toEqual(before);
  });

  it('shows the logo on the public page while it is on, and on the DOCX title page', async () => {
    const current = (await identity()).logo!;
    const fileId = current.url.split('/').pop()!;
    const slug = await publishPage();
    const page = (await (await fetch(`${server.url}/api/public/plans/${slug}`)).json()) as PublicPlanResponse;
    expect(page.plan.logoUrl).toBe(`/api/public/plans/${slug}/logo/${fileId}`);
    const publicImage = await fetch(`${server.url}${page.plan.logoUrl!}`);
    expect(publicImage.status).toBe(200);
    expect(publicImage.headers.get('content-type')).toBe('image/svg+xml');
    expect(publicImage.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await publicImage.arrayBuffer())).toEqual(svgLogo);
    // Only the current logo, only under its own page's address.
    expect((await fetch(`${server.url}/api/public/plans/${slug}/logo/${owner.userId}`)).status).toBe(404);

    const exported = await asOwner()(`${base()}/export?format=docx`);
    expect(exported.status).toBe(200);
    const files = readZip(Buffer.from(await exported.arrayBuffer()));
    const media = [...files.keys()].filter((name) => name.startsWith('word/media/'));
    expect(media.some((name) => files.get(name)!.equals(svgLogo))).toBe(true);
    const documentXml = files.get('word/document.xml')!.toString('utf8');
    expect(documentXml).toMatch(/<wp:docPr [^>]*descr="Bømlo kommune"/);
    expect(files.get('docProps/core.xml')!.toString('utf8')).toContain('<dc:creator>Bømlo kommune</dc:creator>');

    // Switched off, the page's logo answers like a page that never existed.
    await asOwner()(`${base()}/public`, { method: 'PATCH', body: { enabled: false } });
    expect((await fetch(`${server.url}${page.plan.logoUrl!}`)).status).toBe(404);
  });

  it('removes the logo', async () => {
    const fileId = (await identity()).logo!.url.split('/').pop()!;
    const removed = await asOwner()(`${base()}/logo`, { method: 'DELETE' });
    expect(removed.status).toBe(200);
    expect((await identity()).logo).toBeNull();
    expect(await server.medverk.storage.blobs.get(fileId)).toBeNull();
  });
});
