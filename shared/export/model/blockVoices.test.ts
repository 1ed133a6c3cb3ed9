import { describe, expect, it } from 'vitest';
import { blockVoices, documentLanguages } from './blockVoices';
import type { ExportBlock, ExportDocument, HeadingBlock } from './types';

const heading = (role: HeadingBlock['role'], text = role): HeadingBlock => ({
  type: 'heading',
  level: role === 'content' ? 3 : 1,
  role,
  number: null,
  text,
  anchor: text,
  pageBreakBefore: false,
});
const paragraph: ExportBlock = { type: 'paragraph', content: [{ type: 'text', text: 'Tekst', bold: false, italic: false, underline: false, strike: false, code: false, href: null }],
};

describe('blockVoices', () => {
  it("tells the plan's text from the export's labels, section by section", () => {
    const blocks: ExportBlock[] = [
      { type: 'titlePage', municipality: 'Voss herad', title: 'Temaplan', fields: [] },
      { type: 'toc', title: 'Contents', depth: 2, entries: [] },
      heading('purpose'),
      paragraph,
      heading('goals'),
      { type: 'table', columns: ['Goal'], widths: [1], rows: [['1']] },
      heading('focusArea'),
      paragraph,
      heading('content'),
      paragraph,
      heading('strategy'),
      paragraph,
      heading('appendix'),
      paragraph,
    ];
    expect(blockVoices(blocks)).toEqual([
      'content',
      'labels',
      'labels',
      'content',
      'labels',
      'labels',
      'content',
      'content',
      'content',
      'content',
      'labels',
      'content',
      'labels',
      'labels',
    ]);
  });

  it('calls a document mixed only when the plan text is in another language than the labels', () => {
    const doc = { language: 'en-GB' } as ExportDocument;
    expect(documentLanguages(doc)).toEqual({ content: 'en-GB', labels: 'en-GB', mixed: false });
    expect(documentLanguages({ ...doc, contentLanguage: 'nn-NO' })).toEqual({ content: 'nn-NO', labels: 'en-GB', mixed: true });
    expect(documentLanguages({ ...doc, language: 'nn-NO', contentLanguage: 'nn-NO' }).mixed).toBe(false);
  });
});
