import { inputReference, type SectionKey, type SubmitterKind } from '../../../shared/api/inputs';
import { newId } from '../../../shared/plan/items';
import type { InputRecord } from '../../../server/storage/Storage';
import { addSections } from '../../support/publicSideFiles';
import type { TestServer } from '../../support/testServer';
import type { StaffPerson } from '../accounts';

/** Shared steps for the input inbox; not a test file (vitest only picks up *.test.ts). */

export interface SeededInput {
  id: string;
  reference: string;
}

export interface InboxPlan {
  planId: string;
  focusAreas: [string, string];
  strategies: [string, string];
  /** The frozen version the consultation is on. */
  versionId: string;
  consultationId: string;
}

/**
 * A new plan owned by `owner` (through the real route) with two focus areas, the first with two
 * strategies, a frozen consultation version and a consultation open now.
 */
export async function inboxPlan(
  server: TestServer,
  owner: StaffPerson,
  title: string,
): Promise<InboxPlan> {
  const headers = { origin: server.url };
  const created = await owner.context.request.post(`${server.url}/api/plans`, {
    data: { title },
    headers,
  });
  if (created.status() !== 201) throw new Error(`creating a plan failed: ${created.status()}`);
  const planId = ((await created.json()) as { plan: { id: string } }).plan.id;
  const { focusAreas, strategies } = await addSections(server, planId);
  const frozen = await owner.context.request.post(`${server.url}/api/plans/${planId}/versions`, {
    data: { name: 'Høringsutkast', step: 'consultation' },
    headers,
  });
  if (frozen.status() !== 201) throw new Error(`freezing a version failed: ${frozen.status()}`);
  const versionId = ((await frozen.json()) as { version: { id: string } }).version.id;
  const now = Date.now();
  const consultationId = newId();
  await server.medverk.storage.consultations.add({
    id: consultationId,
    planId,
    title: 'Høring våren 2026',
    versionId,
    opensAt: now - 86_400_000,
    closesAt: now + 86_400_000,
    createdAt: now,
  });
  return { planId, focusAreas, strategies, versionId, consultationId };
}

export interface InputSeed {
  section: SectionKey;
  sectionLabel: string;
  text: string;
  submitterKind?: SubmitterKind;
  organisation?: string;
  name?: string;
  email?: string;
  status?: InputRecord['status'];
  tags?: string[];
  /** Minutes before now it arrived (the list is newest first). */
  minutesAgo: number;
  consultation?: { id: string; versionId: string };
}

/** Stores one input straight through storage, as if it had come from the public form. */
export async function seedInput(
  server: TestServer,
  planId: string,
  seed: InputSeed,
): Promise<SeededInput> {
  const receivedAt = Date.now() - seed.minutesAgo * 60_000;
  const id = newId();
  const number = await server.medverk.storage.inputs.createInput(
    {
      id,
      planId,
      channel: 'web',
      section: seed.section,
      sectionLabel: seed.sectionLabel,
      consultationId: seed.consultation?.id ?? null,
      versionId: seed.consultation?.versionId ?? null,
      workshopId: null,
      text: seed.text,
      submitterKind: seed.submitterKind ?? 'resident',
      organisation: seed.organisation ?? '',
      name: seed.name ?? '',
      email: seed.email ?? '',
      namePublic: false,
      status: seed.status ?? 'new',
      tags: seed.tags ?? [],
      duplicateOf: null,
      summary: '',
      assessment: '',
      changeSection: null,
      receivedAt,
      updatedAt: receivedAt,
      personalDataRemovedAt: null,
    },
    [],
  );
  return { id, reference: inputReference(receivedAt, number) };
}
