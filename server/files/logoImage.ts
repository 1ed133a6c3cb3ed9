import { LogoLimits } from '../../shared/api/planIdentity';

/**
 * The municipality's logo: a PNG or an SVG, checked before it is stored. A PNG is judged by its
 * bytes (file-type) and its header's size. An SVG is hostile until shown otherwise: it is
 * accepted only when it parses as strict XML into SVG drawing elements alone, with no script,
 * no foreignObject or other embedded document, no event handler, no DOCTYPE or entity, and no
 * reference outside itself (links, images, styles and CSS `url()` may point only inside the
 * file, `#id`). It is then served as an image (`<img>`, which runs nothing) with `nosniff` and a
 * sandbox CSP, and embedded in DOCX files as is.
 */

export { LogoLimits };

export type LogoKind = 'png' | 'svg';

export type LogoCheck =
  | { ok: true; kind: LogoKind; width: number; height: number }
  | { ok: false; reason: 'too-large' | 'not-an-image' | 'too-many-pixels' | 'unsafe-svg'; detail: string };

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** Drawing elements only: no script, foreignObject, image, a, animate/set, iframe, feImage … */
const SVG_ELEMENTS = new Set([
  'svg', 'g', 'defs', 'title', 'desc', 'metadata', 'symbol', 'use', 'switch',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'textPath',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker', 'style',
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feDropShadow',
  'feFlood', 'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feMerge',
  'feMergeNode', 'feMorphology', 'feOffset',
]);

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

class UnsafeSvg extends Error {}

