import type {
  PDFDict,
  PDFDocument} from 'pdf-lib';
import {
  PDFBool,
  PDFRawStream,
  PDFRef,
  decodePDFRawStream,
  type PDFObject,
} from 'pdf-lib';
import {
  N,
  arrayOf,
  dictOf,
  get,
  nameOf,
  numberOf,
  resolve,
  streamBytes,
  textOf,
  type PdfModel,
  type StructElement,
} from './pdfModel';
import { namespaces, parseXml, xmpProperty, type XmlElement } from './xmp';

export { readPdf, type PdfModel, type StructElement } from './pdfModel';

export interface PdfaExpectations {
  /** The document language the catalog's /Lang must declare, e.g. "nb-NO". */
  language: string;
}

export type PdfaCheck = (pdf: PdfModel, expected: PdfaExpectations) => string[];

/**
 * What a PDF/A-2a validator (and, as far as it goes, a PDF/UA checker) looks at, read back from
 * the file with a real PDF parser (pdf-lib, through pdfModel.ts) rather than by matching the
 * renderer's own output. Each check returns its problems as sentences; an empty list means it passes.
 */
// Metadata: the Info dictionary and the XMP packet say the same (ISO 19005-2, 6.6.3).

interface Moment {
  time: number;
  offset: string;
}

