import type { RichNode } from '../../../shared/plan/richText';
import type { PlanSnapshot } from '../../../shared/plan/snapshot';
import { exportLabels } from '../../../shared/export/labels';
import { buildExportDocument } from '../../../shared/export/model/buildExportDocument';
import type { ExportDocument, ExportMeta } from '../../../shared/export/model/types';

/** What people could type to break out of the text, used in every renderer's tests. */
export const attacks = {
  script: '<script>alert(1)</script>',
  attribute: '"><img src=x onerror=alert(1)>',
  xml: ']]></w:t></w:r><w:r><w:t>& &amp; \' "',
  javascript: 'javascript:alert(1)',
} as const;

export const sami = 'Sámi: čđŋšŧž ÁČĐŊŠŦŽ';

const t = (text: string, ...marks: string[]): RichNode =>
  marks.length > 0
    ? { type: 'text', text, marks: marks.map((type) => ({ type })) }
    : { type: 'text', text };
const p = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });
const link = (text: string, href: string): RichNode => ({
  type: 'text',
  text,
  marks: [{ type: 'link', attrs: { href } }],
});
const item = (...content: RichNode[]): RichNode => ({ type: 'listItem', content });

export function sampleSnapshot(): PlanSnapshot {
  return {
    title: 'ignored: the meta title wins',
    municipality: 'Asker kommune',
    purpose: [
      p(t('Å øke deltakelsen i lokalsamfunnet – for æ, ø og å. '), t(sami, 'italic')),
      p(t(attacks.script), { type: 'hardBreak' }, t(attacks.attribute), t(attacks.xml, 'bold')),
      p(
        link('farlig lenke', attacks.javascript),
        t(' og '),
        link('kommunen', 'https://www.asker.kommune.no/?a=1&b="2"'),
      ),
    ],
    focusAreas: [
      {
        id: 'a1',
        number: '1',
        title: 'Møteplasser og læring',
        body: [
          { type: 'heading', attrs: { level: 3 }, content: [t('Bakgrunn for området')] },
          p(t('Fet', 'bold'), t(' og '), t('kursiv', 'italic'), t(' og '), t('kode', 'code')),
          {
            type: 'bulletList',
            content: [
              item(p(t('Første punkt')), {
                type: 'orderedList',
                attrs: { start: 3 },
                content: [item(p(t('Nummer tre'))), item(p(t('Nummer fire')))],
              }),
              item(p(t('Andre punkt'))),
            ],
          },
          { type: 'blockquote', content: [p(t('Sitat fra høringen'))] },
          { type: 'codeBlock', content: [t('const a = "<b>";')] },
          { type: 'horizontalRule' },
        ],
        strategies: [
          { id: 's11', number: '1.1', body: [p(t('Styrke lag og foreninger.'))] },
          { id: 's12', number: '1.2', body: [p(t('Gjøre lokaler tilgjengelige.'))] },
        ],
      },
      {
        id: 'a2',
        number: '2',
        title: `Frivillighet ${attacks.script}`,
        body: [],
        strategies: [{ id: 's21', number: '2.1', body: [] }],
      },
    ],
  };
}

export function sampleMeta(overrides: Partial<ExportMeta> = {}): ExportMeta {
  return {
    municipality: 'Asker kommune',
    planTitle: `Temaplan for medborgerskap & kultur ${attacks.script}`,
    versionName: 'Versjon 2',
    status: 'Til førstegangsbehandling',
    date: new Date('2025-03-14T10:00:00Z'),
    locale: 'nb',
    provenance: [
      {
        strategyNumber: '1.2',
        workshop: 'Fokusgruppe Østre',
        activity: attacks.attribute,
        votes: 12,
        contributors: 8,
      },
      {
        strategyNumber: '1.1',
        workshop: 'Fokusgruppe Vestre',
        activity: 'Idémyldring',
        votes: 1200,
        contributors: 5,
      },
    ],
    contributors: [
      { name: 'Áilu Ŋuolas', association: 'Asker Sámi searvi' },
      { name: `Kari ${attacks.script}`, association: null },
    ],
    history: [{ name: 'Utkast 1', step: 'Utarbeidelse', date: new Date('2025-01-20T12:00:00Z') }],
    goals: [
      // Linked to both focus areas (listed in plan order) and to one the plan no longer has.
      {
        number: '2',
        title: `Et inkluderende lokalsamfunn ${attacks.script}`,
        sdg: 11,
        focusAreaIds: ['a2', 'gone', 'a1'],
      },
      { number: '3.1', title: 'Gode oppvekstvilkår', sdg: null, focusAreaIds: [] },
    ],
    ...overrides,
  };
}

export function sampleDocument(overrides: Partial<ExportMeta> = {}): ExportDocument {
  const meta = sampleMeta(overrides);
  return buildExportDocument(sampleSnapshot(), meta, exportLabels(meta.locale));
}
