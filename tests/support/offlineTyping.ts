import * as Y from 'yjs';
import { purposeFragment } from '../../shared/plan/planDoc';
import { writeParagraphs } from '../../shared/plan/richText';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzæøå ,.';

/**
 * The text a person types into: the plan's purpose (rich text, a paragraph's Y.XmlText, as the
 * editor stores it), made once when the plan has none.
 */
export function purposeText(doc: Y.Doc): Y.XmlText {
  const fragment = purposeFragment(doc);
  if (fragment.length === 0) writeParagraphs(fragment, ['Føremål: ']);
  const paragraph = fragment.get(0);
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  if (!(text instanceof Y.XmlText)) throw new Error('the purpose has no text to type into');
  return text;
}

/**
 * `edits` keystrokes as typing makes them, each its own transaction: mostly a few characters at
 * the end, sometimes at another place, sometimes a backspace.
 */
export function typeEdits(text: Y.XmlText, edits: number, random: () => number): void {
  for (let i = 0; i < edits; i++) {
    const roll = random();
    if (roll < 0.05 && text.length > 1) {
      text.delete(text.length - 1, 1);
      continue;
    }
    const at = roll < 0.85 ? text.length : Math.floor(random() * (text.length + 1));
    let typed = '';
    for (let n = 1 + Math.floor(random() * 4); n > 0; n--)
      typed += LETTERS[Math.floor(random() * LETTERS.length)];
    text.insert(at, typed);
  }
}