function pdfDate(value: string): Moment | null {
  const m = /^D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(Z|[+-]\d\d'\d\d'?)?(?:00'00'?)?$/.exec(value);
  if (!m) return null;
  const zone = (m[7] ?? 'Z').replace(/'/g, '');
  const offset = zone === 'Z' ? '+0000' : zone;
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${offset === '+0000' ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(3)}`}`;
  return { time: Date.parse(iso), offset };
}

function xmpDate(value: string): Moment | null {
  const m = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(Z|[+-]\d\d:\d\d)$/.exec(value);
  if (!m) return null;
  const zone = m[1] ?? 'Z';
  return { time: Date.parse(value), offset: zone === 'Z' ? '+0000' : zone.replace(':', '') };
}

type XmpKind = 'alt' | 'seq' | 'simple' | 'date';

/** Each Info key a PDF/A validator compares, with its XMP property. */
const sharedKeys: [string, string, string, XmpKind][] = [
  ['Title', namespaces.dc, 'title', 'alt'],
  ['Author', namespaces.dc, 'creator', 'seq'],
  ['Subject', namespaces.dc, 'description', 'alt'],
  ['Keywords', namespaces.pdf, 'Keywords', 'simple'],
  ['Creator', namespaces.xmp, 'CreatorTool', 'simple'],
  ['Producer', namespaces.pdf, 'Producer', 'simple'],
  ['CreationDate', namespaces.xmp, 'CreateDate', 'date'],
  ['ModDate', namespaces.xmp, 'ModifyDate', 'date'],
];

/** Keys an archived plan must carry, though PDF/A would allow leaving them out. */
const requiredKeys = ['Title', 'Author', 'Creator', 'Producer', 'CreationDate', 'ModDate'];

function xmpValue(packet: XmlElement, ns: string, local: string, kind: XmpKind): string[] {
  return xmpProperty(packet, ns, local).map((items) => {
    if (kind === 'alt') {
      const fallback = items.find((item) => item.startsWith('x-default|'));
      return fallback === undefined ? '<no x-default>' : fallback.slice('x-default|'.length);
    }
    if (kind === 'seq') return items.length === 1 ? (items[0] ?? '') : `<${items.length} items>`;
    return items[0] ?? '';
  });
}

function sameValue(info: string, xmp: string, kind: XmpKind): boolean {
  if (kind !== 'date') return info === xmp;
  const a = pdfDate(info);
  const b = xmpDate(xmp);
  return a !== null && b !== null && a.time === b.time && a.offset === b.offset;
}

const metadata: PdfaCheck = ({ doc }) => {
  const problems: string[] = [];
  const stream = resolve(doc, doc.catalog.get(N('Metadata')));
  if (!(stream instanceof PDFRawStream)) return ['the catalog has no /Metadata stream'];
  const allowed = ['Type', 'Subtype', 'Length', 'Filter', 'DecodeParms'];
  for (const key of stream.dict.keys()) {
    if (!allowed.includes(key.decodeText())) {
      problems.push(`the metadata stream has an unexpected key ${key.asString()}`);
    }
  }
  if (nameOf(get(doc, stream.dict, 'Type')) !== 'Metadata') problems.push('metadata /Type');
  if (nameOf(get(doc, stream.dict, 'Subtype')) !== 'XML') problems.push('metadata /Subtype');
  let packet: XmlElement;
  try {
    packet = parseXml(Buffer.from(decodePDFRawStream(stream).decode()).toString('utf8'));
  } catch (error) {
    return [...problems, `the XMP packet is not well-formed XML: ${String(error)}`];
  }
  const part = xmpValue(packet, namespaces.pdfaid, 'part', 'simple');
  const conformance = xmpValue(packet, namespaces.pdfaid, 'conformance', 'simple');
  if (part.join() !== '2' || conformance.join() !== 'A') {
    problems.push(`XMP claims PDF/A part ${part.join()} conformance ${conformance.join()}`);
  }
  // PDF/A-2 6.1.3: the file identifier is required.
  if (!doc.context.trailerInfo.ID) problems.push('the trailer has no /ID');
  const info = dictOf(doc, doc.context.trailerInfo.Info);
  if (!info) return [...problems, 'the trailer has no Info dictionary'];
  for (const [key, ns, local, kind] of sharedKeys) {
    const raw = get(doc, info, key);
    const infoValue = textOf(raw);
    const xmpValues = xmpValue(packet, ns, local, kind);
    if (raw !== undefined && infoValue === undefined) problems.push(`Info ${key} is not a string`);
    if (xmpValues.length > 1) problems.push(`XMP has ${local} ${xmpValues.length} times`);
    const xmp = xmpValues[0];
    if (infoValue === undefined && xmp === undefined) {
      if (requiredKeys.includes(key)) problems.push(`neither Info nor XMP has ${key}`);
      continue;
    }
    if (infoValue === undefined) problems.push(`XMP ${local} "${xmp}" has no Info ${key}`);
    else if (xmp === undefined) problems.push(`Info ${key} "${infoValue}" is missing in XMP`);
    else if (!sameValue(infoValue, xmp, kind)) {
      problems.push(`Info ${key} "${infoValue}" differs from XMP ${local} "${xmp}"`);
    }
  }
  return problems;
};

// Colour: one sRGB output intent for PDF/A (6.2.3).

const outputIntent: PdfaCheck = ({ doc }) => {
  const intents = arrayOf(doc, doc.catalog.get(N('OutputIntents'))).map((i) => dictOf(doc, i));
  const pdfa = intents.filter((intent) => nameOf(get(doc, intent, 'S')) === 'GTS_PDFA1');
  if (pdfa.length !== 1) return [`${pdfa.length} GTS_PDFA1 output intents, not 1`];
  const intent = pdfa[0];
  const problems: string[] = [];
  if (!textOf(get(doc, intent, 'OutputConditionIdentifier'))) {
    problems.push('the output intent has no OutputConditionIdentifier');
  }
  const profile = intent?.get(N('DestOutputProfile'));
  const bytes = streamBytes(doc, profile);
  if (!bytes) return [...problems, 'the output intent has no DestOutputProfile stream'];
  const header = Buffer.from(bytes);
  if (header.toString('latin1', 36, 40) !== 'acsp') problems.push('the profile is not ICC');
  if (header.toString('latin1', 16, 20) !== 'RGB ') problems.push('the profile is not RGB');
  if (numberOf(get(doc, dictOf(doc, profile), 'N')) !== 3) problems.push('the profile has no N 3');
  return problems;
};

// Fonts: every font embedded, with a Unicode map (6.2.11.4, 6.2.11.7).

const fonts: PdfaCheck = ({ doc, pages }) => {
  const problems: string[] = [];
  const seen = new Set<PDFObject>();
  for (const page of pages) {
    const resources = dictOf(doc, page.dict.get(N('Resources')));
    const fontDict = dictOf(doc, resources?.get(N('Font')));
    for (const [key, ref] of fontDict?.entries() ?? []) {
      if (seen.has(ref)) continue;
      seen.add(ref);
      const font = dictOf(doc, ref);
      const label = `font ${key.asString()} (${nameOf(get(doc, font, 'BaseFont')) ?? '?'})`;
      const subtype = nameOf(get(doc, font, 'Subtype'));
      if (subtype === 'Type3') continue;
      if (!font?.has(N('ToUnicode'))) problems.push(`${label} has no ToUnicode map`);
      const descendant =
        subtype === 'Type0' ? dictOf(doc, arrayOf(doc, font?.get(N('DescendantFonts')))[0]) : font;
      const descriptor = dictOf(doc, descendant?.get(N('FontDescriptor')));
      if (!['FontFile', 'FontFile2', 'FontFile3'].some((file) => descriptor?.has(N(file)))) {
        problems.push(`${label} is not embedded`);
      }
      const cidType = nameOf(get(doc, descendant, 'Subtype'));
      if (cidType === 'CIDFontType2' && !descendant?.has(N('CIDToGIDMap'))) {
        problems.push(`${label} has no CIDToGIDMap`);
      }
    }
  }
  if (seen.size === 0) problems.push('no fonts at all: nothing was checked');
  return problems;
};

// Tagging and language (6.8, PDF/UA 7.1, 7.2).

const standardTypes = new Set([
  ...['Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index'],
  ...['NonStruct', 'Private', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'L', 'LI', 'Lbl'],
  ...['LBody', 'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot', 'Span', 'Quote', 'Note'],
  ...['Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu'],
  ...['WT', 'WP', 'Figure', 'Formula', 'Form'],
]);

const languageTag = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

const tagging: PdfaCheck = ({ doc, elements, pages }, expected) => {
  const problems: string[] = [];
  const markInfo = dictOf(doc, doc.catalog.get(N('MarkInfo')));
  const marked = get(doc, markInfo, 'Marked');
  if (!(marked instanceof PDFBool && marked.asBoolean()))
    problems.push('MarkInfo Marked is not true');
  if (!doc.catalog.has(N('StructTreeRoot'))) problems.push('no StructTreeRoot');
  if (elements.length === 0) problems.push('the structure tree is empty');
  const lang = textOf(get(doc, doc.catalog, 'Lang'));
  if (lang !== expected.language)
    problems.push(`catalog /Lang is ${lang}, not ${expected.language}`);
  const viewer = dictOf(doc, doc.catalog.get(N('ViewerPreferences')));
  const display = get(doc, viewer, 'DisplayDocTitle');
  if (!(display instanceof PDFBool && display.asBoolean())) problems.push('DisplayDocTitle unset');
  const roles = dictOf(doc, dictOf(doc, doc.catalog.get(N('StructTreeRoot')))?.get(N('RoleMap')));
  for (const element of elements) {
    const mapped = nameOf(get(doc, roles, element.type)) ?? element.type;
    if (!standardTypes.has(mapped)) problems.push(`structure type ${element.type} is not standard`);
    const elementLang = get(doc, element.dict, 'Lang');
    if (elementLang !== undefined && !languageTag.test(textOf(elementLang) ?? '')) {
      problems.push(`${element.type} has an invalid /Lang`);
    }
  }
  for (const page of pages) {
    for (const shown of page.text) {
      for (const marking of shown.markings) {
        const markedLang = marking.properties['/Lang'];
        if (
          markedLang !== undefined &&
          !languageTag.test(typeof markedLang === 'string' ? markedLang : '')
        ) {
          problems.push(`page ${page.index + 1}: marked content with an invalid /Lang`);
        }
      }
    }
  }
  return problems;
};

// Structure: headings, lists, tables and the table of contents as PDF/UA reads them.

const allowedChildren: Record<string, string[]> = {
  L: ['LI', 'L', 'Caption'],
  LI: ['Lbl', 'LBody'],
  Table: ['TR', 'THead', 'TBody', 'TFoot', 'Caption'],
  THead: ['TR'],
  TBody: ['TR'],
  TFoot: ['TR'],
  TR: ['TH', 'TD'],
  TOC: ['TOCI', 'TOC', 'Caption'],
  TOCI: ['Lbl', 'Reference', 'NonStruct', 'P', 'TOC', 'Link'],
};

function attributeDicts(doc: PDFDocument, element: StructElement): PDFDict[] {
  return arrayOf(doc, element.dict.get(N('A'))).flatMap((a) => dictOf(doc, a) ?? []);
}

const structureRules: PdfaCheck = ({ doc, elements }) => {
  const problems: string[] = [];
  const headings = elements.filter((element) => /^H[1-6]$/.test(element.type));
  if (headings[0]?.type !== 'H1') problems.push(`the first heading is ${headings[0]?.type}`);
  headings.forEach((heading, i) => {
    const level = Number(heading.type.slice(1));
    const previous = Number(headings[i - 1]?.type.slice(1) ?? 0);
    if (level > previous + 1) problems.push(`${heading.type} follows ${headings[i - 1]?.type}`);
  });
  for (const element of elements) {
    const allowed = allowedChildren[element.type];
    for (const child of allowed ? element.children : []) {
      if (!allowed?.includes(child.type)) problems.push(`${child.type} inside ${element.type}`);
    }
    if (element.type === 'TH') {
      const scope = attributeDicts(doc, element).find(
        (a) => nameOf(get(doc, a, 'O')) === 'Table' && a.has(N('Scope')),
      );
      const value = nameOf(get(doc, scope, 'Scope'));
      if (!value || !['Row', 'Column', 'Both'].includes(value)) problems.push('a TH has no Scope');
    }
    if (['L', 'Table', 'TOC'].includes(element.type) && element.children.length === 0) {
      problems.push(`an empty ${element.type}`);
    }
  }
  return problems;
};

// Links: each annotation tagged as a Link element with an OBJR and described (PDF/UA 7.18).

const links: PdfaCheck = ({ doc, pages, elements, byRef, parentTree }) => {
  const problems: string[] = [];
  const claimed = new Set<PDFRef>();
  for (const page of pages) {
    const annots = arrayOf(doc, page.dict.get(N('Annots')));
    if (annots.length > 0 && nameOf(get(doc, page.dict, 'Tabs')) !== 'S') {
      problems.push(`page ${page.index + 1} has annotations but no /Tabs /S`);
    }
    for (const ref of annots) {
      const annot = dictOf(doc, ref);
      const subtype = nameOf(get(doc, annot, 'Subtype'));
      const where = `a ${subtype} annotation on page ${page.index + 1}`;
      const flags = numberOf(get(doc, annot, 'F')) ?? 0;
      // PDF/A: printed, and never hidden, invisible or left out of view.
      if ((flags & 4) === 0 || (flags & (1 | 2 | 32)) !== 0)
        problems.push(`${where}: flags ${flags}`);
      if (subtype !== 'Link') continue;
      if (!textOf(get(doc, annot, 'Contents'))?.trim()) problems.push(`${where} has no /Contents`);
      const key = numberOf(get(doc, annot, 'StructParent'));
      const target = key === undefined ? undefined : parentTree.get(key);
      const element = target instanceof PDFRef ? byRef.get(target) : undefined;
      if (!(ref instanceof PDFRef) || element?.type !== 'Link') {
        problems.push(`${where} has no Link structure element`);
      } else if (!element.objects.includes(ref)) {
        problems.push(`${where}: its Link element has no OBJR to it`);
      } else {
        claimed.add(ref);
      }
    }
  }
  for (const element of elements) {
    if (element.type === 'Link' && element.objects.length === 0) {
      problems.push('a Link element without an annotation (OBJR)');
    }
    if (element.type === 'Link' && element.content.length === 0) {
      problems.push('a Link element with no content of its own');
    }
    for (const object of element.objects) {
      if (!claimed.has(object))
        problems.push(`${element.type} has an OBJR to an unknown annotation`);
    }
    if (element.type === 'TOCI' && !hasDescendant(element, 'Link')) {
      problems.push('a TOC entry without a Link');
    }
  }
  return problems;
};

function hasDescendant(element: StructElement, type: string): boolean {
  return element.children.some((child) => child.type === type || hasDescendant(child, type));
}

// Content: all text tagged or an artifact; running footers are artifacts (PDF/UA 7.1, 7.8).

/** Text lower than this on the page is in the running footer, below the body's margin. */
const footerZone = 60;

const artifacts: PdfaCheck = ({ doc, pages, byRef, parentTree }) => {
  const problems: string[] = [];
  for (const page of pages) {
    const where = `page ${page.index + 1}`;
    const key = numberOf(get(doc, page.dict, 'StructParents'));
    const owners = arrayOf(doc, key === undefined ? undefined : parentTree.get(key));
    let pagination = 0;
    for (const shown of page.text) {
      const artifact = shown.markings.find((m) => m.tag === '/Artifact');
      const tagged = shown.markings.find((m) => typeof m.properties['/MCID'] === 'number');
      if (artifact && tagged) problems.push(`${where}: tagged content inside an artifact`);
      if (!artifact && !tagged) problems.push(`${where}: text neither tagged nor an artifact`);
      if (artifact?.properties['/Type'] === '/Pagination') pagination++;
      if (shown.y < footerZone && artifact?.properties['/Type'] !== '/Pagination') {
        problems.push(`${where}: footer text is not a Pagination artifact`);
      }
      if (tagged) {
        const mcid = Number(tagged.properties['/MCID']);
        const owner = owners[mcid];
        const element = owner instanceof PDFRef ? byRef.get(owner) : undefined;
        const listed = element?.content.some(
          (c) => c.mcid === mcid && (c.page === undefined || c.page === page.ref),
        );
        if (!listed) problems.push(`${where}: MCID ${mcid} belongs to no structure element`);
      }
    }
    // The title page alone goes unnumbered.
    if (page.index > 0 && pagination === 0) problems.push(`${where}: no page number artifact`);
  }
  return problems;
};

export const pdfaChecks = {
  metadata,
  outputIntent,
  fonts,
  tagging,
  structure: structureRules,
  links,
  artifacts,
} satisfies Record<string, PdfaCheck>;
