import type { RichNode } from '../../shared/plan/richText';
import type { PlanSnapshot } from '../../shared/plan/snapshot';
import type { ExportMeta } from '../../shared/export/model/types';

/**
 * A plan at the top of the realistic range (15 focus areas × 10 strategies, a few paragraphs
 * each, Norwegian and Sami text, marks, lists and links), for timing the DOCX and PDF renderers.
 * Deterministic: the same arguments give the same plan, so timings compare across runs.
 */

const sentences = [
  'Asker kommune skal legge til rette for at innbyggerne kan delta i og ta ansvar for lokalsamfunnet.',
  'Frivillige lag og foreninger er bærebjelker i nærmiljøet, og kommunen skal være en god samarbeidspartner.',
  'Møteplasser for kultur, fysisk aktivitet, idrett og friluftsliv skal være åpne og tilgjengelige for alle.',
  'Barn og unge skal få medvirke tidlig, på arenaer der de allerede er, og på sine egne premisser.',
  'Lokaldemokratiforsøk skal prøves ut i nærmiljøene og evalueres sammen med forskningspartneren.',
  'Kunnskapsgrunnlaget viser at terskelen for å bli med øker når informasjonen er spredt og uoversiktlig.',
  'Samisk språk og kultur skal være synlig: Sámegiella, čállit, đuolbma, ŋ-lyden, šaldi, ŧ og ž skal vises riktig.',
  'Tiltakene skal følges opp årlig i handlingsdelen, med tydelig ansvar og ærlige vurderinger av måloppnåelse.',
];

const areaTitles = [
  'Møteplasser og læring',
  'Infrastruktur for kultur og idrett',
  'Frivillighet og foreninger',
  'Lokaldemokrati og nærmiljø',
  'Barn og unges medvirkning',
  'Friluftsliv og grønne lunger',
  'Inkludering og mangfold',
  'Informasjon og kommunikasjon',
  'Digital deltakelse',
  'Eldre som ressurs',
  'Samarbeid med næringslivet',
  'Kunnskap og forskning',
  'Samisk språk og kultur',
  'Folkehelse og trivsel',
  'Oppfølging og evaluering',
];

const text = (value: string, ...marks: string[]): RichNode =>
  marks.length > 0
    ? { type: 'text', text: value, marks: marks.map((type) => ({ type })) }
    : { type: 'text', text: value };

function sentence(seed: number): string {
  return sentences[seed % sentences.length] ?? '';
}

function paragraphs(seed: number, count: number): RichNode[] {
  const blocks: RichNode[] = [];
  for (let i = 0; i < count; i++) {
    blocks.push({
      type: 'paragraph',
      content: [
        text(`${sentence(seed + i)} `),
        text('Viktig:', 'bold'),
        text(` ${sentence(seed + i + 1)} `),
        text(sentence(seed + i + 2), 'italic'),
      ],
    });
  }
  return blocks;
}

function extras(seed: number): RichNode[] {
  if (seed % 3 === 0) {
    return [
      {
        type: 'bulletList',
        content: [0, 1, 2].map((i) => ({
          type: 'listItem',
          content: [{ type: 'paragraph', content: [text(sentence(seed + i))] }],
        })),
      },
    ];
  }
  if (seed % 3 === 1) {
    return [
      {
        type: 'paragraph',
        content: [
          text('Les mer på '),
          {
            type: 'text',
            text: 'kommunens nettside',
            marks: [{ type: 'link', attrs: { href: 'https://www.asker.kommune.no/' } }],
          },
          text('.'),
        ],
      },
    ];
  }
  return [];
}

export function buildLargeSnapshot(focusAreas = 15, strategiesPerArea = 10): PlanSnapshot {
  return {
    title: 'Temaplan for medborgerskap',
    municipality: 'Asker kommune',
    purpose: paragraphs(0, 3),
    focusAreas: Array.from({ length: focusAreas }, (_, a) => {
      const number = String(a + 1);
      return {
        id: `area-${number}`,
        number,
        title: areaTitles[a % areaTitles.length] ?? `Innsatsområde ${number}`,
        body: paragraphs(a, 2),
        strategies: Array.from({ length: strategiesPerArea }, (_, s) => ({
          id: `strategy-${number}-${s + 1}`,
          number: `${number}.${s + 1}`,
          body: [...paragraphs(a * 10 + s, 3), ...extras(a * 10 + s)],
        })),
      };
    }),
  };
}

/** Meta with every appendix filled, sized like a plan after a round of workshops. */
export function buildLargeMeta(snapshot: PlanSnapshot = buildLargeSnapshot()): ExportMeta {
  const strategies = snapshot.focusAreas.flatMap((area) => area.strategies);
  return {
    municipality: snapshot.municipality,
    planTitle: snapshot.title,
    versionName: 'Til førstegangsbehandling',
    status: 'Til førstegangsbehandling',
    date: new Date('2025-03-14T10:00:00Z'),
    locale: 'nb',
    provenance: strategies.map((strategy, i) => ({
      strategyNumber: strategy.number,
      workshop: `Fokusgruppe ${(i % 6) + 1}: Frivillighetsutvalget`,
      activity: i % 2 === 0 ? 'Idémyldring på lapper' : 'Gruppering og stemmegivning',
      votes: 5 + ((i * 7) % 40),
      contributors: 3 + (i % 12),
    })),
    contributors: Array.from({ length: 60 }, (_, i) => ({
      name: `Deltaker ${i + 1} Ødegård`,
      association:
        i % 4 === 0
          ? null
          : `Asker ${['idrettslag', 'skolekorps', 'historielag', 'Sámi searvi'][i % 4]}`,
    })),
    history: [
      { name: 'Utkast 1', step: 'Utarbeidelse', date: new Date('2025-01-20T12:00:00Z') },
      {
        name: 'Til førstegangsbehandling',
        step: 'Førstegangsbehandling',
        date: new Date('2025-03-14T10:00:00Z'),
      },
    ],
  };
}
