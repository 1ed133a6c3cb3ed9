import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFString } from 'pdf-lib';
import type { PlanResponse } from '../../shared/api/plans';
import { AuditAction } from '../../shared/api/audit';
import { readZip } from '../../server/export/testSupport/zip';
import { N, readPdf, textOf } from '../../server/export/testSupport/pdfModel';
import { planDocName } from '../../shared/protocol';
import { purposeFragment } from '../../shared/plan/planDoc';
import { writeParagraphs } from '../../shared/plan/richText';
import { connectClient } from '../support/syncClient';
import { addMember, api, createStaff, loginCookie, ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';

/** Issue #15: a plan's content language, set at creation, changed by its owner, declared by exports. */

let server: TestServer;
let owner: { cookie: string; planId: string; userId: string };
let editorCookie: string;

const asOwner = () => api(server.url, owner.cookie);
const base = () => `/api/plans/${owner.planId}`;

async function planOf(cookie: string, planId = owner.planId) {
  const response = await api(server.url, cookie)(`/api/plans/${planId}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as PlanResponse).plan;
}

async function exported(query: string): Promise<Buffer> {
  const response = await asOwner()(`${base()}/export?${query}`);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

beforeAll(async () => {
  server = await startTestServer({ seedDemo: false });
  owner = await ownerWithPlan(server, 'Temaplan for kultur');
  const { id } = await createStaff(server, { email: 'redaktor@voss.kommune.no', name: 'Redaktør', password: 'riktig-passord-1' });
  await addMember(server, owner.planId, id, 'editor');
  editorCookie = await loginCookie(server.url, 'redaktor@voss.kommune.no', 'riktig-passord-1');
  const client = connectClient(server.url, planDocName(owner.planId), owner.cookie);
  await client.provider.whenSynced();
  writeParagraphs(purposeFragment(client.doc), ['Planen skal gje fleire høve til å delta i kulturlivet.']);
  await client.provider.whenSaved();
  client.close();
});

afterAll(async () => {
  await server.dispose();
});

describe("a plan's content language", () => {
  it('is set at creation (bokmål when not given) and only to nb or nn', async () => {
    expect((await planOf(owner.cookie)).contentLanguage).toBe('nb');
    const created = await asOwner()('/api/plans', { method: 'POST', body: { title: 'Temaplan på nynorsk', contentLanguage: 'nn' } });
    expect(created.status).toBe(201);
    const plan = ((await created.json()) as PlanResponse).plan;
    expect(plan.contentLanguage).toBe('nn');
    expect((await planOf(owner.cookie, plan.id)).contentLanguage).toBe('nn');
    const refused = await asOwner()('/api/plans', { method: 'POST', body: { title: 'Svensk plan', contentLanguage: 'sv' } });
    expect(refused.status).toBe(400);
  });

  it('is changed by the owner, audited, refused to an editor and checked', async () => {
    const changed = await asOwner()(`${base()}/language`, { method: 'PUT', body: { contentLanguage: 'nn' } });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toEqual({ contentLanguage: 'nn' });
    expect((await planOf(editorCookie)).contentLanguage).toBe('nn');
    const audit = await server.medverk.storage.audit.list(owner.planId, 20);
    expect(audit.find((entry) => entry.action === AuditAction.PublicSettingsChanged)?.detail).toMatchObject({
      fields: ['contentLanguage'],
      contentLanguage: 'nn',
    });

    const byEditor = await api(server.url, editorCookie)(`${base()}/language`, { method: 'PUT', body: { contentLanguage: 'nb' } });
    expect(byEditor.status).toBe(403);
    for (const body of [{ contentLanguage: 'en' }, { contentLanguage: 'nn', extra: 1 }, {}]) {
      const bad = await asOwner()(`${base()}/language`, { method: 'PUT', body });
      expect(bad.status).toBe(400);
    }
    expect((await planOf(owner.cookie)).contentLanguage).toBe('nn');
  });

  it("is declared by every export, whose labels follow it unless asked otherwise", async () => {
    // The previous test left the plan in nynorsk.
    const docx = readZip(await exported('format=docx'));
    expect(docx.get('word/styles.xml')!.toString('utf8')).toContain('<w:lang w:val="nn-NO"/>');
    expect(docx.get('word/document.xml')!.toString('utf8')).toContain('Føremål');

    const html = (await exported('format=html')).toString('utf8');
    expect(html).toContain('<html lang="nn">');
    expect(html).toContain('Føremål');
    expect(html).not.toContain('<div lang=');

    const pdf = await readPdf(await exported('format=pdf'));
    expect(textOf(pdf.doc.catalog.get(N('Lang')))).toBe('nn-NO');
    expect(pdf.elements.some((element) => element.dict.has(N('Lang')))).toBe(false);

    expect((await exported('format=md')).toString('utf8')).toContain('Føremål');
  });

  it('marks the plan text apart from labels in another language', async () => {
    const html = (await exported('format=html&lang=en')).toString('utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<h1 lang="nn">Temaplan for kultur<\/h1>/);
    expect(html).toMatch(/<div lang="nn">\n<p>Planen skal gje fleire høve/);
    expect(html).toContain('Purpose');

    const docx = readZip(await exported('format=docx&lang=en'));
    expect(docx.get('word/styles.xml')!.toString('utf8')).toContain('<w:lang w:val="nn-NO"/>');

    const pdf = await readPdf(await exported('format=pdf&lang=en'));
    expect(textOf(pdf.doc.catalog.get(N('Lang')))).toBe('nn-NO');
    const marked = pdf.elements.filter((element) => element.dict.get(N('Lang')) instanceof PDFString);
    expect(marked.length).toBeGreaterThan(0);
    expect(new Set(marked.map((element) => textOf(element.dict.get(N('Lang')))))).toEqual(new Set(['en-GB']));
    // The title page's fields and the export's own sections (contents, headings, appendices).
    expect(new Set(marked.map((element) => element.type))).toEqual(new Set(['P', 'Div']));
    // The plan's own text is not among them.
    const purposeText = pdf.elements.find((element) => element.type === 'P' && element.parent?.type === 'Document' && element.content.length > 0 && !element.dict.has(N('Lang')));
    expect(purposeText).toBeDefined();
  });
});
