import { inputReference, type InputItem } from '../../../shared/api/inputs';
import type { FileRecord, InputRecord } from '../../storage/Storage';

/**
 * One input as the inbox shows it. `files` may hold other inputs' files too: only those this
 * input owns become its attachments, oldest first as stored.
 */
export function presentInput(record: InputRecord, files: readonly FileRecord[]): InputItem {
  return {
    id: record.id,
    reference: inputReference(record.receivedAt, record.number),
    receivedAt: record.receivedAt,
    channel: record.channel,
    section: record.section,
    sectionLabel: record.sectionLabel,
    consultationId: record.consultationId,
    versionId: record.versionId,
    workshopId: record.workshopId,
    text: record.text,
    submitterKind: record.submitterKind,
    organisation: record.organisation,
    name: record.name,
    email: record.email,
    namePublic: record.namePublic,
    personalDataRemoved: record.personalDataRemovedAt !== null,
    attachments: files
      .filter((file) => file.ownerId === record.id)
      .map((file) => ({ id: file.id, name: file.name, kind: file.kind, size: file.size })),
    status: record.status,
    tags: record.tags,
    duplicateOf: record.duplicateOf,
    summary: record.summary,
    assessment: record.assessment,
    changeSection: record.changeSection,
    updatedAt: record.updatedAt,
  };
}

/** Several inputs with their attachments (`files` as `listFilesOf` gives them for these inputs). */
export function presentInputs(
  records: readonly InputRecord[],
  files: readonly FileRecord[],
): InputItem[] {
  const byOwner = new Map<string, FileRecord[]>();
  for (const file of files) byOwner.set(file.ownerId, [...(byOwner.get(file.ownerId) ?? []), file]);
  return records.map((record) => presentInput(record, byOwner.get(record.id) ?? []));
}
