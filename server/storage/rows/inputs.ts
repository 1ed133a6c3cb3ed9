import type {
  InputChannel,
  InputStatus,
  SectionKey,
  SubmitterKind,
} from '../../../shared/api/inputs';
import type { InputHandling, InputRecord } from '../Storage';

export interface InputRow {
  id: string;
  plan_id: string;
  number: number;
  channel: InputChannel;
  section: SectionKey;
  section_label: string;
  consultation_id: string | null;
  version_id: string | null;
  workshop_id: string | null;
  text: string;
  submitter_kind: SubmitterKind;
  organisation: string;
  name: string;
  email: string;
  /** PostgreSQL has a boolean column; SQLite stores the flag as 0 or 1. */
  name_public: boolean | number;
  status: InputStatus;
  /** JSON array of strings. */
  tags: string;
  duplicate_of: string | null;
  summary: string;
  assessment: string;
  change_section: SectionKey | null;
  received_at: number;
  updated_at: number;
  personal_data_removed_at: number | null;
}

export const INPUT_COLUMNS = [
  'id',
  'plan_id',
  'number',
  'channel',
  'section',
  'section_label',
  'consultation_id',
  'version_id',
  'workshop_id',
  'text',
  'submitter_kind',
  'organisation',
  'name',
  'email',
  'name_public',
  'status',
  'tags',
  'duplicate_of',
  'summary',
  'assessment',
  'change_section',
  'received_at',
  'updated_at',
  'personal_data_removed_at',
] as const;

/** A value as both drivers bind it (the flag is turned into the engine's boolean by the caller). */
type Bindable = string | number | boolean | null;

/**
 * Values in INPUT_COLUMNS order; `flag` turns a boolean into what the engine stores (SQLite
 * cannot bind booleans, PostgreSQL's column is one).
 */
export function inputValues(
  input: Omit<InputRecord, 'number'>,
  number: number,
  flag: (value: boolean) => boolean | number,
): Bindable[] {
  return [
    input.id,
    input.planId,
    number,
    input.channel,
    input.section,
    input.sectionLabel,
    input.consultationId,
    input.versionId,
    input.workshopId,
    input.text,
    input.submitterKind,
    input.organisation,
    input.name,
    input.email,
    flag(input.namePublic),
    input.status,
    JSON.stringify(input.tags),
    input.duplicateOf,
    input.summary,
    input.assessment,
    input.changeSection,
    input.receivedAt,
    input.updatedAt,
    input.personalDataRemovedAt,
  ];
}

export function toInputRecord(row: InputRow): InputRecord {
  return {
    id: row.id,
    planId: row.plan_id,
    number: row.number,
    channel: row.channel,
    section: row.section,
    sectionLabel: row.section_label,
    consultationId: row.consultation_id,
    versionId: row.version_id,
    workshopId: row.workshop_id,
    text: row.text,
    submitterKind: row.submitter_kind,
    organisation: row.organisation,
    name: row.name,
    email: row.email,
    namePublic: row.name_public === true || row.name_public === 1,
    status: row.status,
    tags: parseTags(row.tags),
    duplicateOf: row.duplicate_of,
    summary: row.summary,
    assessment: row.assessment,
    changeSection: row.change_section,
    receivedAt: row.received_at,
    updatedAt: row.updated_at,
    personalDataRemovedAt: row.personal_data_removed_at,
  };
}

/** The stored tags; anything but a list of strings counts as no tags. */
export function parseTags(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value)
      ? value.filter((tag): tag is string => typeof tag === 'string')
      : [];
  } catch {
    return [];
  }
}

/** Column of each field the case officer may change (a fixed list: never a caller's key in SQL). */
const HANDLING_COLUMNS: { readonly [K in keyof Required<InputHandling>]: string } = {
  status: 'status',
  tags: 'tags',
  duplicateOf: 'duplicate_of',
  summary: 'summary',
  assessment: 'assessment',
  changeSection: 'change_section',
  section: 'section',
  sectionLabel: 'section_label',
};

/** The columns to set and their values, for the fields present in `changes`. */
export function handlingAssignments(
  changes: InputHandling,
): { column: string; value: string | null }[] {
  const assignments: { column: string; value: string | null }[] = [];
  for (const key of Object.keys(HANDLING_COLUMNS) as (keyof InputHandling)[]) {
    const value = changes[key];
    if (value === undefined) continue;
    assignments.push({
      column: HANDLING_COLUMNS[key],
      value: Array.isArray(value) ? JSON.stringify(value) : value,
    });
  }
  return assignments;
}
