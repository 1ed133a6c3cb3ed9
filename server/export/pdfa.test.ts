import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDict, PDFName } from 'pdf-lib';
import { summarySource } from '../../shared/export/consultation/summaryFixture';
import { buildConsultationSummary } from '../../shared/export/consultation/summaryModel';
import type { PlanSnapshot } from '../../shared/plan/snapshot';
import { renderConsultationPdf } from './consultationPdf';
import { exportChanges } from './exportChanges';
import { renderPdf } from './pdf';
import { pdfaChecks, readPdf, type PdfModel } from './testSupport/pdfaChecks';
import { sampleDocument, sampleSnapshot } from './testSupport/sample';
import { png } from '../../tests/support/pngImage';
import { logoAltText } from '../../shared/public/logoAltText';
import { dictOf, nameOf, textOf } from './testSupport/pdfModel';

/** The sample plan after an edit: a linked paragraph added, a strategy gone, a title changed. */
function editedSnapshot(): PlanSnapshot {
  const before = sampleSnapshot();
  const [first, second] = before.focusAreas;
  if (!first || !second) throw new Error('the sample plan has two focus areas');
  return {
    ...before,
    purpose: [
      ...before.purpose,
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Se ' },
          {
            type: 'text',
            text: 'kommunens side',
            marks: [{ type: 'link', attrs: { href: 'https://www.asker.kommune.no/' } }],
          },
        ],
      },
    ],
    focusAreas: [
      { ...first, title: 'Møteplasser, læring og kultur', strategies: first.strategies.slice(1) },
      second,
    ],
  };
}

async function changeReport(locale: 'nb' | 'en'): Promise<Buffer> {
  const file = await exportChanges({
    plan: {
      id: 'p1',
      title: 'Temaplan',
      municipality: 'Asker kommune',
      createdAt: 0,
      updatedAt: 0,
      contentLanguage: 'nb',
    },
    from: { ref: 'v1', snapshot: sampleSnapshot(), version: null },
    to: { ref: 'live', snapshot: editedSnapshot(), version: null },
    format: 'pdf',
    locale,
    now: new Date('2025-03-14T10:00:00Z'),
  });
  return file.body;
}

/** Each PDF Medverk makes, with the language its catalog must declare. */
const renderers: Record<string, { render: () => Promise<Buffer>; language: string }> = {
  'plan (nb)': { render: () => renderPdf(sampleDocument()), language: 'nb-NO' },
  'plan (en)': { render: () => renderPdf(sampleDocument({ locale: 'en' })), language: 'en-GB' },
  // Issue #15: a nynorsk plan with English labels declares nynorsk, and its labels /Lang en-GB.
  'nynorsk plan, English labels': {
    render: () => renderPdf({ ...sampleDocument({ locale: 'en' }), contentLanguage: 'nn-NO' }),
    language: 'nn-NO',
  },
  "plan with the municipality's logo": {
    render: () =>
      renderPdf(sampleDocument(), {
        logo: { kind: 'png', bytes: png(240, 80), width: 240, height: 80 },
      }),
    language: 'nb-NO',
  },
  'consultation summary': {
    render: () => renderConsultationPdf(buildConsultationSummary(summarySource())),
    language: 'nb-NO',
  },
  'change report (nb)': { render: () => changeReport('nb'), language: 'nb-NO' },
  'change report (en)': { render: () => changeReport('en'), language: 'en-GB' },
};

const models = new Map<string, PdfModel>();

beforeAll(async () => {
  for (const [name, { render }] of Object.entries(renderers)) {
    models.set(name, await readPdf(await render()));
  }
}, 60_000);

describe.each(Object.keys(renderers))('the %s PDF, read back with pdf-lib', (name) => {
  it.each(Object.keys(pdfaChecks) as (keyof typeof pdfaChecks)[])(
    'passes the PDF/A-2a check "%s"',
    (check) => {
      const model = models.get(name);
      const expected = renderers[name];
      if (!model || !expected) throw new Error(`${name} was not rendered`);
      expect(pdfaChecks[check](model, expected)).toEqual([]);
    },
  );
});

describe('the logo on the PDF title page', () => {
  it('is a Figure named by the municipality, drawn as an image on the first page', () => {
    const model = models.get("plan with the municipality's logo");
    if (!model) throw new Error('not rendered');
    const figures = model.elements.filter((element) => element.type === 'Figure');
    expect(figures).toHaveLength(1);
    const alt = textOf(model.doc.context.lookup(figures[0]!.dict.get(PDFName.of('Alt'))));
    expect(alt).toBe(logoAltText(sampleDocument().municipality));
    const xObjects = model.pages[0]!.dict.lookup(PDFName.of('Resources'), PDFDict).lookup(
      PDFName.of('XObject'),
      PDFDict,
    );
    const images = xObjects
      .entries()
      .filter(([, ref]) => nameOf(dictOf(model.doc, ref)?.get(PDFName.of('Subtype'))) === 'Image');
    expect(images.length).toBeGreaterThan(0);
    // Without a logo there is no figure.
    expect(models.get('plan (nb)')!.elements.some((element) => element.type === 'Figure')).toBe(
      false,
    );
  });
});
