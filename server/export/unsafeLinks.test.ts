import { execFileSync } from 'node:child_process';
import * as Y from 'yjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportLabels } from '../../shared/export/labels';
import { renderMarkdown } from '../../shared/export/markdown';
import { buildExportDocument } from '../../shared/export/model/buildExportDocument';
import type { ExportDocument, ExportMeta, TextRun } from '../../shared/export/model/types';
import { initPlan, purposeFragment } from '../../shared/plan/planDoc';
import { planSnapshot } from '../../shared/plan/snapshot';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import { renderPdf } from './pdf';
import { readZip } from './testSupport/zip';

/**
 * Links in the plan are stored as y-tiptap stores marks: an attribute on the text's delta,
 * mark name → mark attrs (a mark that may overlap itself under `name--<hash>`). Whatever got into
 * a document, an export links only to http, https and mailto (shared/text/safeLink.ts) and
 * prints the other links' text as plain text.
 */
const unsafe = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(2)',
  'java\tscript:alert(3)',
  'data:text/html,<script>alert(4)</script>',
  'vbscript:msgbox(5)',
  'file:///etc/passwd',
  'tel:+4712345678',
  '/relative',
];
const safe = 'https://www.asker.kommune.no/plan';

function planWithLinks(): Y.Doc {
  const plan = new Y.Doc();
  initPlan(plan, { title: 'Lenker', municipality: 'Asker kommune' });
  const text = new Y.XmlText();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [text]);
  plan.transact(() => {
    purposeFragment(plan).insert(0, [paragraph]);
    text.applyDelta([
      ...unsafe.flatMap((href, i) => [
        { insert: `farlig${i}`, attributes: { link: { href } } },
        { insert: ' ' },
      ]),
      { insert: 'hashet', attributes: { 'link--abcd1234': { href: 'javascript:alert(6)' } } },
      { insert: ' og ' },
      { insert: 'kommunen', attributes: { link: { href: safe } } },
    ]);
  });
  return plan;
}

const meta: ExportMeta = {
  municipality: 'Asker kommune',
  planTitle: 'Lenker',
  versionName: null,
  status: 'Utkast',
  date: new Date('2026-03-02T10:00:00Z'),
  locale: 'nb',
};

/** A model made by hand, as if something had got past the model's own check. */
function forgedDocument(): ExportDocument {
  const run = (text: string, href: string | null): TextRun => ({
    type: 'text',
    text,
    bold: false,
    italic: false,
    underline: false,
    strike: false,
    code: false,
    href,
  });
  const doc = buildExportDocument(
    { title: 'Lenker', municipality: '', purpose: [], focusAreas: [] },
    meta,
    exportLabels('nb'),
  );
  doc.blocks.push({
    type: 'paragraph',
    content: [...unsafe.map((href, i) => run(`forfalsket${i}`, href)), run('kommunen', safe)],
  });
  return doc;
}

const scriptLike = /javascript|vbscript|data:text|file:|tel:|\/relative/i;

let fromPlan: ExportDocument;
beforeAll(() => {
  fromPlan = buildExportDocument(planSnapshot(planWithLinks()), meta, exportLabels('nb'));
});

describe('unsafe links in every export', () => {
  it('the model keeps only the safe one', () => {
    const hrefs = fromPlan.blocks
      .flatMap((block) => (block.type === 'paragraph' ? block.content : []))
      .flatMap((inline) => (inline.type === 'text' && inline.href ? [inline.href] : []));
    expect(hrefs).toEqual([safe]);
  });

  it('Markdown', () => {
    const markdown = renderMarkdown(planSnapshot(planWithLinks()));
    expect(markdown).toContain(`[kommunen](${safe})`);
    expect(markdown).toContain('farlig0');
    expect(markdown).toContain('hashet');
    expect(markdown).not.toMatch(/\]\((?!https:)/);
  });

  for (const [name, doc] of [
    ['from the plan', () => fromPlan],
    ['from a forged model', forgedDocument],
  ] as const) {
    it(`HTML, ${name}`, () => {
      const html = renderHtml(doc());
      const hrefs = [...html.matchAll(/href="([^"]*)"/g)]
        .map((m) => m[1])
        .filter((href) => !href?.startsWith('#'));
      expect(hrefs).toEqual([safe]);
      expect(html).toMatch(/farlig0|forfalsket0/);
      expect(html).not.toMatch(/href="[^"]*(javascript|data:|tel:)/i);
    });

    it(`DOCX, ${name}`, async () => {
      const files = readZip(await renderDocx(doc()));
      const rels = files.get('word/_rels/document.xml.rels')?.toString('utf8') ?? '';
      const targets = [...rels.matchAll(/Target="([^"]*)"\s+TargetMode="External"/g)].map(
        (m) => m[1],
      );
      expect(targets).toEqual([safe]);
      expect(rels).not.toMatch(scriptLike);
      expect(files.get('word/document.xml')?.toString('utf8')).toMatch(/farlig0|forfalsket0/);
    });

    it(`PDF, ${name}`, async () => {
      const pdf = await renderPdf(doc());
      const uris = [...pdf.toString('latin1').matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]);
      expect(uris).toEqual([safe]);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString(
        'utf8',
      );
      expect(text).toMatch(/farlig0|forfalsket0/);
    }, 20_000);
  }
});
