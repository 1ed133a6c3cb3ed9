import { z } from 'zod';
import type { RichNode } from '../plan/richText';
import type { PlanSnapshot } from '../plan/snapshot';
import type { ProcessStepEntry, ProcessStep } from './versions';
import { isSafeHref, MAX_LINK_LENGTH } from '../text/safeLink';
import { SDG_NUMBERS, type SdgNumber } from '../public/sdgs';
import type { FileKind } from '../public/fileKinds';
import { idSchema } from '../protocol/docName';

/**
 * HTTP contract for a plan's public side as the owner keeps it (settings, knowledge base, the
 * master plan's goals, consultations) and as residents read it (`PublicPlanResponse`).
 */

export const PublicLimits = {
  slugMin: 3,
  slugMax: 60,
  /** The intro as TipTap JSON, serialised. */
  introMaxBytes: 20_000,
  contactFieldMax: 200,
  knowledgeTitleMax: 200,
  knowledgeDescriptionMax: 500,
  knowledgeItemsMax: 100,
  goalTitleMax: 300,
  goalNumberMax: 12,
  goalsMax: 100,
  consultationTitleMax: 200,
  retentionDaysMin: 30,
  retentionDaysMax: 3_650,
} as const;
const P = PublicLimits;

/** Lower-case letters, digits and single dashes: `temaplan-medborgerskap`. */
export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(P.slugMin, `the address is at least ${P.slugMin} characters`)
  .max(P.slugMax, `the address is at most ${P.slugMax} characters`)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'the address may hold only a–z, 0–9 and single dashes');

/** A readable slug from a title: «Temaplan for medborgerskap» → `temaplan-for-medborgerskap`. */
export function slugFromTitle(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, P.slugMax)
    .replace(/-+$/g, '');
  return slug.length >= P.slugMin ? slug : `plan-${slug || 'ny'}`;
}

const richNodeSchema: z.ZodType<RichNode> = z.lazy(() =>
  z.strictObject({
    type: z.string().max(40),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(richNodeSchema).max(500).optional(),
    text: z.string().max(20_000).optional(),
    marks: z
      .array(z.strictObject({ type: z.string().max(40), attrs: z.record(z.string(), z.unknown()).optional() }))
      .max(10)
      .optional(),
  }),
);

/**
 * The owner's intro, as the editor's JSON blocks. The server also runs it through the plan's own
 * rich-text sanitiser (unknown nodes unwrapped, unsafe links dropped) before storing it; the
 * public page renders it as React elements, never as HTML.
 */
export const introSchema = z
  .array(richNodeSchema)
  .max(200)
  .refine((blocks) => JSON.stringify(blocks).length <= P.introMaxBytes, `the intro is at most ${P.introMaxBytes} bytes`);

const contactText = z.string().trim().max(P.contactFieldMax);

export const contactSchema = z.strictObject({
  name: contactText,
  /** e.g. «saksbehandler, Kultur og frivillighet». */
  title: contactText,
  email: z.union([z.literal(''), z.email().max(P.contactFieldMax)]),
  phone: contactText,
});
export type PublicContact = z.infer<typeof contactSchema>;

/** Who, beside the owner and editors, may read the input inbox. */
export const INBOX_EXTRA_ROLES = ['facilitator', 'observer'] as const;
export type InboxExtraRole = (typeof INBOX_EXTRA_ROLES)[number];

export interface PublicSettings {
  /** Off until the owner switches it on: then `/p/<slug>` answers. */
  enabled: boolean;
  slug: string;
  intro: RichNode[];
  contact: PublicContact;
  /** The frozen version residents read, or null (the page then shows no plan text). */
  publishedVersionId: string | null;
  /** Input outside any consultation («send us your input»), on the published version. */
  openInput: boolean;
  /** After a consultation's deadline: show the list of input on the public page. */
  publishInputList: boolean;
  /** Days after receipt when residents' names and e-mails are deleted (the text stays). */
  retentionDays: number;
  inboxRoles: InboxExtraRole[];
}

/** Every field optional: what is sent changes, the rest stays. */
export const updatePublicSettingsBodySchema = z.strictObject({
  enabled: z.boolean().optional(),
  slug: slugSchema.optional(),
  intro: introSchema.optional(),
  contact: contactSchema.optional(),
  publishedVersionId: idSchema.nullable().optional(),
  openInput: z.boolean().optional(),
  publishInputList: z.boolean().optional(),
  retentionDays: z.number().int().min(P.retentionDaysMin).max(P.retentionDaysMax).optional(),
  inboxRoles: z.array(z.enum(INBOX_EXTRA_ROLES)).max(INBOX_EXTRA_ROLES.length).optional(),
});
export type UpdatePublicSettingsBody = z.infer<typeof updatePublicSettingsBodySchema>;

export interface PublicSettingsResponse {
  settings: PublicSettings;
  /** Whether e-mail receipts can be sent (`SMTP_URL` set): the owner's page says so when not. */
  receiptsByEmail: boolean;
  /** The page's address, e.g. http://localhost:3000/p/temaplan-medborgerskap. */
  publicUrl: string;
}

// The knowledge base: documents (uploaded, `multipart/form-data` with fields `title`,
// `description` and one `file`) and links, in the owner's order.

export interface KnowledgeFileInfo {
  id: string;
  name: string;
  kind: FileKind;
  size: number;
}

export interface KnowledgeItem {
  id: string;
  title: string;
  description: string;
  /** A link's address (http, https), or null for a document. */
  url: string | null;
  /** A document's file, or null for a link. */
  file: KnowledgeFileInfo | null;
}

