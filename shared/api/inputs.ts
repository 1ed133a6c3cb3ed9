import { z } from 'zod';
import { idSchema } from '../protocol/docName';
import type { FileKind } from '../public/fileKinds';

/**
 * HTTP contract for input (innspill): what a visitor sends from the public page, what the case
 * officer registers by hand, and the inbox where all of it is handled.
 */

export const InputLimits = {
  textMax: 10_000,
  nameMax: 120,
  organisationMax: 200,
  emailMax: 200,
  summaryMax: 2_000,
  assessmentMax: 10_000,
  tagMax: 40,
  tagsMax: 10,
  /** The form must have been open at least this long (a person reads and writes; a bot posts at once). */
  minFillMs: 3_000,
  /** A form token older than this is refused (the page asks to reload). */
  formTokenMaxAgeMs: 24 * 60 * 60 * 1000,
} as const;
const L = InputLimits;

export const SUBMITTER_KINDS = ['resident', 'association', 'public-body', 'other'] as const;
export type SubmitterKind = (typeof SUBMITTER_KINDS)[number];

/** How input reached the municipality. */
export const INPUT_CHANNELS = ['web', 'email', 'letter', 'workshop'] as const;
export type InputChannel = (typeof INPUT_CHANNELS)[number];

export const INPUT_STATUSES = ['new', 'in-progress', 'assessed'] as const;
export type InputStatus = (typeof INPUT_STATUSES)[number];

/**
 * Which part of the plan input is about: the whole plan, a focus area or a strategy (ids in the
 * plan document), written as a key: `plan`, `fa:<id>`, `st:<id>`.
 */
export const sectionKeySchema = z.union([z.literal('plan'), z.string().regex(/^(fa|st):[A-Za-z0-9_-]{1,64}$/)]);
export type SectionKey = 'plan' | `fa:${string}` | `st:${string}`;

const organisationRequired = (kind: SubmitterKind) => kind === 'association' || kind === 'public-body';

const text = z.string().trim().min(1, 'text is required').max(L.textMax, `text is at most ${L.textMax} characters`);
const optionalName = z.string().trim().max(L.nameMax).default('');
const optionalEmail = z.union([z.literal(''), z.email().max(L.emailMax)]).default('');

/**
 * The public form's text fields (multipart fields beside up to three `files` parts). `website`
 * is the honeypot: hidden from people, filled by bots.
 */
export const submitInputFieldsSchema = z
  .strictObject({
    section: sectionKeySchema,
    text,
    submitterKind: z.enum(SUBMITTER_KINDS),
    /** An association's, team's or public body's name (from the plan's list or typed). */
    organisation: z.string().trim().max(L.organisationMax).default(''),
    name: optionalName,
    email: optionalEmail,
    /** The person agrees that their name may be shown with the input (residents only). */
    namePublic: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
    /** Language of the receipt e-mail. */
    language: z.enum(['nb', 'nn', 'en']).default('nb'),
    formToken: z.string().max(200),
    website: z.string().max(500).default(''),
  })
  .refine((f) => !organisationRequired(f.submitterKind) || f.organisation.length > 0, {
    message: 'associations and public bodies give their name',
    path: ['organisation'],
  });
export type SubmitInputFields = z.input<typeof submitInputFieldsSchema>;

export interface SubmitInputResponse {
  /** e.g. «INN-2026-0042»: what the resident quotes when they write to the municipality. */
  reference: string;
  receivedAt: number;
  /** Whether a receipt e-mail was sent (an address given and SMTP configured). */
  receiptSent: boolean;
}

export interface InputAttachment {
  id: string;
  name: string;
  kind: FileKind;
  size: number;
}

/** One input as the inbox shows it (never sent to the public). */
export interface InputItem {
  id: string;
  reference: string;
  receivedAt: number;
  channel: InputChannel;
  section: SectionKey;
  /** The section's heading when the input was given, e.g. «Strategi 1.2». */
  sectionLabel: string;
  consultationId: string | null;
  versionId: string | null;
  workshopId: string | null;
  text: string;
  submitterKind: SubmitterKind;
  organisation: string;
  /** Empty after personal data was deleted (retention or request). */
  name: string;
  email: string;
  namePublic: boolean;
  personalDataRemoved: boolean;
  attachments: InputAttachment[];
  status: InputStatus;
  tags: string[];
  duplicateOf: string | null;
  /** The case officer's short summary, for the høringsoppsummering. */
  summary: string;
  /** Kommunedirektørens vurdering. */
  assessment: string;
  /** The section the input changed, or null. */
  changeSection: SectionKey | null;
  updatedAt: number;
}

