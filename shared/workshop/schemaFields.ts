import { z } from 'zod';
import { idSchema } from '../protocol/docName';

/** Ids of workshop entities: the protocol's url-safe ids, which never contain ':'. */
export const entityId = idSchema;

/** No control characters at all: names and titles are shown on one line. */
const ONE_LINE = /^[^\p{Cc}]*$/u;
/** Line breaks and tabs are fine in a note; other control characters are not. */
const MULTI_LINE = /^(?:[^\p{Cc}]|[\n\r\t])*$/u;

/** Trimmed, non-empty, one line, at most `max` UTF-16 units. */
export function oneLine(max: number) {
  return z.string().trim().min(1).max(max).regex(ONE_LINE, 'control characters are not allowed');
}

/** Like `oneLine`, but may be empty. */
export function oneLineOrEmpty(max: number) {
  return z.string().trim().max(max).regex(ONE_LINE, 'control characters are not allowed');
}

/** Trimmed, non-empty text that may span lines. */
export function multiLine(max: number) {
  return z.string().trim().min(1).max(max).regex(MULTI_LINE, 'control characters are not allowed');
}

export function multiLineOrEmpty(max: number) {
  return z.string().trim().max(max).regex(MULTI_LINE, 'control characters are not allowed');
}

/** Index in an ordered list; clamped to the list's end when applied. */
export const listIndex = z.int().min(0).max(100_000);

/** A calendar date or a date-time with offset, as the HTML date and datetime inputs produce. */
export const isoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
