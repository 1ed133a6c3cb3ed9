import type { PlanSnapshot } from '../../shared/plan/snapshot';
import { exportLabels, type ExportLocale } from '../../shared/export/labels';
import {
  buildExportDocument,
  type DiscussionExport,
} from '../../shared/export/model/buildExportDocument';
import type { Contributor, ExportDocument, ExportGoal, ExportMeta } from '../../shared/export/model/types';
import { stepLabel } from '../../shared/export/stepLabels';
import { planLanguageTag } from '../../shared/plan/contentLanguage';
import type { PlanRecord, VersionMeta } from '../storage/Storage';
import { provenanceRows } from './provenanceRows';

/** What of the plan's record an export prints. */
export type ExportedPlan = Pick<PlanRecord, 'title' | 'municipality' | 'contentLanguage'>;
/** What of a version an export prints: its name, step and when it was frozen. */
export type ExportedVersion = Pick<VersionMeta, 'name' | 'step' | 'createdAt'>;

/** Everything besides the content that a plan's export prints; plain data, so it crosses to a worker thread. */
export interface PlanExportMeta {
  plan: ExportedPlan;
  version: ExportedVersion | null;
  history: readonly ExportedVersion[];
  contributors?: readonly Contributor[];
  /** The master plan's goals the plan serves (`planGoals`): a table after the purpose. */
  goals?: readonly ExportGoal[];
  locale: ExportLocale;
  /** The live draft's date (a frozen version is dated when it was frozen). */
  now?: Date;
}

/** The case file's meta: title page fields and appendices, in the labels' language. */
export function exportMeta(snapshot: PlanSnapshot, input: PlanExportMeta): ExportMeta {
  const { plan, version, locale } = input;
  const provenance = provenanceRows(snapshot);
  return {
    municipality: plan.municipality,
    planTitle: snapshot.title || plan.title,
    versionName: version?.name ?? null,
    status: stepLabel(version ? version.step : 'draft', locale),
    date: version ? new Date(version.createdAt) : (input.now ?? new Date()),
    locale,
    ...(provenance.length > 0 ? { provenance } : {}),
    ...(input.contributors?.length ? { contributors: [...input.contributors] } : {}),
    ...(input.goals?.length ? { goals: [...input.goals] } : {}),
    ...(input.history.length > 0
      ? {
          history: input.history.map((entry) => ({
            name: entry.name,
            step: stepLabel(entry.step, locale),
            date: new Date(entry.createdAt),
          })),
        }
      : {}),
  };
}

/**
 * The printable document every format but Markdown renders from. The plan's text is in the
 * plan's language whatever the labels' (WCAG 3.1.2), so the document declares it.
 */
export function planExportDocument(
  snapshot: PlanSnapshot,
  input: PlanExportMeta,
  discussion?: DiscussionExport,
): ExportDocument {
  return {
    ...buildExportDocument(snapshot, exportMeta(snapshot, input), exportLabels(input.locale), discussion ? { discussion } : {}),
    contentLanguage: planLanguageTag(input.plan.contentLanguage),
  };
}
