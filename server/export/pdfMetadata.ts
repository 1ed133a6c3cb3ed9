/// <reference types="pdfkit" />

const xmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

function escapeXml(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(/[&<>"']/g, (c) => xmlEntities[c] ?? c) : value;
}

/** The part of pdfkit's document that writes the XMP packet; not in its published types. */
interface InfoWriter {
  info: Record<string, unknown>;
  _addInfo?: () => void;
}

/**
 * pdfkit (0.17.2) copies Title, Author, Subject, Keywords and Creator into the XMP metadata
 * without escaping them: a title such as "Kultur & idrett" makes the packet malformed XML,
 * which breaks PDF/A, and a title with markup could add XMP properties of its own (even a false
 * PDF/A claim). The Info dictionary is written first, from the raw values; this escapes the
 * values only while the XMP copy is written, so both say the same thing. A pdfkit that renamed
 * `_addInfo` makes this throw, and the export tests with it, rather than quietly go wrong again.
 */
export function escapeXmpInfo(doc: PDFKit.PDFDocument): void {
  const writer = doc as unknown as InfoWriter;
  const original = writer._addInfo;
  if (typeof original !== 'function') {
    throw new Error('pdfkit no longer has _addInfo: check how it writes XMP metadata');
  }
  writer._addInfo = function (this: InfoWriter): void {
    const raw = this.info;
    this.info = Object.fromEntries(
      Object.entries(raw).map(([key, value]) => [key, escapeXml(value)]),
    );
    try {
      original.call(this);
    } finally {
      this.info = raw;
    }
  };
}
