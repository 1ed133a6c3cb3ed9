import { initWorkshop, privateDocName, workshopDocName } from '../../shared/workshop';
import type { CreateWorkshopInput } from '../../shared/api/workshops';
import { newId } from '../../shared/plan/items';
import type { DocStore } from '../docs/DocStore';
import type { WorkshopRecord, WorkshopStorage } from '../storage/Storage';

/**
 * Writes both documents first and the record last: until the record exists no access check
 * finds the workshop, so nobody can open a half-initialised one, and a failure in between
 * leaves only unreachable documents behind.
 */
export async function createWorkshop(
  deps: { docs: DocStore; workshops: WorkshopStorage },
  planId: string,
  body: CreateWorkshopInput,
  createdBy: string | null,
): Promise<WorkshopRecord> {
  const id = newId();
  const pubName = workshopDocName(id);
  const pub = await deps.docs.open(pubName);
  try {
    initWorkshop(pub.doc, {
      title: body.title,
      planId,
      goal: body.goal ?? '',
      date: body.date ?? null,
      anonymous: body.anonymous,
      facilitatorSeesAuthors: body.facilitatorSeesAuthors,
    });
  } finally {
    deps.docs.release(pubName);
  }
  // The private doc starts empty; opening it once makes sure it loads before anyone needs it.
  await deps.docs.open(privateDocName(id));
  deps.docs.release(privateDocName(id));
  await deps.docs.whenDurable();
  const record: WorkshopRecord = { id, planId, title: body.title, createdAt: Date.now(), createdBy };
  await deps.workshops.createWorkshop(record);
  return record;
}
