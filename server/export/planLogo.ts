import { checkLogo } from '../files/logoImage';
import type { Storage } from '../storage/Storage';
import type { DocxLogo } from './docxLogo';

/**
 * The plan's logo for an export, checked again as it is read (its size comes from its bytes),
 * or null when there is none or it no longer passes: an export is never refused for its logo.
 */
export async function loadPlanLogo(
  storage: Pick<Storage, 'plans' | 'files' | 'blobs'>,
  planId: string,
): Promise<DocxLogo | null> {
  const fileId = await storage.plans.getLogoFileId(planId);
  if (!fileId) return null;
  const file = await storage.files.getFile(fileId);
  if (!file || file.planId !== planId) return null;
  const bytes = await storage.blobs.get(fileId);
  if (!bytes) return null;
  const checked = await checkLogo(bytes);
  if (!checked.ok || checked.kind !== file.kind) return null;
  return { kind: checked.kind, bytes, width: checked.width, height: checked.height };
}
