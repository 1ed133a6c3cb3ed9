import { PRESENCE_COLORS as PALETTE } from '../../../shared/presence/palette';

/** A colour per author (the same on every screen), dark enough for text on the page background. */
export function authorColor(personId: string): string {
  let hash = 0;
  for (let i = 0; i < personId.length; i++) hash = (hash * 31 + personId.charCodeAt(i)) | 0;
  return PALETTE[Math.abs(hash) % PALETTE.length]!;
}

export interface InsertLook {
  /** Set for a stored suggestion: clicking it chooses it in the panel. */
  id?: string;
  color?: string | null;
  title?: string;
  own?: boolean;
  active?: boolean;
}

/**
 * A suggested insertion as drawn inside the text: underlined (never colour alone), its words
 * preceded by a visually hidden "suggested insertion:" so a screen reader says what it is. The
 * label sits beside the <ins>, not in it, so the <ins> box is only its words (what a pointer,
 * or a test, aims at).
 */
export function insertElement(label: string, text: string, look: InsertLook): HTMLElement {
  const widget = document.createElement('span');
  const ins = document.createElement('ins');
  ins.className = ['suggestion', 'suggestion-insert', look.own ? 'is-own' : '', look.active ? 'is-active' : ''].filter(Boolean).join(' ');
  if (look.id) ins.dataset.suggestionId = look.id;
  if (look.color) ins.style.setProperty('--suggestion-color', look.color);
  if (look.title) ins.title = look.title;
  ins.textContent = text;
  widget.append(hiddenLabel(label), ins);
  return widget;
}

/** Words only a screen reader reads, e.g. before text suggested for deletion. */
export function hiddenLabel(label: string): HTMLElement {
  const span = document.createElement('span');
  span.className = 'ds-sr-only';
  span.textContent = `${label} `;
  return span;
}
