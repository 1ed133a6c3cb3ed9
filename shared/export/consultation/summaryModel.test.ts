import { describe, expect, it } from 'vitest';
import { summaryDocument } from './summaryDocument';
import { summaryAttacks, summaryInputs, summarySource } from './summaryFixture';
import { buildConsultationSummary, type SummaryInput } from './summaryModel';

describe('buildConsultationSummary', () => {
  const summary = buildConsultationSummary(summarySource());

  it('heads the summary with the plan, the consultation, its period in Oslo time and counts', () => {
    expect(summary.title).toBe('Høringsoppsummering');
    expect(summary.language).toBe('nb-NO');
    expect(summary.fields).toEqual([
      { label: 'Plan', value: 'Temaplan for medborgerskap' },
      { label: 'Høring', value: 'Høring av temaplanen' },
      // 08:00 UTC on 1 March is 09:00 in Oslo; 21:59 UTC on 13 April is 23:59 (summer time).
      { label: 'Høringsperiode', value: '1. mars 2026 kl. 09:00 – 13. april 2026 kl. 23:59' },
      { label: 'Antall innspill', value: '5' },
      { label: 'Dato', value: '20. april 2026' },
    ]);
    const all = buildConsultationSummary(summarySource({ consultation: null }));
    expect(all.title).toBe('Oppsummering av innspill');
    expect(all.fields.map((field) => field.label)).toEqual(['Plan', 'Antall innspill', 'Dato']);
  });

  it("orders sections as the plan does, with a strategy's focus area above it", () => {
    expect(
      summary.sections.map((s) => [s.level, s.label, s.entries.map((e) => e.reference)]),
    ).toEqual([
      // Input on a strategy the version does not have goes under the whole plan.
      [1, 'Hele planen', ['INN-2026-0002', 'INN-2026-0004']],
      [1, '1 Møteplasser', []],
      [2, 'Strategi 1.2', ['INN-2026-0001']],
      [1, '2 Frivillighet', ['INN-2026-0005']],
    ]);
    const gone = summary.sections[0]?.entries[1];
    expect(gone?.aimedAt).toBe('Gjaldt Strategi 3.4, som ikke er med i denne versjonen.');
    expect(summary.sections[0]?.entries[0]?.aimedAt).toBeNull();
  });

  it('prints each input with its summary, a quote, the assessment and the change', () => {
    const entry = summary.sections[2]?.entries[0];
    expect(entry).toMatchObject({
      reference: 'INN-2026-0001',
      from: 'Asker Sámi searvi',
      kind: 'Lag eller forening',
      received: '3. mars 2026',
      summary: ['Ønsker lokaler for samisk kulturarbeid.'],
      quote: ['Vi trenger lokaler.', `Helst sentralt. ${summaryAttacks.script}`],
      assessment: [`Tas til følge. ${summaryAttacks.formula}`],
      // The change is named as the current plan numbers it: a strategy added after the consultation.
      change: 'Strategi 2.2',
    });
    const unassessed = summary.sections[0]?.entries[1];
    expect(unassessed?.assessment).toEqual([]);
    expect(unassessed?.change).toBeNull();
    // A long text is quoted shortened, with an ellipsis.
    expect(unassessed?.quote.join('')).toHaveLength(600);
    expect(unassessed?.quote.at(-1)?.endsWith('…')).toBe(true);
    expect(summary.sections[3]?.entries[0]?.change).toBe('en del som ikke lenger er i planen');
  });

  it('lists a duplicate under its original instead of printing it again', () => {
    const references = summary.sections.flatMap((s) => s.entries.map((e) => e.reference));
    expect(references).not.toContain('INN-2026-0003');
    expect(summary.sections[2]?.entries[0]?.duplicates).toEqual([
      { reference: 'INN-2026-0003', from: 'Innbygger' },
    ]);
    // Chains resolve to the first original; an original outside the summary is named instead.
    const inputs = summaryInputs();
    const chained: SummaryInput[] = [
      ...inputs,
      { ...inputs[1]!, id: 'i6', reference: 'INN-2026-0006', receivedAt: 1, duplicateOf: 'i3' },
      {
        ...inputs[1]!,
        id: 'i7',
        reference: 'INN-2026-0007',
        receivedAt: 2,
        duplicateOf: 'elsewhere',
      },
    ];
    const withChain = buildConsultationSummary(
      summarySource({ inputs: chained, references: new Map([['elsewhere', 'INN-2025-0099']]) }),
    );
    const original = withChain.sections.find((s) => s.label === 'Strategi 1.2')?.entries[0];
    // In the order they came.
    expect(original?.duplicates.map((d) => d.reference)).toEqual([
      'INN-2026-0006',
      'INN-2026-0003',
    ]);
    const outside = withChain.sections[0]?.entries.find((e) => e.reference === 'INN-2026-0007');
    expect(outside?.duplicateOf).toBe('INN-2025-0099');
    // Two inputs marked as each other's duplicates are both printed.
    const circle = buildConsultationSummary(
      summarySource({
        inputs: [
          { ...inputs[1]!, id: 'a', reference: 'A', duplicateOf: 'b' },
          { ...inputs[1]!, id: 'b', reference: 'B', duplicateOf: 'a' },
        ],
      }),
    );
    expect(circle.sections[0]?.entries.map((e) => [e.reference, e.duplicateOf])).toEqual([
      ['A', 'B'],
      ['B', 'A'],
    ]);
  });

  it('names organisations and consenting residents only, and counts the rest as «Innbygger»', () => {
    expect(summary.senders).toEqual([
      // The same association written in two cases is one sender.
      { name: 'Asker Sámi searvi', kind: 'Lag eller forening', count: 2 },
      { name: 'Kari Nordmann', kind: 'Innbygger', count: 1 },
      { name: 'Statsforvalteren i Oslo og Viken', kind: 'Offentlig instans', count: 1 },
      { name: 'Innbygger', kind: 'Innbygger', count: 1 },
    ]);
    expect(JSON.stringify(summary)).not.toContain('Ola Hemmelig');
    // An association's contact person is not printed either.
    expect(JSON.stringify(summary)).not.toContain('Áilu');
    expect(summary.kinds).toEqual([
      { kind: 'Innbygger', count: 2 },
      { kind: 'Lag eller forening', count: 2 },
      { kind: 'Offentlig instans', count: 1 },
      { kind: 'Annen avsender', count: 0 },
    ]);
    expect(summary.total).toBe(5);
  });

  it("hides a consenting resident's name once it is deleted", () => {
    const inputs = summaryInputs().map((input) =>
      input.id === 'i2' ? { ...input, name: '' } : input,
    );
    const erased = buildConsultationSummary(summarySource({ inputs }));
    expect(JSON.stringify(erased)).not.toContain('Kari');
    expect(erased.senders.at(-1)).toEqual({ name: 'Innbygger', kind: 'Innbygger', count: 2 });
  });

  it('speaks nynorsk and English', () => {
    const nn = buildConsultationSummary(summarySource({ locale: 'nn' }));
    expect(nn.title).toBe('Høyringsoppsummering');
    expect(nn.sections[0]?.label).toBe('Heile planen');
    expect(nn.senders.at(-1)?.name).toBe('Innbyggjar');
    const en = buildConsultationSummary(summarySource({ locale: 'en' }));
    expect(en.title).toBe('Consultation summary');
    expect(en.fields[2]?.value).toBe('1 March 2026 at 09:00 – 13 April 2026 at 23:59');
    expect(en.sections[2]?.label).toBe('Strategy 1.2');
  });
});

