import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainTextOf } from '../../shared/discussion/anchors';
import { readZip } from '../../server/export/testSupport/zip';
import { createdId, DiscussionSeat, invitedPerson, okOutcome, paragraphIn, pointAfter, rangeOver, waitForParagraph } from '../support/discussionClient';
import { skipUnlessRequired } from '../support/requiredService';
import { api, ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';

const run = promisify(execFile);
const purpose = { kind: 'purpose' } as const;
const PARAGRAPHS = ['Alle barn skal ha en trygg skolevei.', 'Kommunen bygger fortau langs veien.', 'Styrke lag og foreninger.'];

let server: TestServer;
let cookie: string;
let planId: string;
const seats: DiscussionSeat[] = [];
const outDir = mkdtempSync(join(tmpdir(), 'medverk-export-discussion-'));

/** Each element `tag` with what it encloses. */
const elements = (xml: string, tag: string): string[] => [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*>.*?</${tag}>`, 'gs'))].map((m) => m[0]);
const texts = (xml: string): string => [...xml.matchAll(/<w:(?:t|delText)\b[^>]*>([^<]*)</g)].map((m) => m[1]).join('');
const attr = (xml: string, name: string): string | undefined => new RegExp(`${name}="([^"]*)"`).exec(xml)?.[1];

