/**
 * A reader for page content streams: the operators in order, each with its operands, and for
 * every text-showing operator where it sits (the marked-content sequences around it and the
 * height on the page it is drawn at). Enough to tell tagged text from artifacts the way a
 * PDF/UA checker does; inline images and Type 3 fonts are not handled (the renderers draw none).
 */

export type Operand = number | string | Operand[] | { [key: string]: Operand };

export interface Operation {
  operator: string;
  operands: Operand[];
}

const delimiters = '()<>[]{}/%';
const isSpace = (c: string | undefined): boolean => c !== undefined && ' \t\r\n\f\0'.includes(c);
const isRegular = (c: string | undefined): boolean =>
  c !== undefined && !isSpace(c) && !delimiters.includes(c);

/** Names become "/Name", strings their bytes as latin1 (glyph ids are not decoded). */
export function operations(content: string): Operation[] {
  let i = 0;
  const out: Operation[] = [];
  const skipSpace = (): void => {
    while (i < content.length) {
      if (isSpace(content[i])) i++;
      else if (content[i] === '%') while (i < content.length && content[i] !== '\n') i++;
      else return;
    }
  };
  const literal = (): string => {
    let depth = 1;
    let text = '';
    i++;
    while (i < content.length && depth > 0) {
      const c = content[i++] ?? '';
      if (c === '\\') {
        text += content[i++] ?? '';
        continue;
      }
      if (c === '(') depth++;
      if (c === ')') depth--;
      if (depth > 0) text += c;
    }
    return text;
  };
  const value = (): Operand | { operator: string } => {
    skipSpace();
    const c = content[i];
    if (c === '(') return literal();
    if (c === '[') {
      i++;
      const items: Operand[] = [];
      for (skipSpace(); content[i] !== ']' && i < content.length; skipSpace()) {
        const item = value();
        if (typeof item === 'object' && 'operator' in item) throw new Error('operator in array');
        items.push(item);
      }
      i++;
      return items;
    }
    if (content.startsWith('<<', i)) {
      i += 2;
      const dict: Record<string, Operand> = {};
      for (skipSpace(); !content.startsWith('>>', i) && i < content.length; skipSpace()) {
        const key = value();
        const val = value();
        if (typeof key !== 'string' || (typeof val === 'object' && 'operator' in val)) {
          throw new Error('malformed dictionary');
        }
        dict[key] = val;
      }
      i += 2;
      return dict;
    }
    if (c === '<') {
      const end = content.indexOf('>', i);
      const hex = content.slice(i + 1, end).replace(/\s/g, '');
      i = end + 1;
      return Buffer.from(hex, 'hex').toString('latin1');
    }
    if (c === '/') {
      const start = i++;
      while (isRegular(content[i])) i++;
      return content.slice(start, i);
    }
    const start = i;
    while (isRegular(content[i])) i++;
    if (i === start) throw new Error(`unexpected ${c ?? 'end'} at ${i}`);
    const word = content.slice(start, i);
    return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) ? Number(word) : { operator: word };
  };
  let operands: Operand[] = [];
  for (skipSpace(); i < content.length; skipSpace()) {
    const token = value();
    if (typeof token === 'object' && 'operator' in token && typeof token.operator === 'string') {
      out.push({ operator: token.operator, operands });
      operands = [];
    } else {
      operands.push(token);
    }
  }
  return out;
}

/** One marked-content sequence: its tag and, from BDC, its properties (MCID, Type, Lang…). */
export interface Marking {
  tag: string;
  properties: { [key: string]: Operand };
}

export interface ShownText {
  operator: string;
  /** Outermost first. */
  markings: Marking[];
  /** The baseline's height above the page's bottom edge, in points. */
  y: number;
}

type Matrix = [number, number, number, number, number, number];
const identity: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

const nameOperand = (operand: Operand | undefined): string =>
  typeof operand === 'string' ? operand : '';

const numbers = (operands: Operand[]): Matrix => operands.map(Number) as Matrix;

/** Every text-showing operator in a content stream, where it is drawn and what marks it. */
export function shownText(content: string): ShownText[] {
  const out: ShownText[] = [];
  const markings: Marking[] = [];
  const saved: Matrix[] = [];
  let ctm: Matrix = identity;
  let line: Matrix = identity;
  for (const { operator, operands } of operations(content)) {
    switch (operator) {
      case 'q':
        saved.push(ctm);
        break;
      case 'Q':
        ctm = saved.pop() ?? identity;
        break;
      case 'cm':
        ctm = multiply(numbers(operands), ctm);
        break;
      case 'BT':
        line = identity;
        break;
      case 'Tm':
        line = numbers(operands);
        break;
      case 'Td':
      case 'TD':
        line = multiply([1, 0, 0, 1, Number(operands[0]), Number(operands[1])], line);
        break;
      case 'BMC':
        markings.push({ tag: nameOperand(operands[0]), properties: {} });
        break;
      case 'BDC': {
        const properties = operands[1];
        markings.push({
          tag: nameOperand(operands[0]),
          properties:
            typeof properties === 'object' && !Array.isArray(properties) ? properties : {},
        });
        break;
      }
      case 'EMC':
        if (!markings.pop()) throw new Error('EMC without a marked-content sequence');
        break;
      case 'Tj':
      case 'TJ':
      case "'":
      case '"':
        out.push({ operator, markings: [...markings], y: multiply(line, ctm)[5] });
        break;
    }
  }
  if (markings.length > 0) throw new Error('marked-content sequence left open');
  return out;
}
