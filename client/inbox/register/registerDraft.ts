import {
  InputLimits,
  type RegisterInputFields,
  type SectionKey,
  type SubmitterKind,
} from '../../../shared/api/inputs';
import { receivedAtOf } from '../receivedDate';

export type RegisterChannel = 'email' | 'letter' | 'workshop';

/** The register form as typed. */
export interface RegisterDraft {
  channel: RegisterChannel;
  workshopId: string;
  /** `YYYY-MM-DD` */
  receivedDay: string;
  consultationId: string;
  section: SectionKey;
  submitterKind: SubmitterKind;
  organisation: string;
  name: string;
  email: string;
  namePublic: boolean;
  text: string;
}

export type RegisterField = 'workshopId' | 'receivedDay' | 'organisation' | 'email' | 'text';
export type RegisterProblem = 'required' | 'invalidDate' | 'invalidEmail' | 'tooLong';

/** The fields' order on the form: the first with a problem gets focus. */
export const FIELD_ORDER: readonly RegisterField[] = [
  'workshopId',
  'receivedDay',
  'organisation',
  'email',
  'text',
];

// The same shape as the server's check (zod's e-mail), kept simple: something@something.tld.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * What is wrong with the draft, field by field, mirroring the server's rules so people learn it
 * before sending; or the multipart fields to send when nothing is.
 */
export function checkRegisterDraft(
  draft: RegisterDraft,
  now: number,
):
  | { ok: true; fields: RegisterInputFields }
  | { ok: false; problems: Partial<Record<RegisterField, RegisterProblem>> } {
  const problems: Partial<Record<RegisterField, RegisterProblem>> = {};
  if (draft.channel === 'workshop' && !draft.workshopId) problems.workshopId = 'required';
  const receivedAt = receivedAtOf(draft.receivedDay, now);
  if (receivedAt === null) problems.receivedDay = draft.receivedDay ? 'invalidDate' : 'required';
  const organisation = draft.organisation.trim();
  const needsOrganisation =
    draft.submitterKind === 'association' || draft.submitterKind === 'public-body';
  if (needsOrganisation && !organisation) problems.organisation = 'required';
  const email = draft.email.trim();
  if (email && !EMAIL.test(email)) problems.email = 'invalidEmail';
  const text = draft.text.trim();
  if (!text) problems.text = 'required';
  else if (text.length > InputLimits.textMax) problems.text = 'tooLong';
  if (Object.keys(problems).length > 0 || receivedAt === null) return { ok: false, problems };

  const name = draft.name.trim();
  const fields: RegisterInputFields = {
    channel: draft.channel,
    section: draft.section,
    text,
    submitterKind: draft.submitterKind,
    organisation,
    name,
    email,
    namePublic: draft.submitterKind === 'resident' && name && draft.namePublic ? 'true' : 'false',
    receivedAt,
  };
  if (draft.consultationId) fields.consultationId = draft.consultationId;
  if (draft.channel === 'workshop') fields.workshopId = draft.workshopId;
  return { ok: true, fields };
}
