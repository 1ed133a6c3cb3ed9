import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  decodePDFRawStream,
  type PDFObject,
} from 'pdf-lib';
import { shownText, type ShownText } from './pdfContent';

/*
 * A PDF read back with a real parser (pdf-lib) into what the PDF/A checks (pdfaChecks.ts) look at:
 * the object graph, the pages with their shown text, and the structure tree.
 */

/** The PDF as the checks see it: pdf-lib's object graph plus what they all need from it. */
export interface PdfModel {
  doc: PDFDocument;
  pages: PageModel[];
  /** Struct elements in reading order, depth first, from the StructTreeRoot. */
  elements: StructElement[];
  byRef: Map<PDFRef, StructElement>;
  parentTree: Map<number, PDFObject>;
}

export interface PageModel {
  index: number;
  ref: PDFRef;
  dict: PDFDict;
  height: number;
  text: ShownText[];
}

export interface StructElement {
  ref: PDFRef;
  dict: PDFDict;
  type: string;
  parent: StructElement | null;
  children: StructElement[];
  /** Marked content ids, with the page each is on. */
  content: { page: PDFRef | undefined; mcid: number }[];
  /** Annotations (OBJR) the element owns. */
  objects: PDFRef[];
}

export const N = (name: string): PDFName => PDFName.of(name);

export function resolve(doc: PDFDocument, object: PDFObject | undefined): PDFObject | undefined {
  return object instanceof PDFRef ? doc.context.lookup(object) : object;
}

export function nameOf(object: PDFObject | undefined): string | undefined {
  return object instanceof PDFName ? object.decodeText() : undefined;
}

export function textOf(object: PDFObject | undefined): string | undefined {
  return object instanceof PDFString || object instanceof PDFHexString
    ? object.decodeText()
    : undefined;
}

export function numberOf(object: PDFObject | undefined): number | undefined {
  return object instanceof PDFNumber ? object.asNumber() : undefined;
}

export function dictOf(doc: PDFDocument, object: PDFObject | undefined): PDFDict | undefined {
  const value = resolve(doc, object);
  if (value instanceof PDFDict) return value;
  return value instanceof PDFStream ? value.dict : undefined;
}

export function arrayOf(doc: PDFDocument, object: PDFObject | undefined): PDFObject[] {
  const value = resolve(doc, object);
  if (value instanceof PDFArray) return value.asArray();
  return value === undefined ? [] : [value];
}

export function streamBytes(doc: PDFDocument, object: PDFObject | undefined): Uint8Array | undefined {
  const value = resolve(doc, object);
  return value instanceof PDFRawStream ? decodePDFRawStream(value).decode() : undefined;
}

export function get(doc: PDFDocument, dict: PDFDict | undefined, key: string): PDFObject | undefined {
  return resolve(doc, dict?.get(N(key)));
}

/** The Nums of a number tree, Kids followed. */
function numberTree(doc: PDFDocument, node: PDFDict | undefined): Map<number, PDFObject> {
  const out = new Map<number, PDFObject>();
  if (!node) return out;
  const nums = arrayOf(doc, node.get(N('Nums')));
  for (let i = 0; i + 1 < nums.length; i += 2) {
    const key = numberOf(nums[i]);
    const value = nums[i + 1];
    if (key !== undefined && value !== undefined) out.set(key, value);
  }
  for (const kid of arrayOf(doc, node.get(N('Kids')))) {
    for (const [key, value] of numberTree(doc, dictOf(doc, kid))) out.set(key, value);
  }
  return out;
}

function structure(doc: PDFDocument, root: PDFDict | undefined): StructElement[] {
  const elements: StructElement[] = [];
  const visit = (ref: PDFRef, parent: StructElement | null): StructElement | null => {
    const dict = dictOf(doc, ref);
    const type = nameOf(get(doc, dict, 'S'));
    if (!dict || type === undefined) return null;
    const element: StructElement = {
      ref,
      dict,
      type,
      parent,
      children: [],
      content: [],
      objects: [],
    };
    elements.push(element);
    const page = dict.get(N('Pg'));
    const elementPage = page instanceof PDFRef ? page : undefined;
    for (const kid of arrayOf(doc, dict.get(N('K')))) {
      if (kid instanceof PDFNumber) {
        element.content.push({ page: elementPage, mcid: kid.asNumber() });
      } else if (kid instanceof PDFRef && dictOf(doc, kid)?.has(N('S'))) {
        const child = visit(kid, element);
        if (child) element.children.push(child);
      } else {
        const kidDict = dictOf(doc, kid);
        const kidType = nameOf(get(doc, kidDict, 'Type'));
        const kidPage = kidDict?.get(N('Pg'));
        const pageRef = kidPage instanceof PDFRef ? kidPage : elementPage;
        const mcid = numberOf(get(doc, kidDict, 'MCID'));
        const obj = kidDict?.get(N('Obj'));
        if (kidType === 'MCR' && mcid !== undefined) element.content.push({ page: pageRef, mcid });
        if (kidType === 'OBJR' && obj instanceof PDFRef) element.objects.push(obj);
      }
    }
    return element;
  };
  for (const kid of arrayOf(doc, root?.get(N('K')))) if (kid instanceof PDFRef) visit(kid, null);
  return elements;
}

export async function readPdf(pdf: Buffer): Promise<PdfModel> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pages = doc.getPages().map((page, index): PageModel => {
    const contents = arrayOf(doc, page.node.get(N('Contents')));
    const content = contents
      .map((stream) => Buffer.from(streamBytes(doc, stream) ?? []).toString('latin1'))
      .join('\n');
    return {
      index,
      ref: page.ref,
      dict: page.node,
      height: page.getHeight(),
      text: shownText(content),
    };
  });
  const root = dictOf(doc, doc.catalog.get(N('StructTreeRoot')));
  const elements = structure(doc, root);
  return {
    doc,
    pages,
    elements,
    byRef: new Map(elements.map((element) => [element.ref, element])),
    parentTree: numberTree(doc, dictOf(doc, root?.get(N('ParentTree')))),
  };
}
