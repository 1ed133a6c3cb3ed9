import type { RichNode } from '../../plan/richText';
import type { PlanSnapshot } from '../../plan/snapshot';
import type { SummaryInput, SummarySource } from './summaryModel';

/**
 * A consulted plan and input on it, for the summary's tests: every submitter kind, a consenting
 * and a non-consenting resident, a duplicate, input on a part the version does not have, and
 * text that tries to be markup or a spreadsheet formula.
 */
export const summaryAttacks = {
  script: '<script>alert(1)</script>',
  formula: '=HYPERLINK("http://evil.example","klikk")',
} as const;

const p = (text: string): RichNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

export function consultedPlan(): PlanSnapshot {
  return {
    title: 'Temaplan for medborgerskap',
    municipality: 'Asker kommune',
    purpose: [p('Formålet.')],
    focusAreas: [
      {
        id: 'fa1',
        number: '1',
        title: 'Møteplasser',
        body: [],
        strategies: [
          { id: 'st11', number: '1.1', body: [] },
          { id: 'st12', number: '1.2', body: [] },
        ],
      },
      {
        id: 'fa2',
        number: '2',
        title: 'Frivillighet',
        body: [],
        strategies: [{ id: 'st21', number: '2.1', body: [] }],
      },
    ],
  };
}

/** The plan now: a strategy added after the consultation (where one input led). */
export function currentPlan(): PlanSnapshot {
  const plan = consultedPlan();
  const area = plan.focusAreas[1];
  area?.strategies.push({ id: 'st22', number: '2.2', body: [] });
  return plan;
}

const base: Omit<SummaryInput, 'id' | 'reference' | 'receivedAt'> = {
  section: 'plan',
  sectionLabel: 'Hele planen',
  submitterKind: 'resident',
  organisation: '',
  name: '',
  namePublic: false,
  summary: '',
  text: 'Et innspill.',
  assessment: '',
  changeSection: null,
  status: 'new',
  duplicateOf: null,
};

const at = (day: number) => Date.UTC(2026, 2, day, 10, 0, 0);

export function summaryInputs(): SummaryInput[] {
  return [
    {
      ...base,
      id: 'i1',
      reference: 'INN-2026-0001',
      receivedAt: at(3),
      section: 'st:st12',
      sectionLabel: 'Strategi 1.2',
      submitterKind: 'association',
      organisation: 'Asker Sámi searvi',
      name: 'Áilu Ŋuolas',
      summary: 'Ønsker lokaler for samisk kulturarbeid.',
      text: `Vi trenger lokaler.\n\nHelst sentralt. ${summaryAttacks.script}`,
      assessment: `Tas til følge. ${summaryAttacks.formula}`,
      changeSection: 'st:st22',
      status: 'assessed',
    },
    {
      ...base,
      id: 'i2',
      reference: 'INN-2026-0002',
      receivedAt: at(4),
      name: 'Kari Nordmann',
      namePublic: true,
      summary: 'Vil ha flere benker.',
      text: 'Flere benker i parken, takk.',
      assessment: 'Tas ikke til følge.',
      status: 'assessed',
    },
    {
      ...base,
      id: 'i3',
      reference: 'INN-2026-0003',
      receivedAt: at(5),
      section: 'st:st12',
      sectionLabel: 'Strategi 1.2',
      name: 'Ola Hemmelig',
      namePublic: false,
      text: 'Samme som Sámi searvi: lokaler!',
      duplicateOf: 'i1',
    },
    {
      ...base,
      id: 'i4',
      reference: 'INN-2026-0004',
      receivedAt: at(6),
      section: 'st:gone',
      sectionLabel: 'Strategi 3.4',
      submitterKind: 'public-body',
      organisation: 'Statsforvalteren i Oslo og Viken',
      text: 'x'.repeat(2000),
    },
    {
      ...base,
      id: 'i5',
      reference: 'INN-2026-0005',
      receivedAt: at(2),
      section: 'fa:fa2',
      sectionLabel: '2 Frivillighet',
      submitterKind: 'association',
      organisation: 'asker sámi searvi',
      text: 'Frivillighet er viktig.',
      changeSection: 'st:removed',
    },
  ];
}

export function summarySource(overrides: Partial<SummarySource> = {}): SummarySource {
  return {
    municipality: 'Asker kommune',
    planTitle: 'Temaplan for medborgerskap',
    snapshot: consultedPlan(),
    current: currentPlan(),
    consultation: {
      title: 'Høring av temaplanen',
      opensAt: Date.UTC(2026, 2, 1, 8, 0, 0),
      closesAt: Date.UTC(2026, 3, 13, 21, 59, 0),
    },
    inputs: summaryInputs(),
    locale: 'nb',
    now: new Date(Date.UTC(2026, 3, 20, 12, 0, 0)),
    ...overrides,
  };
}
