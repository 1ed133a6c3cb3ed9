/** A structure element of a tagged PDF: its type and its child elements, in order. */
export interface StructNode {
  type: string;
  children: StructNode[];
}

/**
 * The structure tree of a PDF as pdfkit writes it (plain, uncompressed object dictionaries),
 * from the StructTreeRoot down: enough to check tags and their reading order in tests.
 */
export function structureTree(pdf: Buffer): StructNode[] {
  const text = pdf.toString('latin1');
  const objects = new Map<number, string>();
  for (const match of text.matchAll(/(\d+) 0 obj\n([\s\S]*?)\nendobj/g)) {
    objects.set(Number(match[1]), match[2] ?? '');
  }
  const kids = (body: string): number[] => {
    const k = /\/K (\[[\s\S]*?\]|\d+ 0 R)/.exec(body)?.[1] ?? '';
    return [...k.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  };
  const node = (id: number): StructNode | null => {
    const body = objects.get(id);
    const type = body ? /\/S \/(\w+)/.exec(body)?.[1] : undefined;
    if (!body || !type) return null;
    return { type, children: kids(body).flatMap((kid) => node(kid) ?? []) };
  };
  const root = [...objects.values()].find((body) => body.includes('/Type /StructTreeRoot'));
  return root ? kids(root).flatMap((kid) => node(kid) ?? []) : [];
}
