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
} from 'docx';
import type { ExportDocument, TitlePageBlock, TocBlock } from '../../shared/export/model/types';
import { toDocx } from './docxBlocks';
import { docxAnnotations, type DocxAnnotations } from './docxComments';
import { StyleId, documentStyles, muted, page } from './docxStyles';

function titlePage(block: TitlePageBlock, notes: DocxAnnotations): FileChild[] {
  const children: FileChild[] = [];
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
 * A real TOC field over the heading styles, so Word keeps it up to date. docx fills it with an
 * entry per heading (linked to a bookmark it adds), so it reads well before Word updates it; the
 * page numbers come when Word updates the field, which the document asks for on opening.
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

function body(doc: ExportDocument, notes: DocxAnnotations): FileChild[] {
  let instance = 0;
  const context = { depth: 0, quote: false, nextInstance: () => ++instance, notes };
  const children: FileChild[] = [];
  let afterToc = false;
  for (const block of doc.blocks) {
    if (block.type === 'titlePage') children.push(...titlePage(block, notes));
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

/**
 * The plan as a Word document for the case file: title page, table of contents, purpose, focus
 * areas (Heading 1, "1 …"), strategies (Heading 2, "Strategi 1.1"), Word list numbering, and the
 * appendices the model has. Page numbers in the footer from the second page on. When the model
 * has them, open threads are Word comments on their text and open suggestions tracked changes.
 */
export async function renderDocx(doc: ExportDocument): Promise<Buffer> {
  const notes = docxAnnotations(doc);
  const children = body(doc, notes);
  const document = new Document({
    ...(notes.comments.length > 0 ? { comments: { children: notes.comments } } : {}),
    title: doc.title,
    subject: doc.subject,
    creator: doc.creator,
    lastModifiedBy: doc.creator,
    styles: documentStyles(doc.language),
    features: { updateFields: true },
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
        footers: { default: footer(doc), first: new Footer({ children: [] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
