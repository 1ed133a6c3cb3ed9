import { slugSchema, type PublicGoal, type PublicPlanResponse } from '../../shared/api/publicPage';
import { currentStep, osloDate } from '../../shared/inputs/currentStep';
import { inputWindow } from '../../shared/inputs/inputWindow';
import { presentConsultation, presentGoal, presentKnowledgeItem } from '../http/presenters/publicSide';
import { presentProcess } from '../http/presenters/version';
import type { ConsultationRecord, PlanRecord, PublicPageRecord, Storage } from '../storage/Storage';
import type { WarnLog } from '../versions/planProblems';
import type { FormTokens } from './formToken';
import type { VersionSnapshots } from './versionSnapshots';
import { compareNorwegian } from '../../shared/text/norwegianOrder';

export interface PublicPage {
  settings: PublicPageRecord;
  plan: PlanRecord;
}

/**
 * The plan behind a public address, only while its owner has the page switched on: a page
 * switched off answers exactly like one that never existed.
 */
export async function findPublicPage(storage: Storage, slug: string): Promise<PublicPage | null> {
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) return null;
  const settings = await storage.publicPages.getBySlug(parsed.data);
  if (!settings?.enabled) return null;
  const plan = await storage.plans.getPlan(settings.planId);
  return plan ? { settings, plan } : null;
}

/** Consultations whose deadline has passed at `now`: their input may be listed publicly. */
export function closedConsultations(consultations: readonly ConsultationRecord[], now: number): ConsultationRecord[] {
  return consultations.filter((c) => c.closesAt <= now);
}

export interface PublicViewDeps {
  storage: Storage;
  snapshots: VersionSnapshots;
  tokens: FormTokens;
  log: WarnLog;
  now: number;
}

/**
 * Everything residents read about a plan, in one answer: what the owner wrote, the process and
 * where it is now, the knowledge base, the goals, the published version, how one may take part
 * now, and a fresh form token. Nothing about people beyond the case officer's contact (which the
 * owner wrote for this page) and the association names (organisations, not persons).
 */
export async function buildPublicView(page: PublicPage, deps: PublicViewDeps): Promise<PublicPlanResponse> {
  const { storage, now } = deps;
  const { settings, plan } = page;
  const [process, knowledge, goals, links, consultations, associations, formToken, logoFileId] = await Promise.all([
    storage.versions.getProcess(plan.id),
    storage.knowledge.list(plan.id),
    storage.goals.listGoals(plan.id),
    storage.goals.listLinks(plan.id),
    storage.consultations.list(plan.id),
    storage.associations.listAssociations(plan.id),
    deps.tokens.issue(),
    storage.plans.getLogoFileId(plan.id),
  ]);
  const owners = knowledge.flatMap((item) => (item.fileId ? [item.id] : []));
  const files = owners.length > 0 ? await storage.files.listFilesOf(owners) : [];
  const filesById = new Map(files.map((file) => [file.id, file]));
  const published = settings.publishedVersionId
    ? await deps.snapshots.get(plan.id, settings.publishedVersionId, deps.log)
    : null;
  const steps = presentProcess(process).steps;
  const publicGoals: PublicGoal[] = goals.map((goal) => {
    const { number, title, sdg, focusAreaIds } = presentGoal(goal, links);
    return { number, title, sdg, focusAreaIds };
  });
  return {
    plan: {
      title: plan.title,
      municipality: plan.municipality,
      slug: settings.slug,
      contentLanguage: plan.contentLanguage,
      logoUrl: logoFileId ? `/api/public/plans/${settings.slug}/logo/${logoFileId}` : null,
    },
    intro: settings.intro,
    contact: settings.contact,
    process: { steps, current: currentStep(steps, osloDate(now)) },
    knowledge: knowledge.map((item) => presentKnowledgeItem(item, filesById)),
    goals: publicGoals,
    version: published
      ? {
          id: published.meta.id,
          name: published.meta.name,
          createdAt: published.meta.createdAt,
          snapshot: published.snapshot,
        }
      : null,
    input: inputWindow({
      consultations: consultations.map(presentConsultation),
      openInput: settings.openInput,
      // A published id whose version is gone publishes nothing: no open input on it.
      publishedVersionId: published ? published.meta.id : null,
      now,
    }),
    formToken,
    inputListPublished: settings.publishInputList && closedConsultations(consultations, now).length > 0,
    associations: associations.map((a) => a.name).sort(compareNorwegian),
    retentionDays: settings.retentionDays,
    serverNow: now,
  };
}