export interface KnowledgeListResponse {
  /** In the owner's order. */
  items: KnowledgeItem[];
}

const knowledgeTitle = z.string().trim().min(1, 'title is required').max(P.knowledgeTitleMax);
const knowledgeDescription = z.string().trim().max(P.knowledgeDescriptionMax);
const linkUrl = z
  .string()
  .trim()
  .max(MAX_LINK_LENGTH)
  .refine((url) => isSafeHref(url) && /^https?:/i.test(url), 'links must be http or https addresses');

export const addKnowledgeLinkBodySchema = z.strictObject({
  title: knowledgeTitle,
  description: knowledgeDescription.default(''),
  url: linkUrl,
});
export type AddKnowledgeLinkBody = z.input<typeof addKnowledgeLinkBodySchema>;

/** The text fields of an uploaded document (the file itself is the multipart `file` part). */
export const knowledgeFileFieldsSchema = z.strictObject({
  title: knowledgeTitle,
  description: knowledgeDescription.default(''),
});

export const updateKnowledgeItemBodySchema = z.strictObject({
  title: knowledgeTitle.optional(),
  description: knowledgeDescription.optional(),
  url: linkUrl.optional(),
});
export type UpdateKnowledgeItemBody = z.input<typeof updateKnowledgeItemBodySchema>;

/** The complete new order: every item id of the plan, once. */
export const reorderBodySchema = z.strictObject({ ids: z.array(idSchema).max(500) });
export type ReorderBody = z.infer<typeof reorderBodySchema>;

// The master plan's goals (kommuneplanens samfunnsdel), each optionally on one SDG, and the
// focus areas (ids in the plan document) that serve each.

export interface PlanGoal {
  id: string;
  /** The master plan's own numbering, e.g. «2» or «2.1». */
  number: string;
  title: string;
  sdg: SdgNumber | null;
  /** Focus area ids (plan document) linked to this goal. */
  focusAreaIds: string[];
}

export interface GoalListResponse {
  /** In the owner's order. */
  goals: PlanGoal[];
}

export const goalBodySchema = z.strictObject({
  number: z.string().trim().max(P.goalNumberMax),
  title: z.string().trim().min(1, 'title is required').max(P.goalTitleMax),
  sdg: z
    .number()
    .int()
    .refine((n) => (SDG_NUMBERS as readonly number[]).includes(n), 'SDGs are numbered 1–17')
    .nullable(),
});
export type GoalBody = z.infer<typeof goalBodySchema>;

/** Replaces the goals one focus area serves. */
export const focusAreaGoalsBodySchema = z.strictObject({ goalIds: z.array(idSchema).max(P.goalsMax) });
export type FocusAreaGoalsBody = z.infer<typeof focusAreaGoalsBodySchema>;

// Consultations (høring): a window on a published version, to the second, in server time.

export interface Consultation {
  id: string;
  title: string;
  versionId: string;
  /** Milliseconds since the epoch. */
  opensAt: number;
  closesAt: number;
}

export interface ConsultationListResponse {
  /** Oldest opening first. */
  consultations: Consultation[];
  /** The server's clock when answering, so the page can say «opens in …» honestly. */
  serverNow: number;
}

export const consultationBodySchema = z
  .strictObject({
    title: z.string().trim().min(1, 'title is required').max(P.consultationTitleMax),
    versionId: idSchema,
    opensAt: z.number().int().min(0),
    closesAt: z.number().int().min(0),
  })
  .refine((c) => c.closesAt > c.opensAt, 'a consultation closes after it opens');
export type ConsultationBody = z.infer<typeof consultationBodySchema>;

// What residents read: `GET /api/public/plans/:slug`.

/** How a visitor may take part right now. */
export type InputWindow =
  | { kind: 'consultation'; consultation: Consultation }
  | { kind: 'open' }
  | { kind: 'closed'; /** The next consultation that has not opened yet, if any. */ next: Consultation | null };

export interface PublicGoal {
  number: string;
  title: string;
  sdg: SdgNumber | null;
  focusAreaIds: string[];
}

export interface PublicPlanResponse {
  /** `logoUrl`: the municipality's logo (PNG or checked SVG) for an `<img>`, or null. */
  /** `contentLanguage`: what the plan text (title, intro, published version) is written in. */
  plan: { title: string; municipality: string; slug: string; logoUrl?: string | null; contentLanguage?: 'nb' | 'nn' };
  intro: RichNode[];
  contact: PublicContact;
  process: { steps: ProcessStepEntry[]; current: ProcessStep | null };
  knowledge: KnowledgeItem[];
  goals: PublicGoal[];
  /** The published version, or null when none is. */
  version: { id: string; name: string; createdAt: number; snapshot: PlanSnapshot } | null;
  input: InputWindow;
  /** Signed start time for the form (the server refuses a form sent too soon after it). */
  formToken: string;
  /** After a deadline, when the owner published the list: see `PublicInputListResponse`. */
  inputListPublished: boolean;
  /** The plan's association list, to choose from in the form. */
  associations: string[];
  /** Days after receipt when names and e-mails are deleted (the form's privacy text says so). */
  retentionDays: number;
  serverNow: number;
}

export interface KnowledgeItemResponse {
  item: KnowledgeItem;
}

export interface GoalResponse {
  goal: PlanGoal;
}

export interface ConsultationResponse {
  consultation: Consultation;
}