async function download(query: string): Promise<Buffer> {
  const response = await api(server.url, cookie)(`/api/plans/${planId}/export?${query}`);
  expect(response.status, `${query}: ${response.status}`).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

beforeAll(async () => {
  server = await startTestServer({ seedDemo: false });
  ({ cookie, planId } = await ownerWithPlan(server, 'Skoleveiplan'));
  const owner = await DiscussionSeat.open(server.url, cookie, planId);
  seats.push(owner);
  await owner.writePurpose(PARAGRAPHS);
  const kari = await invitedPerson(server, cookie, planId, 'editor', 'Kari Nordmann');
  const kariSeat = await DiscussionSeat.open(server.url, kari.cookie, planId);
  seats.push(kariSeat);
  await waitForParagraph(kariSeat.planDoc, PARAGRAPHS[2]!);
  const first = paragraphIn(owner.planDoc, PARAGRAPHS[0]!);
  const second = paragraphIn(owner.planDoc, PARAGRAPHS[1]!);
  // One open thread on a range with a reply, one that will lose its text, one resolved.
  const thread = await createdId(owner.command({ type: 'startThread', section: purpose, range: rangeOver(first, 'trygg skolevei'), body: 'Hva betyr trygg her?' }));
  okOutcome(await kariSeat.command({ type: 'reply', threadId: thread, body: 'Gang- og sykkelvei hele veien.' }));
  await createdId(owner.command({ type: 'startThread', section: purpose, range: rangeOver(second, 'fortau'), body: 'Hvilken side av veien?' }));
  const resolved = await createdId(owner.command({ type: 'startThread', section: purpose, body: 'Allerede avklart.' }));
  okOutcome(await owner.command({ type: 'resolveThread', threadId: resolved }));
  // One suggested insertion and one suggested deletion, by Kari.
  await createdId(kariSeat.command({ type: 'suggest', section: purpose, change: { kind: 'insert', at: pointAfter(paragraphIn(kariSeat.planDoc, PARAGRAPHS[1]!), 'veien'), text: ' i år' } }));
  await createdId(kariSeat.command({ type: 'suggest', section: purpose, change: { kind: 'delete', ...rangeOver(paragraphIn(kariSeat.planDoc, PARAGRAPHS[2]!), 'lag og ') } }));
  // The owner deletes the text the second thread was about: it is detached now.
  const at = plainTextOf(second).indexOf('fortau ');
  second.delete(at, 'fortau '.length);
  await owner.plan.whenSaved();
}, 60_000);

afterAll(async () => {
  for (const seat of seats) seat.close();
  await server.dispose();
  rmSync(outDir, { recursive: true, force: true });
});

describe('exports with the open deliberation', () => {
  let docx: Buffer;
  beforeAll(async () => {
    docx = await download('format=docx&comments=true&trackChanges=true');
  });

  it('DOCX: open threads are Word comments on their ranges, with the reply and authors', () => {
    const files = readZip(docx);
    const comments = files.get('word/comments.xml')?.toString('utf8') ?? '';
    const list = elements(comments, 'w:comment').map((c) => [attr(c, 'w:author'), texts(c)]);
    expect(list).toEqual([
      ['Saksbehandler', 'Hva betyr trygg her?'],
      ['Kari Nordmann', 'Gang- og sykkelvei hele veien.'],
      ['Saksbehandler', 'Teksten kommentaren gjaldt, er endret eller slettet: «fortau»Hvilken side av veien?'],
    ]);
    expect(comments).not.toContain('Allerede avklart');
    const document = files.get('word/document.xml')?.toString('utf8') ?? '';
    const between = document.slice(document.indexOf('<w:commentRangeStart w:id="0"/>'), document.indexOf('<w:commentRangeEnd w:id="0"/>'));
    expect(texts(between)).toBe('trygg skolevei');
    expect(document).toMatch(/<w:commentRangeEnd w:id="0"\/>.*<w:commentReference w:id="0"\/>/s);
    // The detached thread hangs on the section heading.
    expect(texts(document.slice(document.indexOf('<w:commentRangeStart w:id="2"/>'), document.indexOf('<w:commentRangeEnd w:id="2"/>')))).toBe('Formål');
  });

  it('DOCX: open suggestions are tracked changes with author and date', () => {
    const document = readZip(docx).get('word/document.xml')?.toString('utf8') ?? '';
    const [insertion] = elements(document, 'w:ins');
    const [deletion] = elements(document, 'w:del');
    expect(texts(insertion ?? '')).toBe(' i år');
    expect(texts(deletion ?? '')).toBe('lag og ');
    for (const change of [insertion, deletion]) {
      expect(attr(change ?? '', 'w:author')).toBe('Kari Nordmann');
      expect(attr(change ?? '', 'w:date')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    }
  });

  it('DOCX: a clean copy without the options, as before', async () => {
    const files = readZip(await download('format=docx'));
    expect(/<w:comment\b/.test(files.get('word/comments.xml')?.toString('utf8') ?? '')).toBe(false);
    const document = files.get('word/document.xml')?.toString('utf8') ?? '';
    expect(document).not.toMatch(/<w:(ins|del|commentRangeStart)\b/);
    expect(texts(document)).toContain('Kommunen bygger langs veien.');
  });

  it('PDF and HTML: an appendix of open threads on request, suggestions only counted', async () => {
    const pdfPath = join(outDir, 'plan.pdf');
    writeFileSync(pdfPath, await download('format=pdf&comments=true'));
    const text = (await run('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'])).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Åpne kommentarer');
    expect(text).toContain('Hva betyr trygg her?');
    expect(text).toContain('Kari Nordmann');
    expect(text).toContain('Planen har også 2 åpne endringsforslag');
    const html = (await download('format=html&comments=true')).toString('utf8');
    expect(html).toContain('Vedlegg 2: Åpne kommentarer');
    expect(html).toContain('<blockquote><p>trygg skolevei</p></blockquote>');
    expect((await download('format=html')).toString('utf8')).not.toContain('Åpne kommentarer');
  });

  it('exports a frozen version with the threads whose text it has', async () => {
    const frozen = await api(server.url, cookie)(`/api/plans/${planId}/versions`, { method: 'POST', body: { name: 'Høring', step: 'first-reading' } });
    expect(frozen.status).toBe(201);
    const { version } = (await frozen.json()) as { version: { id: string } };
    const comments = readZip(await download(`format=docx&version=${version.id}&comments=true`)).get('word/comments.xml')?.toString('utf8') ?? '';
    expect(comments).toContain('Hva betyr trygg her?');
  });

  it('refuses option values it does not know', async () => {
    const response = await api(server.url, cookie)(`/api/plans/${planId}/export?format=docx&comments=yes`);
    expect(response.status).toBe(400);
  });

  it('LibreOffice opens the DOCX: it converts to PDF and reads the comments and changes', async (context) => {
    const soffice = (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'soffice')).find((path) => existsSync(path));
    if (skipUnlessRequired('LibreOffice (soffice)', soffice ? null : 'soffice is not installed')) return context.skip();
    const dir = mkdtempSync(join(outDir, 'lo-'));
    const file = join(dir, 'plan.docx');
    writeFileSync(file, docx);
    // A profile of its own, so a LibreOffice already running (or another test) cannot interfere.
    const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
    const convert = (to: string) => run(soffice!, [profile, '--headless', '--convert-to', to, '--outdir', dir, file], { timeout: 120_000 });
    await convert('pdf');
    expect(readFileSync(join(dir, 'plan.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await run('pdftotext', ['-enc', 'UTF-8', join(dir, 'plan.pdf'), '-'])).stdout;
    expect(text).toContain('Alle barn skal ha en trygg skolevei.');
    // Flat ODF shows what LibreOffice made of the comments and tracked changes.
    await convert('fodt');
    const odf = readFileSync(join(dir, 'plan.fodt'), 'utf8');
    const annotations = [...odf.matchAll(/<office:annotation\b.*?<\/office:annotation>/gs)].map((m) => m[0].replace(/<[^>]+>/g, ' '));
    expect(annotations.some((a) => a.includes('Hva betyr trygg her?') && a.includes('Saksbehandler'))).toBe(true);
    expect(annotations.some((a) => a.includes('Gang- og sykkelvei hele veien.') && a.includes('Kari Nordmann'))).toBe(true);
    const changes = [...odf.matchAll(/<text:changed-region\b.*?<\/text:changed-region>/gs)].map((m) => m[0]);
    expect(changes.filter((c) => c.includes('<text:insertion') && c.includes('Kari Nordmann'))).toHaveLength(1);
    expect(changes.filter((c) => c.includes('<text:deletion') && c.includes('Kari Nordmann'))).toHaveLength(1);
  }, 300_000);
});
