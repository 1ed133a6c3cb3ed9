import type { ExportBlock, ExportDocument, HeadingBlock } from './types';

/**
 * Whose words a block is: the plan's own text ('content', in the plan's language) or the export's
 * labels and appendices ('labels', in the language the export was asked in). Renderers use it to
 * declare a language on the blocks that differ from the document's (WCAG 3.1.2).
 */
export type BlockVoice = 'content' | 'labels';

/** Headings the export writes itself ("Formål", "Strategi 1.1", appendices) are labels. */
function headingVoice(role: HeadingBlock['role']): BlockVoice {
  return role === 'focusArea' || role === 'content' ? 'content' : 'labels';
}

/** The sections whose body is plan text; the goals table and the appendices are the export's. */
function sectionVoice(role: HeadingBlock['role']): BlockVoice | null {
  switch (role) {
    case 'purpose':
    case 'focusArea':
    case 'strategy':
      return 'content';
    case 'goals':
    case 'appendix':
      return 'labels';
    case 'content':
      // A heading typed inside the text leaves the section as it was.
      return null;
  }
}

/**
 * The voice of each block, in order. The title page is 'content' (its title and municipality;
 * renderers mark its field labels themselves), the table of contents 'labels'.
 */
export function blockVoices(blocks: readonly ExportBlock[]): BlockVoice[] {
  let section: BlockVoice = 'content';
  return blocks.map((block) => {
    switch (block.type) {
      case 'titlePage':
        return 'content';
      case 'toc':
        return 'labels';
      case 'heading':
        section = sectionVoice(block.role) ?? section;
        return headingVoice(block.role);
      default:
        return section;
    }
  });
}

/**
 * The two languages of a document: the plan's text's and the labels'. `mixed` is false when
 * they are the same, and then nothing needs marking below the document.
 */
export function documentLanguages(doc: ExportDocument): { content: string; labels: string; mixed: boolean } {
  const content = doc.contentLanguage ?? doc.language;
  return { content, labels: doc.language, mixed: content !== doc.language };
}
