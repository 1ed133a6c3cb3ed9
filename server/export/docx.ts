import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
  type FileChild,
  type PageNumberEstimator,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import type { ExportDocument, TitlePageBlock, TocBlock } from '../../shared/export/model/types';
import { toDocx, type DocxContext } from './docxBlocks';
import { docxAnnotations, type DocxAnnotations } from './docxComments';
import { headingNumbering, numberedHeadings } from './docxHeadingNumbers';
import { appProperties } from './docxAppProperties';
import { logoParagraph, type DocxLogo } from './docxLogo';
import { StyleId, documentStyles, muted, page } from './docxStyles';

export interface DocxOptions {
  /**
   * BCP 47 tag of the plan's content language, the document's w:lang: what spell checkers and
   * screen readers read it as. Not the labels' language: an English export of a Norwegian plan
   * is still Norwegian text.
   */
  language?: string;
  /** The municipality's logo, on the title page above its name. */
  logo?: DocxLogo | null;
}

/** Plans are written in bokmål until a plan can say otherwise. */
export const DEFAULT_DOCX_LANGUAGE = 'nb-NO';

function titlePage(
  block: TitlePageBlock,
  notes: DocxAnnotations,
  logo: DocxLogo | null,
): FileChild[] {
  const children: FileChild[] = [];
  if (logo) children.push(logoParagraph(logo, block.municipality));
  if (block.municipality !== '') {
    children.push(new Paragraph({ style: StyleId.municipality, text: block.municipality }));
  }
  children.push(
    new Paragraph({
      style: 'Title',
      children: [...notes.before(block), new TextRun(block.title), ...notes.after(block)],
    }),
  );
  for (const field of block.fields) {
    children.push(
      new Paragraph({
        style: StyleId.titleField,
        children: [new TextRun({ text: `${field.label}: `, bold: true }), new TextRun(field.value)],
      }),
    );
  }
  return children;
}

/**
 * A real TOC field over the heading styles, so Word keeps it up to date. docx fills its cached
 * result with an entry per heading (a hyperlink to a bookmark it adds, and a PAGEREF to it) and,
 * with the document's `pageNumbers`, writes the page numbers it lays out as Word would; see
 * `renderDocx` for when Word is asked to update it anyway.
 */
function tableOfContents(block: TocBlock): FileChild[] {
  return [
    new Paragraph({ style: StyleId.tocHeading, pageBreakBefore: true, text: block.title }),
    new TableOfContents(block.title, {
      hyperlink: true,
      headingStyleRange: `1-${block.depth}`,
    }),
  ];
}

function body(doc: ExportDocument, notes: DocxAnnotations, logo: DocxLogo | null): FileChild[] {
  let instance = 0;
  const context: DocxContext = {
    depth: 0,
    quote: false,
    nextInstance: () => ++instance,
    notes,
    headingNumbers: {
      definition: headingNumbering(doc.labels.strategy),
      headings: numberedHeadings(doc.blocks, doc.labels.strategy),
    },
  };
  const children: FileChild[] = [];
  let afterToc = false;
  for (const block of doc.blocks) {
    if (block.type === 'titlePage') children.push(...titlePage(block, notes, logo));
    else if (block.type === 'toc') {
      children.push(...tableOfContents(block));
      afterToc = true;
    } else {
      // The plan itself starts on a page of its own after the contents.
      if (afterToc && block.type === 'heading') {
        children.push(...toDocx([{ ...block, pageBreakBefore: true }], context));
        afterToc = false;
      } else children.push(...toDocx([block], context));
    }
  }
  return children;
}

function footer(doc: ExportDocument): Footer {
  const { page: label, pageOf } = doc.labels;
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: 18,
            color: muted,
            children: [`${label} `, PageNumber.CURRENT, ` ${pageOf} `, PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

function wordDocument(
  doc: ExportDocument,
  options: DocxOptions,
  pageNumbers: PageNumberEstimator,
  updateFields: boolean,
): Document {
  const notes = docxAnnotations(doc);
  const children = body(doc, notes, options.logo ?? null);
  // The municipality files the document: it is its author, not the tool that wrote it.
  const author = doc.municipality || doc.creator;
  return new Document({
    ...(notes.comments.length > 0 ? { comments: { children: notes.comments } } : {}),
    title: doc.title,
    subject: doc.subject,
    creator: author,
    lastModifiedBy: author,
    styles: documentStyles(options.language ?? doc.contentLanguage ?? DEFAULT_DOCX_LANGUAGE),
    pageNumbers,
    ...(updateFields ? { features: { updateFields: true } } : {}),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: page.width, height: page.height },
            margin: {
              top: page.margin,
              bottom: page.margin,
              left: page.margin,
              right: page.margin,
            },
          },
        },
        // Word writes an empty paragraph in an empty footer, and docx's layout expects one.
        footers: { default: footer(doc), first: new Footer({ children: [new Paragraph({})] }) },
        children,
      },
    ],
  });
}

/**
 * The plan as a Word document for the case file: title page (the municipality's logo and
 * name), table of contents with page numbers, purpose, focus areas (Heading 1, "1 …"),
 * strategies (Heading 2, "Strategi 1.1", both numbered by Word), Word list numbering, and the
 * appendices the model has. Page numbers in the footer from the second page on. When the model
 * has them, open threads are Word comments on their text and open suggestions tracked changes.
 * Author and company are the municipality.
 *
 * Page numbers of the contents: `updateFields` would make Word recount them on opening, but
 * only after a prompt about fields that "may refer to other files" on every opening, which
 * reads as a warning to a case officer and stops unattended conversion in archive systems. So
 * the numbers are laid out here (docx's `estimatePageNumbers`, Word's own line and page rules
 * with Arial's widths) and the field written clean: Word shows them as written, silently, and
 * recounts whenever someone updates the table. Only when the layout cannot place everything
 * (it stops rather than guess, leaving the later numbers blank) is Word asked to update on
 * opening: a prompt is better than a contents page without numbers.
 */
export async function renderDocx(doc: ExportDocument, options: DocxOptions = {}): Promise<Buffer> {
  let complete = true;
  // The estimate knows the number of pages only when it laid out the whole document.
  const pageNumbers: PageNumberEstimator = Object.assign(
    (body: Parameters<PageNumberEstimator>[0], context: Parameters<PageNumberEstimator>[1]) => {
      const estimate = estimatePageNumbers(body, context);
      complete = estimate.pageCount !== undefined;
      return estimate;
    },
    estimatePageNumbers.listNumbers ? { listNumbers: estimatePageNumbers.listNumbers } : {},
  );
  const overrides = [
    { path: 'docProps/app.xml', data: appProperties({ company: doc.municipality }) },
  ];
  const clean = await Packer.toBuffer(wordDocument(doc, options, pageNumbers, false), false, overrides);
  if (complete) return clean;
  return Packer.toBuffer(wordDocument(doc, options, estimatePageNumbers, true), false, overrides);
}
