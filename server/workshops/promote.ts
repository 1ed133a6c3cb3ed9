import type * as Yjs from 'yjs';
import type { z } from 'zod';
import type { promoteBodySchema, PromoteResponse } from '../../shared/api/workshopResults';
import { promoteIntoPlan } from '../../shared/plan/promote';
import { privateDocName, workshopDocName } from '../../shared/workshop/keys';
import type { DocStore } from '../docs/DocStore';
import type { WorkshopRecord } from '../storage/Storage';
import { withLiveDoc } from '../versions/planVersions';
import { provenanceOfSource } from './promoteSource';
import { findItem, type Provenance } from '../../shared/plan/provenance';
import { DiscussionErrorCode } from '../../shared/discussion/errors';
import type { Identity } from '../auth/identity';
import type { DiscussionRunner } from '../discussions/DiscussionRunner';

export type PromoteInput = z.output<typeof promoteBodySchema>;

export type PromoteResult =
  | { ok: true; response: PromoteResponse }
  | { ok: false; reason: 'no-such-source' | 'no-such-item' | 'refused' };

/** Who promotes, and where a comment goes: a thread in the plan's discussion. */
export interface PromoteContext {
  identity: Identity;
  discussions: Pick<DiscussionRunner, 'startThreadFromWorkshop'>;
}

/** Runs `work` with the workshop's public and private docs open. */
async function withWorkshopDocs<T>(docs: DocStore, workshopId: string, work: (pub: Yjs.Doc, priv: Yjs.Doc) => T): Promise<T> {
  const pubName = workshopDocName(workshopId);
  const privName = privateDocName(workshopId);
  const pub = await docs.open(pubName);
  try {
    const priv = await docs.open(privName);
    try {
      return work(pub.doc, priv.doc);
    } finally {
      docs.release(privName);
    }
  } finally {
    docs.release(pubName);
  }
}


/**
 * Turns a theme or note of a workshop's results into a focus area, a strategy or a comment in
 * the workshop's plan. A focus area or strategy is written to the plan's live document through
 * the DocStore, like a restore; a comment becomes a thread on the item in the plan's discussion,
 * started by the person who promoted it. Either way everyone with the plan open sees it at once;
 * resolves once it is stored.
 */
export async function promoteResult(
  docs: DocStore,
  workshop: WorkshopRecord,
  input: PromoteInput,
  context: PromoteContext,
  now = Date.now(),
): Promise<PromoteResult> {
  const provenance = await withWorkshopDocs(docs, workshop.id, (pub, priv) =>
    provenanceOfSource(pub, priv, workshop.id, input.source, now),
  );
  if (!provenance) return { ok: false, reason: 'no-such-source' };
  // A focus area's title is one line; a strategy's or comment's text keeps its lines.
  const text = input.target.kind === 'focusArea' ? input.text.replace(/\s+/g, ' ').trim() : input.text;
  const target = input.target;
  if (target.kind === 'comment') return promoteAsThread(docs, workshop, target.itemId, text, provenance, context);
  const outcome = await withLiveDoc(docs, workshop.planId, (doc) =>
    promoteIntoPlan(doc, target, text, provenance),
  );
  if (!outcome.ok) return { ok: false, reason: 'no-such-item' };
  await docs.whenDurable();
  return {
    ok: true,
    response: {
      planId: workshop.planId,
      itemId: outcome.itemId,
      focusAreaId: outcome.focusAreaId,
      commentId: outcome.commentId,
      provenance,
    },
  };
}

async function promoteAsThread(
  docs: DocStore,
  workshop: WorkshopRecord,
  itemId: string,
  text: string,
  provenance: Provenance,
  { identity, discussions }: PromoteContext,
): Promise<PromoteResult> {
  const item = await withLiveDoc(docs, workshop.planId, (doc) => findItem(doc, itemId));
  if (!item) return { ok: false, reason: 'no-such-item' };
  const ack = await discussions.startThreadFromWorkshop(workshop.planId, identity, {
    section: { kind: 'item', id: itemId },
    body: text,
    provenance,
  });
  if (!ack.ok) return { ok: false, reason: ack.code === DiscussionErrorCode.UnknownSection ? 'no-such-item' : 'refused' };
  const commentId = ack.outcome.type === 'created' ? ack.outcome.id : null;
  return {
    ok: true,
    response: { planId: workshop.planId, itemId, focusAreaId: item.focusAreaId, commentId, provenance },
  };
}