function decode(text: string): string {
  return text.replace(/&([^;]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new UnsafeSvg('a bare "&"');
    let code: number | undefined;
    if (/^#x[0-9a-fA-F]{1,6}$/.test(ref)) code = parseInt(ref.slice(2), 16);
    else if (/^#[0-9]{1,7}$/.test(ref)) code = parseInt(ref.slice(1), 10);
    else if (entities[ref] !== undefined) return entities[ref];
    if (code === undefined || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code === 0) {
      throw new UnsafeSvg(`the reference ${whole}`);
    }
    return String.fromCodePoint(code);
  });
}

/** CSS (a style attribute or element) that loads nothing and cannot hide what it says. */
function checkCss(css: string, where: string): void {
  // Escapes could spell "url" or "@import" so the checks below miss them.
  if (css.includes('\\')) throw new UnsafeSvg(`a CSS escape in ${where}`);
  if (/@import|expression\s*\(|javascript:|-moz-binding|behavior\s*:/i.test(css)) {
    throw new UnsafeSvg(`active CSS in ${where}`);
  }
  for (const match of css.matchAll(/url\s*\(\s*(['"]?)([^'")]*)/gi)) {
    if (!(match[2] ?? '').trim().startsWith('#')) throw new UnsafeSvg(`an outside url() in ${where}`);
  }
}

const NAME = '[A-Za-z_][-A-Za-z0-9_.]*(?::[A-Za-z_][-A-Za-z0-9_.]*)?';
const startTag = new RegExp(`<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`, 'y');
const attributePattern = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g');
const endTag = new RegExp(`</(${NAME})\\s*>`, 'y');

function checkAttribute(element: string, name: string, value: string): void {
  const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
  if (/^on/i.test(local)) throw new UnsafeSvg(`the event handler ${name} on <${element}>`);
  if (name === 'xmlns' && value !== SVG_NS) throw new UnsafeSvg(`the namespace ${value}`);
  if (name === 'xmlns:xlink' && value !== XLINK_NS) throw new UnsafeSvg(`xmlns:xlink="${value}"`);
  // Any prefix may be bound to XLink: every "href" is checked, whatever its prefix.
  if (local.toLowerCase() === 'href' && !value.trim().startsWith('#')) {
    throw new UnsafeSvg(`a link outside the file on <${element}>`);
  }
  if (name.startsWith('xmlns')) return;
  if (/^(style|fill|stroke|filter|clip-path|mask|marker-start|marker-mid|marker-end|cursor)$/.test(local) || /url\s*\(/i.test(value)) {
    checkCss(value, `${name} on <${element}>`);
  }
  if (/javascript:|data:|vbscript:/i.test(value.replace(/\s+/g, ''))) {
    throw new UnsafeSvg(`a script or data address in ${name} on <${element}>`);
  }
}

/** A length as SVG's width/height give it, in CSS pixels; null for percentages or nothing. */
function length(value: string | undefined): number | null {
  const match = /^\s*([0-9]*\.?[0-9]+)\s*(px|pt|mm|cm|in)?\s*$/.exec(value ?? '');
  if (!match) return null;
  const scale = { px: 1, pt: 4 / 3, mm: 96 / 25.4, cm: 96 / 2.54, in: 96 }[match[2] ?? 'px'] ?? 1;
  const number = Number(match[1]) * scale;
  return number > 0 && Number.isFinite(number) ? number : null;
}

function svgSize(attributes: Map<string, string>): { width: number; height: number } {
  const box = (attributes.get('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  const boxWidth = box.length === 4 && box[2]! > 0 ? box[2]! : null;
  const boxHeight = box.length === 4 && box[3]! > 0 ? box[3]! : null;
  const width = length(attributes.get('width')) ?? boxWidth;
  const height = length(attributes.get('height')) ?? boxHeight;
  if (width === null || height === null) {
    throw new UnsafeSvg('no size: give the <svg> a viewBox or a width and height');
  }
  return { width, height };
}

/**
 * Parses `text` strictly and checks every element and attribute; throws UnsafeSvg with what
 * it refused. Comments are allowed, and an XML declaration at the very start; nothing else that
 * is not an element or text (no DOCTYPE, entity, CDATA or processing instruction).
 */
function checkSvgText(text: string): { width: number; height: number } {
  const stack: string[] = [];
  let size: { width: number; height: number } | null = null;
  let i = text.startsWith('\ufeff') ? 1 : 0;
  const declaration = /<\?xml\s[^?<>]*\?>/y;
  declaration.lastIndex = i;
  if (declaration.test(text)) i = declaration.lastIndex;
  let styleText = '';
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chars = text.slice(i, lt < 0 ? text.length : lt);
    if (stack.length === 0 && chars.trim() !== '') throw new UnsafeSvg('text outside the <svg> element');
    const decoded = decode(chars);
    if (stack[stack.length - 1] === 'style') styleText += decoded;
    if (lt < 0) break;
    i = lt;
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) throw new UnsafeSvg('an unclosed comment');
      i = end + 3;
      continue;
    }
    if (text.startsWith('<!', i) || text.startsWith('<?', i)) {
      throw new UnsafeSvg(`${text.slice(i, i + 9)}…: no DOCTYPE, entity, CDATA or processing instruction`);
    }
    endTag.lastIndex = i;
    const end = endTag.exec(text);
    if (end) {
      const open = stack.pop();
      if (open !== end[1]) throw new UnsafeSvg(`</${end[1]}> closes <${open ?? ''}>`);
      if (open === 'style') {
        checkCss(styleText, '<style>');
        styleText = '';
      }
      i = endTag.lastIndex;
      continue;
    }
    startTag.lastIndex = i;
    const start = startTag.exec(text);
    if (!start) throw new UnsafeSvg(`malformed markup: ${text.slice(i, i + 30)}`);
    i = startTag.lastIndex;
    const [, element = '', rawAttributes = '', selfClosing] = start;
    if (stack.length === 0 && size !== null) throw new UnsafeSvg('a second root element');
    if (!SVG_ELEMENTS.has(element)) throw new UnsafeSvg(`the element <${element}>`);
    if (stack.length === 0 && element !== 'svg') throw new UnsafeSvg('the root element is not <svg>');
    const attributes = new Map<string, string>();
    for (const match of rawAttributes.matchAll(attributePattern)) {
      const name = match[1] ?? '';
      if (attributes.has(name)) throw new UnsafeSvg(`the attribute ${name} twice`);
      const value = decode(match[2] ?? match[3] ?? '');
      checkAttribute(element, name, value);
      attributes.set(name, value);
    }
    if (stack.length === 0) {
      if (attributes.get('xmlns') !== SVG_NS) throw new UnsafeSvg('the <svg> element has no SVG namespace');
      size = svgSize(attributes);
    }
    if (!selfClosing) stack.push(element);
  }
  if (stack.length > 0) throw new UnsafeSvg(`<${stack[stack.length - 1] ?? ''}> is not closed`);
  if (!size) throw new UnsafeSvg('no <svg> element');
  return size;
}

function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  // The signature (8 bytes), then the IHDR chunk: length, "IHDR", width, height.
  if (bytes.length < 24) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Whether the bytes are an SVG document at all (for readUpload): the strict check comes after. */
export function looksLikeSvg(bytes: Uint8Array): 'svg' | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('utf8');
  return /<svg[\s>]/.test(head) ? 'svg' : null;
}

export async function checkLogo(bytes: Uint8Array): Promise<LogoCheck> {
  if (bytes.length > LogoLimits.maxBytes) {
    return { ok: false, reason: 'too-large', detail: `larger than ${LogoLimits.maxBytes} bytes` };
  }
  // Loaded on the first upload, not at start-up: an idle server never needs file-type (issue #16).
  const detected = await (await import('file-type')).fileTypeFromBuffer(bytes);
  if (detected?.mime === 'image/png') {
    const size = pngSize(bytes);
    if (!size || size.width === 0 || size.height === 0) {
      return { ok: false, reason: 'not-an-image', detail: 'a PNG without a readable size' };
    }
    if (size.width > LogoLimits.maxPixels || size.height > LogoLimits.maxPixels) {
      return {
        ok: false,
        reason: 'too-many-pixels',
        detail: `${size.width} × ${size.height} pixels; at most ${LogoLimits.maxPixels} each way`,
      };
    }
    return { ok: true, kind: 'png', ...size };
  }
  if (detected && detected.mime !== 'application/xml') {
    return { ok: false, reason: 'not-an-image', detail: `a ${detected.mime} file` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not-an-image', detail: 'neither a PNG nor UTF-8 text' };
  }
  if (looksLikeSvg(bytes) === null) {
    return { ok: false, reason: 'not-an-image', detail: 'neither a PNG nor an SVG' };
  }
  try {
    return { ok: true, kind: 'svg', ...checkSvgText(text) };
  } catch (error) {
    if (error instanceof UnsafeSvg) return { ok: false, reason: 'unsafe-svg', detail: error.message };
    throw error;
  }
}
