import * as Y from 'yjs';
import type { SubmitInputFields } from '../../shared/api/inputs';
import type { PublicSettings } from '../../shared/api/publicPage';
import { addFocusArea } from '../../shared/plan/focusAreas';
import { newId } from '../../shared/plan/items';
import { addStrategy } from '../../shared/plan/strategies';
import { createPlan } from '../../server/plans/createPlan';
import { FORM_TOKEN_SECRET, signFormToken } from '../../server/public/formToken';
import { withLiveDoc } from '../../server/versions/planVersions';
import { postMultipart, type UploadPart } from '../support/publicSideFiles';
import type { TestServer } from '../support/testServer';

/** A plan with a public page, set up straight through storage (the owner's routes are tested elsewhere). */
export interface PublicPlan {
  planId: string;
  slug: string;
  versionId: string;
  focusAreaId: string;
  strategyId: string;
  /** Changes the page's settings (the rest stay). */
  settings(changes: Partial<PublicSettings>): Promise<void>;
  /** Adds a consultation on the published version; resolves to its id. */
  consultation(window: { opensAt: number; closesAt: number; title?: string }): Promise<string>;
  /** Moves a consultation's window. */
  moveConsultation(id: string, window: { opensAt: number; closesAt: number }): Promise<void>;
}

export async function publicPlan(
  server: TestServer,
  options: { slug?: string; settings?: Partial<PublicSettings> } = {},
): Promise<PublicPlan> {
  const storage = server.medverk.storage;
  const plan = await createPlan(storage.plans, { title: 'Temaplan for medborgerskap', municipality: 'Asker kommune' });
  const { focusAreaId, strategyId, state } = await withLiveDoc(server.medverk.docs, plan.id, (doc) => {
    const area = addFocusArea(doc, { title: 'Møteplasser' });
    addFocusArea(doc, { title: 'Frivillighet' });
    const strategy = addStrategy(doc, area);
    if (!strategy) throw new Error('could not add a strategy');
    return { focusAreaId: area, strategyId: strategy, state: Y.encodeStateAsUpdate(doc) };
  });
  const versionId = newId();
  await storage.versions.createVersion({
    id: versionId,
    planId: plan.id,
    name: 'Til høring',
    step: 'consultation',
    state,
    createdAt: Date.now(),
    createdBy: 'Saksbehandler',
  });
  const slug = options.slug ?? `temaplan-${newId().toLowerCase()}`;
  let current: PublicSettings = {
    enabled: true,
    slug,
    intro: [],
    contact: { name: 'Kari Saksbehandler', title: 'rådgiver', email: 'kari@asker.kommune.no', phone: '' },
    publishedVersionId: versionId,
    openInput: false,
    publishInputList: false,
    retentionDays: 365,
    inboxRoles: [],
    ...options.settings,
  };
  const save = async () => {
    const saved = await storage.publicPages.saveSettings({ ...current, planId: plan.id, updatedAt: Date.now() });
    if (saved !== 'ok') throw new Error(`saving settings: ${saved}`);
  };
  await save();
  return {
    planId: plan.id,
    slug,
    versionId,
    focusAreaId,
    strategyId,
    async settings(changes) {
      current = { ...current, ...changes };
      await save();
    },
    async consultation({ opensAt, closesAt, title = 'Høring av temaplanen' }) {
      const id = newId();
      await storage.consultations.add({ id, planId: plan.id, title, versionId, opensAt, closesAt, createdAt: Date.now() });
      return id;
    },
    async moveConsultation(id, { opensAt, closesAt }) {
      const found = await storage.consultations.get(id);
      if (!found) throw new Error('no such consultation');
      await storage.consultations.update(id, { title: found.title, versionId: found.versionId, opensAt, closesAt });
    },
  };
}

/**
 * A form token handed out `ageMs` ago (signed with the server's own secret), so tests need not
 * wait out the minimum fill time.
 */
export async function formToken(server: TestServer, ageMs = 10_000): Promise<string> {
  const secret = await server.medverk.storage.publicPages.secret(FORM_TOKEN_SECRET);
  return signFormToken(secret, Date.now() - ageMs);
}

/** Posts the public form; fields default to a resident's valid input on the whole plan. */
export async function submitInput(
  server: TestServer,
  slug: string,
  fields: Partial<Record<keyof SubmitInputFields, string>> = {},
  files: readonly UploadPart[] = [],
): Promise<Response> {
  const all: Record<string, string> = {
    section: 'plan',
    text: 'Vi trenger flere møteplasser for unge på kveldstid.',
    submitterKind: 'resident',
    formToken: fields.formToken ?? (await formToken(server)),
    ...fields,
  };
  return postMultipart(server.url, null, `/api/public/plans/${slug}/inputs`, all, files);
}
