import * as Y from 'yjs';
import { initPlan, purposeFragment } from '../plan/planDoc';
import { encodePosition } from './anchors';
import type { DiscussionActor, DiscussionContext } from './apply';
import { DEFAULT_DISCUSSION_SETTINGS, type DiscussionSettings } from './types';

/** Test helpers: a plan whose purpose holds paragraphs of plain text, and positions into them. */
export function planWithPurpose(paragraphs: readonly string[]): { plan: Y.Doc; texts: Y.XmlText[] } {
  const plan = new Y.Doc();
  initPlan(plan, { title: 'Temaplan', municipality: 'Kommune' });
  const texts = paragraphs.map((line) => new Y.XmlText(line));
  plan.transact(() => {
    purposeFragment(plan).insert(
      0,
      texts.map((text) => {
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [text]);
        return paragraph;
      }),
    );
  });
  return { plan, texts };
}

/** A start position sticks to the character after it; an end position to the one before. */
export const startAt = (text: Y.XmlText, index: number) => encodePosition(Y.createRelativePositionFromTypeIndex(text, index, 0));
export const endAt = (text: Y.XmlText, index: number) => encodePosition(Y.createRelativePositionFromTypeIndex(text, index, -1));

export function actorOf(id: string, role: DiscussionActor['role'] = 'editor'): DiscussionActor {
  return { person: { id, name: id }, role };
}

export function contextFor(options: { settings?: Partial<DiscussionSettings>; members?: readonly string[]; now?: number } = {}): DiscussionContext {
  let counter = 0;
  const members = new Set(options.members ?? []);
  return {
    now: options.now ?? 1_000,
    newId: () => `id${++counter}`,
    settings: { ...DEFAULT_DISCUSSION_SETTINGS, ...options.settings },
    isMember: (id) => members.has(id),
  };
}
