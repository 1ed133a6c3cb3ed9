import type { Consultation, InputWindow } from '../api/publicPage';

/** What decides whether a visitor may send input now. */
export interface InputWindowSource {
  consultations: readonly Consultation[];
  /** The owner's «send us your input» outside any consultation. */
  openInput: boolean;
  /** Open input is given on the published version: without one there is nothing to comment on. */
  publishedVersionId: string | null;
  /** The server's clock, ms since the epoch. */
  now: number;
}

/** Only the public fields: storage records carry more (plan id, creation time). */
function publicConsultation(c: Consultation): Consultation {
  return { id: c.id, title: c.title, versionId: c.versionId, opensAt: c.opensAt, closesAt: c.closesAt };
}

/** A consultation is open from its opening instant up to, not including, its closing instant. */
export function isOpenAt(consultation: Consultation, now: number): boolean {
  return consultation.opensAt <= now && now < consultation.closesAt;
}

/**
 * How a visitor may take part at `now`: a consultation open now comes first (should two
 * overlap, the one opened last, the newest version under consultation); else open input when
 * the owner switched it on and a version is published; else closed, naming the next
 * consultation that has not opened yet so the page can say when.
 */
export function inputWindow(source: InputWindowSource): InputWindow {
  const { consultations, now } = source;
  const open = consultations
    .filter((c) => isOpenAt(c, now))
    .sort((a, b) => b.opensAt - a.opensAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0];
  if (open) return { kind: 'consultation', consultation: publicConsultation(open) };
  if (source.openInput && source.publishedVersionId !== null) return { kind: 'open' };
  const next = consultations
    .filter((c) => c.opensAt > now)
    .sort((a, b) => a.opensAt - b.opensAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0];
  return { kind: 'closed', next: next ? publicConsultation(next) : null };
}

/** The version input is given on in this window, or null when input is closed. */
export function versionOfWindow(window: InputWindow, publishedVersionId: string | null): string | null {
  if (window.kind === 'consultation') return window.consultation.versionId;
  if (window.kind === 'open') return publishedVersionId;
  return null;
}
