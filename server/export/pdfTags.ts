/// <reference types="pdfkit" />

/**
 * Tagging pdfkit (0.17.2) has no API for: attributes on a structure element (a header cell's
 * Scope) and Link elements that own their annotations (an OBJR each, and the annotation's
 * StructParent pointing back), which PDF/UA needs for every link. Both reach into pdfkit's
 * internals; a pdfkit that renamed them makes `internals` throw, and the export tests with it,
 * rather than quietly writing untagged links again.
 */

interface Reference {
  data: Record<string, unknown>;
  end: (this: Reference, chunk?: unknown) => void;
}

interface ElementInternals {
  dictionary: Reference;
}

interface DocumentInternals {
  page: { dictionary: Reference; annotations: Reference[] };
  annotate: (
    this: DocumentInternals,
    x: number,
    y: number,
    w: number,
    h: number,
    options: Record<string, unknown>,
  ) => unknown;
  createStructParentTreeNextKey(): number;
  getStructParentTree(): { add(key: number, value: unknown): void };
}

function internals(doc: PDFKit.PDFDocument): DocumentInternals {
  const inner = doc as unknown as Partial<DocumentInternals>;
  if (
    typeof inner.annotate !== 'function' ||
    typeof inner.createStructParentTreeNextKey !== 'function' ||
    typeof inner.getStructParentTree !== 'function'
  ) {
    throw new Error('pdfkit no longer has the internals links are tagged with: check pdfTags');
  }
  return inner as DocumentInternals;
}

function dictionary(element: PDFKit.PDFStructureElement): Reference {
  const ref = (element as unknown as Partial<ElementInternals>).dictionary;
  if (!ref || typeof ref.end !== 'function') {
    throw new Error('pdfkit structure elements no longer have a dictionary: check pdfTags');
  }
  return ref;
}

/**
 * Marks a header cell as heading its column (or row) for assistive technology. Call before
 * the cell is added to an attached parent: pdfkit writes an element out as soon as it can.
 */
export function headerScope(cell: PDFKit.PDFStructureElement, scope: 'Column' | 'Row'): void {
  dictionary(cell).data.A = { O: 'Table', Scope: scope };
}

/**
 * A Link element around what `draw` writes, owning every link annotation `draw` makes (through
 * `doc.goTo`, `doc.link` or text with a `link` option): each gets `contents` as its description,
 * a StructParent pointing at the element, and an OBJR in the element's kids. `draw` runs when the
 * element is added to an attached parent, on the page the annotations belong to.
 */
export function linkElement(
  doc: PDFKit.PDFDocument,
  contents: string,
  draw: () => void,
): PDFKit.PDFStructureElement {
  const inner = internals(doc);
  const owned: { annotation: Reference; page: Reference }[] = [];
  const element = doc.struct('Link', {}, () => {
    const annotate = inner.annotate;
    inner.annotate = function (x, y, w, h, options) {
      if (options.Subtype === 'Link') {
        const key = inner.createStructParentTreeNextKey();
        inner.getStructParentTree().add(key, ref);
        options.StructParent = key;
        options.Contents = new String(contents);
      }
      const result = annotate.call(this, x, y, w, h, options);
      const annotation = inner.page.annotations[inner.page.annotations.length - 1];
      if (options.Subtype === 'Link' && annotation) {
        owned.push({ annotation, page: inner.page.dictionary });
      }
      return result;
    };
    try {
      draw();
    } finally {
      inner.annotate = annotate;
    }
  });
  const ref = dictionary(element);
  const end = ref.end;
  // pdfkit fills in the element's kids (its marked content) just before writing it out.
  ref.end = function (this: Reference, chunk?: unknown): void {
    const kids = Array.isArray(this.data.K) ? this.data.K : [];
    for (const { annotation, page } of owned)
      kids.push({ Type: 'OBJR', Obj: annotation, Pg: page });
    this.data.K = kids;
    end.call(this, chunk);
  };
  return element;
}
