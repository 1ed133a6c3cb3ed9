import type * as Yjs from 'yjs';
import type { z } from 'zod';
import type { promoteBodySchema, PromoteResponse } from '../../shared/api/workshopResults';
import { promoteIntoPlan } from '../../shared/plan/promote';
import { privateDocName, workshopDocName } from '../../shared/workshop/keys';
import type { DocStore } from '../docs/DocStore';
import type { WorkshopRecord } from '../storage/Storage';
import { withLiveDoc } from '../versions/planVersions';
import { provenanceOfSource } from './promoteSource';

export type PromoteInput = z.output<typeof promoteBodySchema>;

export type PromoteResult =
  | { ok: true; response: PromoteResponse }
  | { ok: false; reason: 'no-such-source' | 'no-such-item' };

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
 * the workshop's plan. Written to the plan's live document through the DocStore, like a
 * restore, so everyone with the plan open sees it at once; resolves once it is stored.
 */
export async function promoteResult(
  docs: DocStore,
  workshop: WorkshopRecord,
  input: PromoteInput,
  now = Date.now(),
): Promise<PromoteResult> {
  const provenance = await withWorkshopDocs(docs, workshop.id, (pub, priv) =>
    provenanceOfSource(pub, priv, workshop.id, input.source, now),
  );
  if (!provenance) return { ok: false, reason: 'no-such-source' };
  // A focus area's title is one line; a strategy's or comment's text keeps its lines.
  const text = input.target.kind === 'focusArea' ? input.text.replace(/\s+/g, ' ').trim() : input.text;
  const outcome = await withLiveDoc(docs, workshop.planId, (doc) =>
    promoteIntoPlan(doc, input.target, text, provenance),
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
