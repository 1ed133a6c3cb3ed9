import type { Consultation, KnowledgeItem, PlanGoal } from '../../../shared/api/publicPage';
import { SDG_NUMBERS, type SdgNumber } from '../../../shared/public/sdgs';
import type {
  ConsultationRecord,
  FileRecord,
  GoalRecord,
  KnowledgeRecord,
} from '../../storage/Storage';

/** A knowledge item as both the owner and the public page show it; `files` holds its document's record. */
export function presentKnowledgeItem(
  record: KnowledgeRecord,
  files: ReadonlyMap<string, FileRecord>,
): KnowledgeItem {
  const file = record.fileId ? files.get(record.fileId) : undefined;
  return {
    id: record.id,
    title: record.title,
    description: record.description,
    url: record.url,
    file: file ? { id: file.id, name: file.name, kind: file.kind, size: file.size } : null,
  };
}

/** Stored SDG numbers came through the schema; anything else (a hand-edited row) reads as none. */
export function asSdg(value: number | null): SdgNumber | null {
  return value !== null && (SDG_NUMBERS as readonly number[]).includes(value)
    ? (value as SdgNumber)
    : null;
}

/** A goal with the focus areas linked to it, in the plan document's ids. */
export function presentGoal(
  record: GoalRecord,
  links: readonly { goalId: string; focusAreaId: string }[],
): PlanGoal {
  return {
    id: record.id,
    number: record.number,
    title: record.title,
    sdg: asSdg(record.sdg),
    focusAreaIds: links.filter((link) => link.goalId === record.id).map((link) => link.focusAreaId),
  };
}

export function presentConsultation(record: ConsultationRecord): Consultation {
  return {
    id: record.id,
    title: record.title,
    versionId: record.versionId,
    opensAt: record.opensAt,
    closesAt: record.closesAt,
  };
}
