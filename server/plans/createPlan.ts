import * as Y from 'yjs';
import { planDocName } from '../../shared/protocol';
import { initPlan } from '../../shared/plan/planDoc';
import { newId } from '../../shared/plan/items';
import { DEFAULT_PLAN_LANGUAGE, type PlanLanguage } from '../../shared/plan/contentLanguage';
import type { PlanRecord, PlanStorage } from '../storage/Storage';

export interface NewPlan {
  title: string;
  municipality?: string | undefined;
  /** The language the plan is written in; bokmål when not given. */
  contentLanguage?: PlanLanguage | undefined;
  /** Fills the new document beyond title and municipality (used by the demo seed). */
  fill?: (doc: Y.Doc) => void;
}

/** Creates the plan row and its document's initial state in one step. */
export async function createPlan(storage: PlanStorage, input: NewPlan, now = Date.now()): Promise<PlanRecord> {
  const plan: PlanRecord = {
    id: newId(),
    title: input.title,
    municipality: input.municipality ?? '',
    createdAt: now,
    updatedAt: now,
    contentLanguage: input.contentLanguage ?? DEFAULT_PLAN_LANGUAGE,
  };
  const doc = new Y.Doc();
  initPlan(doc, { title: plan.title, municipality: plan.municipality });
  input.fill?.(doc);
  await storage.createPlan(plan, planDocName(plan.id), Y.encodeStateAsUpdate(doc));
  doc.destroy();
  return plan;
}
