import { DEFAULT_DISCUSSION_SETTINGS, type DiscussionSettings } from '../../../shared/discussion/types';
import { DEFAULT_PLAN_LANGUAGE, isPlanLanguage } from '../../../shared/plan/contentLanguage';
import type { PlanRecord } from '../Storage';

export interface PlanRow {
  id: string;
  title: string;
  municipality: string;
  created_at: number;
  updated_at: number;
  discussion_settings?: string | null;
  content_language?: string | null;
}

export function toPlanRecord(row: PlanRow): PlanRecord {
  return {
    id: row.id,
    title: row.title,
    municipality: row.municipality,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    // A value this version does not know (written by a newer one) reads as the default.
    contentLanguage: isPlanLanguage(row.content_language) ? row.content_language : DEFAULT_PLAN_LANGUAGE,
  };
}

/** Stored settings over the defaults; a value that does not parse counts as unset. */
export function toDiscussionSettings(json: string | null | undefined): DiscussionSettings {
  if (!json) return { ...DEFAULT_DISCUSSION_SETTINGS };
  try {
    const value = JSON.parse(json) as Partial<Record<keyof DiscussionSettings, unknown>>;
    const flag = (key: keyof DiscussionSettings) => (typeof value[key] === 'boolean' ? value[key] : DEFAULT_DISCUSSION_SETTINGS[key]);
    return { observersMayComment: flag('observersMayComment'), editorsMayDecide: flag('editorsMayDecide'), suggestOnly: flag('suggestOnly') };
  } catch {
    return { ...DEFAULT_DISCUSSION_SETTINGS };
  }
}