describe('summaryDocument', () => {
  const doc = summaryDocument(buildConsultationSummary(summarySource()));
  const headings = doc.blocks.flatMap((b) => (b.type === 'heading' ? [[b.level, b.text]] : []));

  it('lays the summary out as headings, labelled paragraphs, quotes and tables', () => {
    expect(doc.title).toBe('Høringsoppsummering: Temaplan for medborgerskap');
    expect(doc.blocks[0]?.type).toBe('titlePage');
    expect(doc.blocks[1]?.type === 'toc' && doc.blocks[1].entries.map((e) => e.text)).toEqual([
      'Om oppsummeringen',
      'Hele planen',
      '1 Møteplasser',
      '2 Frivillighet',
      'Vedlegg 1: Innspill fra',
    ]);
    expect(headings).toContainEqual([3, 'INN-2026-0001 – Asker Sámi searvi']);
    expect(headings).toContainEqual([2, 'INN-2026-0002 – Kari Nordmann']);
    // Headings never skip a level downwards.
    headings.forEach(([level], i) => {
      if (i > 0) expect(level).toBeLessThanOrEqual(Number(headings[i - 1]?.[0]) + 1);
    });
    const text = JSON.stringify(doc.blocks);
    expect(text).toContain('Kommunedirektørens vurdering: ');
    expect(text).toContain('Ikke vurdert ennå.');
    expect(text).toContain('Endring i planen: ');
    expect(text).toContain('Likelydende innspill: ');
    expect(doc.blocks.filter((b) => b.type === 'quote')).toHaveLength(4);
    const tables = doc.blocks.filter((b) => b.type === 'table');
    expect(tables.map((t) => t.type === 'table' && t.rows.at(-1))).toEqual([
      ['Innbygger', 'Innbygger', '1'],
      ['Totalt', '5'],
    ]);
  });

  it('says so when no input came', () => {
    const empty = summaryDocument(buildConsultationSummary(summarySource({ inputs: [] })));
    expect(JSON.stringify(empty.blocks)).toContain('Det kom ingen innspill.');
  });
});
