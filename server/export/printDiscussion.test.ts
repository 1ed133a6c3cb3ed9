import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { discussionView } from '../../shared/discussion/view';
import { exportLabels } from '../../shared/export/labels';
import { buildExportDocument } from '../../shared/export/model/buildExportDocument';
import { discussionSnapshot } from '../../shared/export/model/planDiscussion';
import type { ExportDocument } from '../../shared/export/model/types';
import { discussionPlan, FIXTURE_META } from '../../shared/export/testing/discussionPlan';
import { renderHtml } from './html';
import { renderPdf } from './pdf';
import { structureTree, type StructNode } from './testSupport/pdfStructure';

let doc: ExportDocument;
let pdf: Buffer;

beforeAll(async () => {
  const fixture = discussionPlan();
  const { snapshot, discussion } = discussionSnapshot(
    fixture.plan,
    discussionView(fixture.discussion),
    { comments: false, suggestions: false },
  );
  doc = buildExportDocument(snapshot, FIXTURE_META, exportLabels('nb'), {
    discussion: { discussion, as: 'appendix' },
  });
  pdf = await renderPdf(doc);
}, 30_000);

describe('the appendix of open comments in print', () => {
  it('reads back from the PDF with quotes, messages, authors and dates', () => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf })
      .toString('utf8')
      .replace(/\s+/g, ' ');
    const appendix = text.slice(text.lastIndexOf('Vedlegg 1: Åpne kommentarer'));
    for (const expected of [
      'Planen har også 2 åpne endringsforslag',
      'Kommentar 1 fra Kari Nordmann',
      'trygg skolevei',
      'Kari Nordmann · 1. mars 2026',
      'Hva betyr trygg her?',
      'Ola Nordmann · 1. mars 2026',
      'Gang- og sykkelvei hele veien. Se vedlegg.',
      'Teksten kommentaren gjaldt, er endret eller slettet:',
      'fortau',
      'Gjelder hele delen.',
      'Mangler tall for besøk.',
    ]) {
      expect(appendix).toContain(expected);
    }
    expect(text).not.toContain('Løst allerede');
    // Suggestions are not printed: the plan text reads as it is.
    expect(text).toContain('Kommunen bygger langs veien.');
    expect(text).toContain('Styrke lag og foreninger.');
  });

  it('keeps the PDF structure tree one Document in reading order, headings under headings', () => {
    const [document, ...others] = structureTree(pdf);
    expect(others).toEqual([]);
    const top = (document?.children ?? []).map((node: StructNode) => node.type);
    expect(top.slice(top.lastIndexOf('H2'))).toEqual([
      ...['H2', 'P'],
      ...['H3', 'H4', 'BlockQuote', 'P', 'P', 'P', 'P'],
      ...['H4', 'P', 'BlockQuote', 'P', 'P'],
      ...['H3', 'H4', 'P', 'P', 'P'],
    ]);
    const headingLevels = top
      .filter((type) => /^H\d$/.test(type))
      .map((type) => Number(type.slice(1)));
    headingLevels.forEach((level, i) => {
      if (i > 0) expect(level).toBeLessThanOrEqual((headingLevels[i - 1] ?? 0) + 1);
    });
  });

  it('is in the HTML as headings that never skip a level, in the contents too', () => {
    const html = renderHtml(doc);
    expect(html).toContain(
      '<h2 id="appendix_1" class="page-break">Vedlegg 1: Åpne kommentarer</h2>',
    );
    expect(html).toContain('<h3 id="comments_1">Formål</h3>');
    expect(html).toContain('<h4 id="comment_1">Kommentar 1 fra Kari Nordmann</h4>');
    expect(html).toContain('<blockquote><p>trygg skolevei</p></blockquote>');
    expect(html).toContain('<p>Gang- og sykkelvei hele veien.<br>Se vedlegg.</p>');
    expect(html).toContain('<a href="#appendix_1">Vedlegg 1: Åpne kommentarer</a>');
    const levels = [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
    levels.forEach((level, i) => {
      if (i > 0) expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1);
    });
  });
});
