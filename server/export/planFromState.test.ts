import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { discussionView } from '../../shared/discussion/view';
import { discussionSnapshot } from '../../shared/export/model/planDiscussion';
import { discussionPlan } from '../../shared/export/testing/discussionPlan';
import { damageLikeTheIssue, soundPlan } from '../../shared/plan/schema/damagedPlan';
import type { ShapeProblem } from '../../shared/plan/schema/problems';
import { planSnapshot } from '../../shared/plan/snapshot';
import { planDocumentFromState, type PlanRenderInput } from './planFromState';
import { planExportDocument, type PlanExportMeta } from './planExportDocument';

const meta: PlanExportMeta = {
  plan: { title: 'Temaplan', municipality: 'Asker kommune', contentLanguage: 'nn' },
  version: { name: 'Til høring', step: 'consultation', createdAt: Date.UTC(2026, 10, 2) },
  history: [{ name: 'Til høring', step: 'consultation', createdAt: Date.UTC(2026, 10, 2) }],
  contributors: [{ name: 'Kari Nordmann', association: null }],
  goals: [],
  locale: 'nb',
};

/**
 * The worker builds from bytes what the route used to build from the live document: the same
 * document, so moving it off the event loop changed no file.
 */
describe('a plan document built from its state', () => {
  it('is the document built from the plan itself, and reports what did not fit', () => {
    const plan = soundPlan();
    damageLikeTheIssue(plan);
    const expected: ShapeProblem[] = [];
    const direct = planExportDocument(planSnapshot(plan, (problem) => expected.push(problem)), meta);
    const input: PlanRenderInput = { ...meta, format: 'pdf', planState: Y.encodeStateAsUpdate(plan), logo: null };
    const built = planDocumentFromState(input);
    expect(built.doc).toEqual(direct);
    expect(expected.length).toBeGreaterThan(0);
    expect(built.problems).toEqual(expected);
    expect(built.planTitle).toBe(planSnapshot(plan).title || meta.plan.title);
  });

  it('marks the open discussion as the route did, as comments or not at all', () => {
    const { plan, discussion } = discussionPlan();
    const annotate = { comments: true, suggestions: true };
    const annotated = discussionSnapshot(plan, discussionView(discussion), annotate);
    const input: PlanRenderInput = {
      ...meta,
      format: 'docx',
      planState: Y.encodeStateAsUpdate(plan),
      discussion: { state: Y.encodeStateAsUpdate(discussion), annotate, as: 'comments' },
      logo: null,
    };
    expect(planDocumentFromState(input).doc).toEqual(
      planExportDocument(annotated.snapshot, meta, { discussion: annotated.discussion, as: 'comments' }),
    );
    const suggestionsOnly = { ...input, discussion: { ...input.discussion!, as: null } };
    expect(planDocumentFromState(suggestionsOnly).doc).toEqual(planExportDocument(annotated.snapshot, meta));
  });
});
