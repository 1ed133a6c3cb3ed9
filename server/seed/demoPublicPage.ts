import * as Y from 'yjs';
import { planDocName } from '../../shared/protocol';
import { newId } from '../../shared/plan/items';
import { paragraph } from '../../shared/plan/richText';
import { planSnapshot } from '../../shared/plan/snapshot';
import type { PlanRecord, Storage } from '../storage/Storage';
import { DEFAULT_RETENTION_DAYS } from '../inputs/publicSettings';

const DAY = 24 * 60 * 60 * 1000;

/** From the municipality's own page (../shared/seed): what the plan is and how to take part. */
const INTRO = [
  'Temaplan for medborgerskap skal beskrive hvordan Asker kommune kan motivere og tilrettelegge for at innbyggerne ønsker å delta og ta medansvar for samfunn og fellesskap.',
  'Frivillighetsutvalget, som representerer 575 lag og foreninger, har nedsatt en arbeidsgruppe som sammen med saksbehandler utarbeider forslag til innsatsområder og strategier. Nå kan du si din mening om utkastet.',
];

/** Example goals of a master plan (kommuneplanens samfunnsdel), each on a UN goal. */
const GOALS = [
  {
    number: '1',
    title: 'Alle innbyggere kan delta i og ta medansvar for fellesskapet',
    sdg: 10,
    areas: [0, 3],
  },
  { number: '2', title: 'Gode møteplasser og anlegg i nærmiljøet', sdg: 11, areas: [0, 1] },
  { number: '3', title: 'Et levende og mangfoldig frivillig liv', sdg: 17, areas: [2] },
] as const;

/**
 * The demo plan's public side, so `npm start` shows it too: a frozen consultation draft, the
 * public page switched on at `/p/temaplan-for-medborgerskap` with an intro, a knowledge base
 * link, goals on focus areas, a process timeline around today and a consultation open now.
 */
export async function seedDemoPublicPage(
  storage: Storage,
  plan: PlanRecord,
  now = Date.now(),
): Promise<void> {
  const stored = await storage.docs.loadDoc(planDocName(plan.id));
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  const snapshot = planSnapshot(doc);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();

  const versionId = newId();
  await storage.versions.createVersion({
    id: versionId,
    planId: plan.id,
    name: 'Høringsutkast',
    step: 'consultation',
    state,
    createdAt: now,
    createdBy: null,
  });
  const steps = [
    ['drafting', -60],
    ['first-reading', -14],
    ['consultation', 0],
    ['second-reading', 60],
    ['adopted', 90],
  ] as const;
  // UTC's calendar day, not Oslo's (osloDate): it is never after Oslo's, so the consultation is
  // the current step from the first request, and ICU's date and time-zone data (~6 MB of RSS)
  // load with the first public page instead of at every start (issue #16).
  for (const [step, days] of steps)
    await storage.versions.setStepDate(plan.id, step, new Date(now + days * DAY).toISOString().slice(0, 10));
  await storage.consultations.add({
    id: newId(),
    planId: plan.id,
    title: 'Høring av temaplan for medborgerskap',
    versionId,
    opensAt: now,
    closesAt: now + 42 * DAY,
    createdAt: now,
  });

  await storage.knowledge.add({
    id: newId(),
    planId: plan.id,
    title: 'Følgeforskning av nærpolitiske ordninger 2020–2022',
    description:
      'Senter for sosial innovasjon og entreprenørskap (SESAM) ved Universitetet i Sørøst-Norge følgeforsker kommunens satsing på nærpolitiske ordninger.',
    url: 'https://app.cristin.no/persons/show.jsf?id=312510',
    fileId: null,
    position: 'a0',
    createdAt: now,
  });

  for (const [index, goal] of GOALS.entries()) {
    const id = newId();
    await storage.goals.addGoal({
      id,
      planId: plan.id,
      number: goal.number,
      title: goal.title,
      sdg: goal.sdg,
      position: `a${index}`,
      createdAt: now,
    });
    for (const area of goal.areas) {
      const focusArea = snapshot.focusAreas[area];
      if (!focusArea) continue;
      const linked = (await storage.goals.listLinks(plan.id)).filter(
        (l) => l.focusAreaId === focusArea.id,
      );
      await storage.goals.setFocusAreaGoals(plan.id, focusArea.id, [
        ...linked.map((l) => l.goalId),
        id,
      ]);
    }
  }

  await storage.publicPages.saveSettings({
    planId: plan.id,
    enabled: true,
    slug: 'temaplan-for-medborgerskap',
    intro: INTRO.map((text) => paragraph(text)),
    contact: {
      name: 'Saksbehandler for temaplanen',
      title: 'Kultur og frivillighet, Asker kommune',
      email: '',
      phone: '',
    },
    publishedVersionId: versionId,
    openInput: false,
    publishInputList: false,
    retentionDays: DEFAULT_RETENTION_DAYS,
    inboxRoles: [],
    updatedAt: now,
  });
}
