/**
 * A strict well-formedness check for XML 1.0 as renderers write it (no DTD): one root element,
 * tags closed in order, attributes quoted and not repeated, `<` never in text or values, `&` only
 * as a predefined or numeric reference. Throws with the position of the first problem.
 */
const name = '[A-Za-z_:][-A-Za-z0-9_:.]*';
const reference = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/y;
const startTag = new RegExp(
  `<(${name})((?:\\s+${name}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`,
  'y',
);
const attribute = new RegExp(`(${name})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g');
const endTag = new RegExp(`</(${name})\\s*>`, 'y');

function checkText(text: string, at: number): void {
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    reference.lastIndex = i;
    if (!reference.test(text)) throw new Error(`bare & at ${at + i}: ${text.slice(i, i + 20)}`);
  }
}

export function assertWellFormedXml(xml: string): void {
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const skip = (open: string, close: string): boolean => {
    if (!xml.startsWith(open, i)) return false;
    const end = xml.indexOf(close, i + open.length);
    if (end < 0) throw new Error(`unclosed ${open} at ${i}`);
    i = end + close.length;
    return true;
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (stack.length === 0 && text.trim() !== '') throw new Error(`text outside the root at ${i}`);
    checkText(text, i);
    if (lt < 0) break;
    i = lt;
    if (skip('<?', '?>') || skip('<!--', '-->') || skip('<![CDATA[', ']]>')) continue;
    endTag.lastIndex = i;
    const end = endTag.exec(xml);
    if (end) {
      const open = stack.pop();
      if (open !== end[1]) throw new Error(`</${end[1]}> at ${i} closes <${open ?? ''}>`);
      i = endTag.lastIndex;
      continue;
    }
    startTag.lastIndex = i;
    const start = startTag.exec(xml);
    if (!start) throw new Error(`malformed markup at ${i}: ${xml.slice(i, i + 40)}`);
    const seen = new Set<string>();
    for (const [, key, double, single] of (start[2] ?? '').matchAll(attribute)) {
      if (seen.has(key ?? '')) throw new Error(`repeated attribute ${key ?? ''} at ${i}`);
      seen.add(key ?? '');
      checkText(double ?? single ?? '', i);
    }
    if (stack.length === 0 && ++roots > 1) throw new Error(`second root element at ${i}`);
    if (start[3] !== '/') stack.push(start[1] ?? '');
    i = startTag.lastIndex;
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('> <')}>`);
  if (roots !== 1) throw new Error('no root element');
}
