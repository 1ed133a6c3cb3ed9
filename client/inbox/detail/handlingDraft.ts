import type {
  InputItem,
  InputStatus,
  SectionKey,
  UpdateInputBody,
} from '../../../shared/api/inputs';

/** What the case officer is editing on one input, as the form holds it. */
export interface HandlingDraft {
  status: InputStatus;
  section: SectionKey;
  tags: string[];
  /** The reference of the input this one repeats («INN-2026-0042»), or empty. */
  duplicateOf: string;
  summary: string;
  assessment: string;
  changeSection: SectionKey | null;
}

/** Looks inputs up both ways: id → reference and reference → id. */
export interface References {
  referenceOf(id: string): string | undefined;
  idOf(reference: string): string | undefined;
}

export function referencesOf(inputs: readonly Pick<InputItem, 'id' | 'reference'>[]): References {
  const byId = new Map(inputs.map((input) => [input.id, input.reference]));
  const byReference = new Map(inputs.map((input) => [input.reference.toUpperCase(), input.id]));
  return {
    referenceOf: (id) => byId.get(id),
    idOf: (reference) => byReference.get(reference.trim().toUpperCase()),
  };
}

export function draftOf(input: InputItem, references: References): HandlingDraft {
  return {
    status: input.status,
    section: input.section,
    tags: [...input.tags],
    duplicateOf: input.duplicateOf ? (references.referenceOf(input.duplicateOf) ?? '') : '',
    summary: input.summary,
    assessment: input.assessment,
    changeSection: input.changeSection,
  };
}

export type DraftChanges =
  | { ok: true; body: UpdateInputBody }
  | { ok: false; problem: 'unknownDuplicate' | 'selfDuplicate' };

/**
 * The fields the draft changed since `base` (what the form started from), ready to send: only
 * those, so what someone else changed meanwhile in other fields is kept. Texts are compared
 * as the server stores them (trimmed).
 */
export function changesOf(
  base: InputItem,
  draft: HandlingDraft,
  references: References,
): DraftChanges {
  const body: UpdateInputBody = {};
  if (draft.status !== base.status) body.status = draft.status;
  if (draft.section !== base.section) body.section = draft.section;
  if (draft.tags.join('\n') !== base.tags.join('\n')) body.tags = draft.tags;
  const summary = draft.summary.trim();
  if (summary !== base.summary) body.summary = summary;
  const assessment = draft.assessment.trim();
  if (assessment !== base.assessment) body.assessment = assessment;
  if (draft.changeSection !== base.changeSection) body.changeSection = draft.changeSection;

  const reference = draft.duplicateOf.trim();
  const duplicateOf = reference ? references.idOf(reference) : null;
  if (duplicateOf === undefined) return { ok: false, problem: 'unknownDuplicate' };
  if (duplicateOf === base.id) return { ok: false, problem: 'selfDuplicate' };
  if (duplicateOf !== base.duplicateOf) body.duplicateOf = duplicateOf;
  return { ok: true, body };
}

/** Whether the draft holds anything not yet saved. */
export function isDirty(base: InputItem, draft: HandlingDraft, references: References): boolean {
  const changes = changesOf(base, draft, references);
  return !changes.ok || Object.keys(changes.body).length > 0;
}
