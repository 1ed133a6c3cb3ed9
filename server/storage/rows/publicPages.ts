import {
  INBOX_EXTRA_ROLES,
  PublicLimits,
  type PublicContact,
  type PublicSettings,
} from '../../../shared/api/publicPage';
import type { RichNode } from '../../../shared/plan/richText';
import type { PublicPageRecord } from '../Storage';

/** Days before residents' names and e-mails are deleted, when the owner has not chosen. */
export const DEFAULT_RETENTION_DAYS = 365;

/** What a plan's public side is before the owner changes anything (the slug is the caller's). */
export function defaultPublicSettings(slug: string): PublicSettings {
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

export interface PublicPageRow {
  plan_id: string;
  slug: string;
  /** JSON: the settings except the slug (which has its own, unique column). */
  settings: string;
  updated_at: number;
}

export function toPublicPageRecord(row: PublicPageRow): PublicPageRecord {
  return {
    planId: row.plan_id,
    updatedAt: row.updated_at,
    ...parseSettings(row.settings, row.slug),
  };
}

/** The `settings` column for a record (everything but the plan, slug and time). */
export function settingsJson(record: PublicPageRecord): string {
  const stored: Omit<PublicSettings, 'slug'> = {
    enabled: record.enabled,
    intro: record.intro,
    contact: record.contact,
    publishedVersionId: record.publishedVersionId,
    openInput: record.openInput,
    publishInputList: record.publishInputList,
    retentionDays: record.retentionDays,
    inboxRoles: record.inboxRoles,
  };
  return JSON.stringify(stored);
}

/**
 * Stored settings over the defaults, field by field: a field that is missing (written by an
 * older server) or of the wrong shape falls back to its default instead of breaking the page.
 */
export function parseSettings(json: string, slug: string): PublicSettings {
  const settings = defaultPublicSettings(slug);
  const value = parseObject(json);
  if (!value) return settings;
  if (typeof value.enabled === 'boolean') settings.enabled = value.enabled;
  if (Array.isArray(value.intro)) settings.intro = value.intro.filter(isRichNode);
  settings.contact = parseContact(value.contact);
  if (typeof value.publishedVersionId === 'string')
    settings.publishedVersionId = value.publishedVersionId;
  if (typeof value.openInput === 'boolean') settings.openInput = value.openInput;
  if (typeof value.publishInputList === 'boolean')
    settings.publishInputList = value.publishInputList;
  if (typeof value.retentionDays === 'number' && Number.isFinite(value.retentionDays)) {
    settings.retentionDays = Math.min(
      PublicLimits.retentionDaysMax,
      Math.max(PublicLimits.retentionDaysMin, Math.round(value.retentionDays)),
    );
  }
  if (Array.isArray(value.inboxRoles)) {
    settings.inboxRoles = INBOX_EXTRA_ROLES.filter((role) =>
      (value.inboxRoles as unknown[]).includes(role),
    );
  }
  return settings;
}

function parseObject(json: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(json);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Only the outer shape is checked: the intro was sanitised before it was stored. */
function isRichNode(value: unknown): value is RichNode {
  return isObject(value) && typeof value.type === 'string';
}

function parseContact(value: unknown): PublicContact {
  const text = (key: keyof PublicContact): string =>
    isObject(value) && typeof value[key] === 'string' ? value[key] : '';
  return { name: text('name'), title: text('title'), email: text('email'), phone: text('phone') };
}
