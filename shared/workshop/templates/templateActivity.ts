import { z } from 'zod';
import { activityConfigSchema, type ActivityConfig } from '../activityConfig';
import { WorkshopLimits as L } from '../limits';
import type { Activity } from '../types';

/**
 * One activity of an agenda template: its settings, with any reference to a brainstorm held as
 * that brainstorm's position inside the template (`source`), never as an id. Ids belong to one
 * workshop; positions survive being applied to another (see applyTemplate.ts).
 */
export interface TemplateActivity {
  /** `sourceActivityId` is always null here; `source` says which brainstorm is meant. */
  settings: ActivityConfig;
  /** 0-based position in the template of the brainstorm a cluster or vote works on, or null. */
  source: number | null;
}

const templateActivitySchema = z.strictObject({
  settings: activityConfigSchema,
  source: z
    .int()
    .min(0)
    .max(L.activities - 1)
    .nullable(),
});

/**
 * A template's activities as stored and sent: at most a full agenda, and every reference points
 * back to an earlier brainstorm of the same template (so applying in order resolves it).
 */
export const templateActivitiesSchema = z
  .array(templateActivitySchema)
  .min(1)
  .max(L.activities)
  .superRefine((activities, ctx) => {
    activities.forEach((activity, index) => {
      const problem = sourceProblem(activities, activity, index);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, path: [index, 'source'] });
    });
  });

function sourceProblem(
  all: readonly TemplateActivity[],
  activity: TemplateActivity,
  index: number,
): string | null {
  const { settings, source } = activity;
  if ('sourceActivityId' in settings && settings.sourceActivityId !== null) {
    return 'a template refers to its brainstorm by position (source), not by id';
  }
  if (source === null) return null;
  if (settings.kind !== 'cluster' && settings.kind !== 'vote') {
    return 'only a cluster or vote activity has a source';
  }
  if (source >= index) return 'the source must come before the activity';
  if (all[source]?.settings.kind !== 'brainstorm') return 'the source must be a brainstorm';
  return null;
}

/** The settings a facilitator chose for `activity`: no state, no notes, votes or answers. */
export function settingsOf(activity: Activity): ActivityConfig {
  const common = { prompt: activity.prompt, timeboxMinutes: activity.timeboxMinutes };
  switch (activity.kind) {
    case 'brainstorm':
      return { kind: 'brainstorm', ...common, clusteringBy: activity.clusteringBy };
    case 'cluster':
      return {
        kind: 'cluster',
        ...common,
        sourceActivityId: activity.sourceActivityId,
        clusteringBy: activity.clusteringBy,
      };
    case 'vote':
      return {
        kind: 'vote',
        ...common,
        sourceActivityId: activity.sourceActivityId,
        voteOn: activity.voteOn,
        votesPerPerson: activity.votesPerPerson,
      };
    case 'poll':
      return {
        kind: 'poll',
        ...common,
        options: [...activity.options],
        multiple: activity.multiple,
        resultsShown: activity.resultsShown,
      };
    case 'discussion':
      return { kind: 'discussion', ...common };
    default: {
      const unknown: never = activity;
      throw new Error(`unknown activity ${JSON.stringify(unknown)}`);
    }
  }
}

/** `settings` working on `sourceId` (cluster and vote); other kinds are returned as they are. */
export function withSource(settings: ActivityConfig, sourceId: string | null): ActivityConfig {
  if (settings.kind === 'cluster' || settings.kind === 'vote') {
    return { ...settings, sourceActivityId: sourceId };
  }
  return settings;
}
