import { PublicLimits, slugFromTitle, type PublicSettings } from '../../shared/api/publicPage';
import type { PlanRecord, PublicPageStorage } from '../storage/Storage';

/** Days residents' names and e-mails are kept when the owner has not chosen. */
export const DEFAULT_RETENTION_DAYS = 365;

/** The settings of a plan whose owner never saved any: the page off, nothing published. */
export function defaultSettings(slug: string): PublicSettings {
  return {
    enabled: false,
    slug,
    intro: [],
    contact: { name: '', title: '', email: '', phone: '' },
    publishedVersionId: null,
    openInput: false,
    publishInputList: false,
    retentionDays: DEFAULT_RETENTION_DAYS,
    inboxRoles: [],
  };
}

/** `base`, or `base-2`, `base-3`… cut so the whole stays within the slug's length. */
function withSuffix(base: string, n: number): string {
  if (n === 1) return base;
  const suffix = `-${n}`;
  return `${base.slice(0, PublicLimits.slugMax - suffix.length).replace(/-+$/, '')}${suffix}`;
}

/**
 * A slug from the plan's title that no other plan holds now. Another plan may still take it
 * before this one saves: saving then answers "taken", and the owner picks another.
 */
export async function freeSlugFor(pages: PublicPageStorage, plan: PlanRecord): Promise<string> {
  const base = slugFromTitle(plan.title);
  for (let n = 1; n < 1_000; n += 1) {
    const slug = withSuffix(base, n);
    const holder = await pages.getBySlug(slug);
    if (!holder || holder.planId === plan.id) return slug;
  }
  return withSuffix(base, Date.now());
}

/** The plan's stored settings, or the defaults (not stored) when the owner never saved any. */
export async function settingsOf(
  pages: PublicPageStorage,
  plan: PlanRecord,
): Promise<PublicSettings> {
  const stored = await pages.getSettings(plan.id);
  if (stored) return withoutRecordFields(stored);
  return defaultSettings(await freeSlugFor(pages, plan));
}

/** Only the settings: a stored record also carries its plan id and time. */
export function withoutRecordFields(
  record: PublicSettings & { planId?: string; updatedAt?: number },
): PublicSettings {
  return {
    enabled: record.enabled,
    slug: record.slug,
    intro: record.intro,
    contact: record.contact,
    publishedVersionId: record.publishedVersionId,
    openInput: record.openInput,
    publishInputList: record.publishInputList,
    retentionDays: record.retentionDays,
    inboxRoles: record.inboxRoles,
  };
}