export interface InputListResponse {
  /** Newest first. */
  inputs: InputItem[];
  /** Tags in use in this plan, for the filter. */
  tags: string[];
}

export interface InputResponse {
  input: InputItem;
}

/** Query of `GET /api/plans/:id/inputs`; every filter optional. */
export const inputQuerySchema = z.strictObject({
  section: sectionKeySchema.optional(),
  submitterKind: z.enum(SUBMITTER_KINDS).optional(),
  organisation: z.string().max(L.organisationMax).optional(),
  status: z.enum(INPUT_STATUSES).optional(),
  tag: z.string().max(L.tagMax).optional(),
  consultationId: idSchema.optional(),
  /** Words that must all occur (text, organisation, name, reference, summary, assessment). */
  q: z.string().max(200).optional(),
});
export type InputQuery = z.infer<typeof inputQuerySchema>;

const tag = z.string().trim().min(1).max(L.tagMax);

/** What the case officer changes on one input; what is left out stays. */
export const updateInputBodySchema = z.strictObject({
  status: z.enum(INPUT_STATUSES).optional(),
  tags: z.array(tag).max(L.tagsMax).optional(),
  duplicateOf: idSchema.nullable().optional(),
  summary: z.string().trim().max(L.summaryMax).optional(),
  assessment: z.string().trim().max(L.assessmentMax).optional(),
  changeSection: sectionKeySchema.nullable().optional(),
  section: sectionKeySchema.optional(),
});
export type UpdateInputBody = z.infer<typeof updateInputBodySchema>;

/** One change applied to several inputs. */
export const bulkInputBodySchema = z.strictObject({
  ids: z.array(idSchema).min(1).max(500),
  status: z.enum(INPUT_STATUSES).optional(),
  addTag: tag.optional(),
  removeTag: tag.optional(),
});
export type BulkInputBody = z.infer<typeof bulkInputBodySchema>;

/**
 * Input that came by e-mail, letter or from a workshop, registered by the case officer
 * (multipart fields beside up to three `files` parts, like the public form).
 */
export const registerInputFieldsSchema = z
  .strictObject({
    channel: z.enum(['email', 'letter', 'workshop']),
    section: sectionKeySchema,
    text,
    submitterKind: z.enum(SUBMITTER_KINDS),
    organisation: z.string().trim().max(L.organisationMax).default(''),
    name: optionalName,
    email: optionalEmail,
    namePublic: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
    /** When it arrived (a letter dated earlier), ms since the epoch; default now. */
    receivedAt: z.coerce.number().int().min(0).optional(),
    consultationId: idSchema.optional(),
    workshopId: idSchema.optional(),
  })
  .refine((f) => !organisationRequired(f.submitterKind) || f.organisation.length > 0, {
    message: 'associations and public bodies give their name',
    path: ['organisation'],
  })
  .refine((f) => f.channel !== 'workshop' || f.workshopId !== undefined, {
    message: 'workshop input names its workshop',
    path: ['workshopId'],
  });
export type RegisterInputFields = z.input<typeof registerInputFieldsSchema>;

/** A person's input found by e-mail (a request under the GDPR): `?email=` on the plan's route. */
export const personQuerySchema = z.strictObject({ email: z.email().max(L.emailMax) });

// The public list after a deadline: `GET /api/public/plans/:slug/inputs`.

export interface PublicInputItem {
  reference: string;
  receivedAt: number;
  sectionLabel: string;
  text: string;
  submitterKind: SubmitterKind;
  /** The organisation's name, or the resident's only when they agreed; otherwise empty. */
  from: string;
}

export interface PublicInputListResponse {
  inputs: PublicInputItem[];
}

/** «INN-2026-0042»: the year received and the plan's running number. */
export function inputReference(receivedAt: number, number: number): string {
  return `INN-${new Date(receivedAt).getUTCFullYear()}-${String(number).padStart(4, '0')}`;
}

export interface BulkInputResponse {
  /** How many inputs changed. */
  updated: number;
}

export interface PersonInputsResponse {
  /** This plan's inputs given with the e-mail asked for. */
  inputs: InputItem[];
}

export const erasePersonBodySchema = z.strictObject({ email: z.email().max(L.emailMax) });
export type ErasePersonBody = z.infer<typeof erasePersonBodySchema>;

export interface ErasePersonResponse {
  /** How many inputs had their name and e-mail deleted. */
  erased: number;
}
