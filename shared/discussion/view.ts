import type * as Y from 'yjs';
import { messagesMap, settingsMap, suggestionsMap, threadsMap } from './keys';
import { messageRecordSchema, suggestionRecordSchema, threadRecordSchema } from './records';
import {
  DEFAULT_DISCUSSION_SETTINGS,
  type DiscussionSettings,
  type MessageRecord,
  type SuggestionRecord,
  type ThreadRecord,
} from './types';

export interface ThreadView extends ThreadRecord {
  /** Oldest first; the first one opened the thread. */
  messages: MessageRecord[];
}

export interface DiscussionView {
  /** Oldest first. */
  threads: ThreadView[];
  /** Oldest first, every status. */
  suggestions: SuggestionRecord[];
  settings: DiscussionSettings;
}

type Schema<T> = { safeParse(value: unknown): { success: true; data: T } | { success: false } };

/**
 * Parsed records by the stored object. A Y.Map hands out the same object for a key until the key
 * is set again, so a record is checked once, not on every re-read of a 2,000-record discussion
 * (the check was ¾ of `discussionView`'s time, bench W7).
 */
const parsedRecords = new WeakMap<object, { schema: unknown; data: unknown }>();

function parseCached<T>(value: unknown, schema: Schema<T>): T | null {
  if (typeof value !== 'object' || value === null) return null;
  const cached = parsedRecords.get(value);
  if (cached && cached.schema === schema) return cached.data as T | null;
  const parsed = schema.safeParse(value);
  const data = parsed.success ? parsed.data : null;
  parsedRecords.set(value, { schema, data });
  return data;
}

function valuesOf<T>(map: Y.Map<unknown>, schema: Schema<T>): T[] {
  const out: T[] = [];
  map.forEach((value) => {
    const parsed = parseCached(value, schema);
    if (parsed !== null) out.push(parsed);
  });
  return out;
}

export function readThread(doc: Y.Doc, id: string): ThreadRecord | null {
  const parsed = threadRecordSchema.safeParse(threadsMap(doc).get(id));
  return parsed.success ? parsed.data : null;
}

export function readMessage(doc: Y.Doc, id: string): MessageRecord | null {
  const parsed = messageRecordSchema.safeParse(messagesMap(doc).get(id));
  return parsed.success ? parsed.data : null;
}

export function readSuggestion(doc: Y.Doc, id: string): SuggestionRecord | null {
  const parsed = suggestionRecordSchema.safeParse(suggestionsMap(doc).get(id));
  return parsed.success ? parsed.data : null;
}

export function readSettings(doc: Y.Doc): DiscussionSettings {
  const map = settingsMap(doc);
  const flag = (key: keyof DiscussionSettings) => {
    const value = map.get(key);
    return typeof value === 'boolean' ? value : DEFAULT_DISCUSSION_SETTINGS[key];
  };
  return { observersMayComment: flag('observersMayComment'), editorsMayDecide: flag('editorsMayDecide'), suggestOnly: flag('suggestOnly') };
}

const byTime = <T extends { createdAt: number; id: string }>(a: T, b: T) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);

/** The whole discussion as data; what does not fit its schema is left out. */
export function discussionView(doc: Y.Doc): DiscussionView {
  const messages = valuesOf(messagesMap(doc), messageRecordSchema).sort(byTime);
  const byThread = new Map<string, MessageRecord[]>();
  for (const message of messages) {
    const list = byThread.get(message.threadId);
    if (list) list.push(message);
    else byThread.set(message.threadId, [message]);
  }
  const threads = valuesOf(threadsMap(doc), threadRecordSchema)
    .sort(byTime)
    .map((thread) => ({ ...thread, messages: byThread.get(thread.id) ?? [] }));
  return {
    threads,
    suggestions: valuesOf(suggestionsMap(doc), suggestionRecordSchema).sort(byTime),
    settings: readSettings(doc),
  };
}
