import {
  contactSchema,
  INBOX_EXTRA_ROLES,
  PublicLimits,
  slugSchema,
  type InboxExtraRole,
  type PublicSettings,
  type UpdatePublicSettingsBody,
} from '../../shared/api/publicPage';
import type { RichNode } from '../../shared/plan/richText';

/** The public page settings as the form holds them (numbers as typed, until checked). */
export interface SettingsForm {
  enabled: boolean;
  slug: string;
  intro: RichNode[];
  contactName: string;
  contactTitle: string;
  contactEmail: string;
  contactPhone: string;
  publishedVersionId: string;
  openInput: boolean;
  publishInputList: boolean;
  retentionDays: string;
  inboxRoles: InboxExtraRole[];
}

export type SettingsProblem =
  | { field: 'slug'; problem: 'short' | 'long' | 'characters' }
  | { field: 'intro'; problem: 'long' }
  | { field: 'contactEmail'; problem: 'email' }
  | { field: 'retentionDays'; problem: 'range' };

export function formOf(settings: PublicSettings): SettingsForm {
  return {
    enabled: settings.enabled,
    slug: settings.slug,
    intro: settings.intro,
    contactName: settings.contact.name,
    contactTitle: settings.contact.title,
    contactEmail: settings.contact.email,
    contactPhone: settings.contact.phone,
    publishedVersionId: settings.publishedVersionId ?? '',
    openInput: settings.openInput,
    publishInputList: settings.publishInputList,
    retentionDays: String(settings.retentionDays),
    inboxRoles: INBOX_EXTRA_ROLES.filter((role) => settings.inboxRoles.includes(role)),
  };
}

/** Why the address is not accepted, by the same rule the server applies (slugSchema). */
export function slugProblem(slug: string): 'short' | 'long' | 'characters' | null {
  const result = slugSchema.safeParse(slug);
  if (result.success) return null;
  const issue = result.error.issues[0];
  if (issue?.code === 'too_small') return 'short';
  if (issue?.code === 'too_big') return 'long';
  return 'characters';
}

/** An empty intro (one empty paragraph, as the editor starts) is stored as no blocks. */
export function introBlocks(blocks: readonly RichNode[]): RichNode[] {
  const empty = blocks.every((block) => block.type === 'paragraph' && !block.content?.length);
  return empty ? [] : [...blocks];
}

/** Every problem in the form, in the order the fields appear. */
export function settingsProblems(form: SettingsForm): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const slug = slugProblem(form.slug);
  if (slug) problems.push({ field: 'slug', problem: slug });
  if (JSON.stringify(introBlocks(form.intro)).length > PublicLimits.introMaxBytes)
    problems.push({ field: 'intro', problem: 'long' });
  if (!contactSchema.shape.email.safeParse(form.contactEmail.trim()).success)
    problems.push({ field: 'contactEmail', problem: 'email' });
  const days = Number(form.retentionDays);
  if (
    form.retentionDays.trim() === '' ||
    !Number.isInteger(days) ||
    days < PublicLimits.retentionDaysMin ||
    days > PublicLimits.retentionDaysMax
  )
    problems.push({ field: 'retentionDays', problem: 'range' });
  return problems;
}

/** The whole form as one update (call only when `settingsProblems` found none). */
export function bodyOf(form: SettingsForm): UpdatePublicSettingsBody {
  return {
    enabled: form.enabled,
    slug: form.slug.trim().toLowerCase(),
    intro: introBlocks(form.intro),
    contact: {
      name: form.contactName.trim(),
      title: form.contactTitle.trim(),
      email: form.contactEmail.trim(),
      phone: form.contactPhone.trim(),
    },
    publishedVersionId: form.publishedVersionId === '' ? null : form.publishedVersionId,
    openInput: form.openInput,
    publishInputList: form.publishInputList,
    retentionDays: Number(form.retentionDays),
    inboxRoles: [...form.inboxRoles],
  };
}
