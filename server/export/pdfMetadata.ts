/// <reference types="pdfkit" />

const xmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => xmlEntities[c] ?? c);
}

/** The document information PDF/A requires to be the same in the Info dictionary and in XMP. */
export interface DocumentInfo {
  Title: string;
  Author: string;
  Subject: string;
  Keywords?: string;
  Creator: string;
  Producer: string;
  CreationDate: Date;
  ModDate: Date;
}

/** What the Info dictionary should say for a document `creator` made at `now`. */
export function documentInfo(
  fields: { title: string; author: string; subject: string; creator: string },
  now: Date,
): DocumentInfo {
  return {
    Title: fields.title,
    Author: fields.author,
    Subject: fields.subject,
    // The application that made the content also wrote the file: one name for both.
    Creator: fields.creator,
    Producer: fields.creator,
    CreationDate: now,
    ModDate: now,
  };
}

/** In UTC, to the second, as pdfkit writes Info dates ("D:…Z"): the same instant and zone. */
function xmpDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * The XMP properties for each Info key a PDF/A validator compares (ISO 19005-2, 6.6.3), every
 * value escaped: a title such as "Kultur & idrett" must not make the packet malformed, and a
 * title with markup must not add XMP properties of its own (even a false PDF/A claim).
 */
export function xmpInfo(info: DocumentInfo): string {
  const alt = (value: string) =>
    `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(value)}</rdf:li></rdf:Alt>`;
  const properties = [
    info.Title && `<dc:title>${alt(info.Title)}</dc:title>`,
    info.Author &&
      `<dc:creator><rdf:Seq><rdf:li>${escapeXml(info.Author)}</rdf:li></rdf:Seq></dc:creator>`,
    info.Subject && `<dc:description>${alt(info.Subject)}</dc:description>`,
    info.Keywords && `<pdf:Keywords>${escapeXml(info.Keywords)}</pdf:Keywords>`,
    `<xmp:CreatorTool>${escapeXml(info.Creator)}</xmp:CreatorTool>`,
    `<pdf:Producer>${escapeXml(info.Producer)}</pdf:Producer>`,
    `<xmp:CreateDate>${xmpDate(info.CreationDate)}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${xmpDate(info.ModDate)}</xmp:ModifyDate>`,
  ].filter((property) => property !== '' && property !== undefined);
  return [
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    ...properties.map((property) => `  ${property}`),
    '</rdf:Description>',
  ].join('\n');
}

interface Reference {
  compress: boolean;
  write(chunk: Buffer): void;
  end(): void;
}

/** The parts of pdfkit's document that write the XMP packet; not in its published types. */
interface MetadataWriter {
  info: DocumentInfo;
  metadata: { end(): void; getXML(): string };
  _root: { data: Record<string, unknown> };
  ref(data: Record<string, unknown>): Reference;
  appendXML(xml: string): void;
  _addInfo?: () => void;
  endMetadata?: () => void;
}

/**
 * pdfkit (0.17.2) writes its own XMP copy of the Info dictionary, and gets it wrong for PDF/A:
 * pdf:Producer is set from Creator (the Info dictionary says Producer), ModDate is left out,
 * nothing is escaped, and the metadata stream gets a stray lowercase `/length` key holding a
 * count of UTF-16 units. This replaces both steps, so the packet says what `doc.info` says. A
 * pdfkit that renamed either makes this throw, and the export tests with it.
 */
export function matchXmpToInfo(doc: PDFKit.PDFDocument): void {
  const writer = doc as unknown as MetadataWriter;
  if (typeof writer._addInfo !== 'function' || typeof writer.endMetadata !== 'function') {
    throw new Error('pdfkit no longer has _addInfo/endMetadata: check how it writes XMP');
  }
  writer._addInfo = function (this: MetadataWriter): void {
    this.appendXML(xmpInfo(this.info));
  };
  writer.endMetadata = function (this: MetadataWriter): void {
    this._addInfo?.();
    this.metadata.end();
    const stream = this.ref({ Type: 'Metadata', Subtype: 'XML' });
    // Left uncompressed, so tools that do not inflate streams still find the packet.
    stream.compress = false;
    stream.write(Buffer.from(this.metadata.getXML(), 'utf8'));
    stream.end();
    this._root.data.Metadata = stream;
  };
}
