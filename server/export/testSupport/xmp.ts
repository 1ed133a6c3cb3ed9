/**
 * A namespace-aware reader for XMP packets, so tests compare properties by namespace URI and
 * decoded value as a PDF/A validator does, not by how a renderer happened to spell them.
 * Enough XML for XMP (elements, attributes, text, the predefined and numeric references,
 * comments and processing instructions); anything else, or a tag closed out of order, throws.
 */

export const namespaces = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  xmp: 'http://ns.adobe.com/xap/1.0/',
  pdf: 'http://ns.adobe.com/pdf/1.3/',
  pdfaid: 'http://www.aiim.org/pdfa/ns/id/',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

export interface XmlElement {
  ns: string;
  local: string;
  /** Keyed by "namespace-uri local-name"; unprefixed attributes have no namespace. */
  attributes: Map<string, string>;
  children: XmlElement[];
  text: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  if (/&(?!#x[0-9a-fA-F]+;|#[0-9]+;|\w+;)/.test(text)) throw new Error('bare & in text');
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|\w+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    const value = entities[ref];
    if (value === undefined) throw new Error(`unknown entity ${whole}`);
    return value;
  });
}

const tag =
  /<(\/?)([A-Za-z_][-\w.:]*)((?:\s+[A-Za-z_][-\w.:]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const attribute = /([A-Za-z_][-\w.:]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;

interface Open {
  element: XmlElement;
  name: string;
  scope: Map<string, string>;
}

function resolve(name: string, scope: Map<string, string>, isAttribute: boolean): [string, string] {
  const colon = name.indexOf(':');
  if (colon < 0) return [isAttribute ? '' : (scope.get('') ?? ''), name];
  const prefix = name.slice(0, colon);
  const ns = prefix === 'xml' ? namespaces.xml : scope.get(prefix);
  if (ns === undefined) throw new Error(`undeclared namespace prefix ${prefix}`);
  return [ns, name.slice(colon + 1)];
}

export function parseXml(xml: string): XmlElement {
  const stack: Open[] = [];
  let root: XmlElement | null = null;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    const top = stack[stack.length - 1];
    if (top) top.element.text += decode(text);
    else if (text.trim() !== '' && text.trim() !== '\ufeff') throw new Error('text outside root');
    if (lt < 0) break;
    i = lt;
    for (const [open, close] of [
      ['<?', '?>'],
      ['<!--', '-->'],
    ] as const) {
      if (xml.startsWith(open, i)) {
        const end = xml.indexOf(close, i);
        if (end < 0) throw new Error(`unclosed ${open}`);
        i = end + close.length;
      }
    }
    if (i !== lt) continue;
    tag.lastIndex = i;
    const match = tag.exec(xml);
    if (!match) throw new Error(`malformed markup at ${i}: ${xml.slice(i, i + 30)}`);
    i = tag.lastIndex;
    const [, closing, name = '', attrs = '', selfClosing] = match;
    if (closing) {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name ?? ''}>`);
      continue;
    }
    const scope = new Map(top?.scope ?? []);
    const raw = [...attrs.matchAll(attribute)].map((a) => [a[1] ?? '', decode(a[2] ?? a[3] ?? '')]);
    for (const [key, value] of raw) {
      if (key === 'xmlns') scope.set('', value ?? '');
      else if (key?.startsWith('xmlns:')) scope.set(key.slice(6), value ?? '');
    }
    const [ns, local] = resolve(name, scope, false);
    const element: XmlElement = { ns, local, attributes: new Map(), children: [], text: '' };
    for (const [key = '', value = ''] of raw) {
      if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
      const [attrNs, attrLocal] = resolve(key, scope, true);
      const id = `${attrNs} ${attrLocal}`;
      if (element.attributes.has(id)) throw new Error(`repeated attribute ${key}`);
      element.attributes.set(id, value);
    }
    if (top) top.element.children.push(element);
    else if (root) throw new Error('second root element');
    else root = element;
    if (!selfClosing) stack.push({ element, name, scope });
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1]?.name ?? ''}>`);
  if (!root) throw new Error('no root element');
  return root;
}

function descendants(element: XmlElement): XmlElement[] {
  return element.children.flatMap((child) => [child, ...descendants(child)]);
}

/**
 * The values of one XMP property from every rdf:Description, as written either as a child
 * element or as an attribute: a simple value, or the items of its rdf:Alt, rdf:Seq or rdf:Bag
 * (language alternatives as "lang|value", so a test can ask for x-default).
 */
export function xmpProperty(packet: XmlElement, ns: string, local: string): string[][] {
  const out: string[][] = [];
  const descriptions = descendants(packet).filter(
    (e) => e.ns === namespaces.rdf && e.local === 'Description',
  );
  for (const description of descriptions) {
    const attr = description.attributes.get(`${ns} ${local}`);
    if (attr !== undefined) out.push([attr]);
    for (const property of description.children) {
      if (property.ns !== ns || property.local !== local) continue;
      const container = property.children.find(
        (c) => c.ns === namespaces.rdf && ['Alt', 'Seq', 'Bag'].includes(c.local),
      );
      if (!container) {
        out.push([property.text]);
        continue;
      }
      out.push(
        container.children.map((li) => {
          const lang = li.attributes.get(`${namespaces.xml} lang`);
          return container.local === 'Alt' ? `${lang ?? ''}|${li.text}` : li.text;
        }),
      );
    }
  }
  return out;
}
