import type { InputStatus, SectionKey, SubmitterKind } from '../../api/inputs';
import type { PlanSnapshot } from '../../plan/snapshot';
import { exportLabels, type ExportLabels, type ExportLocale } from '../labels';
import { formatCount, formatDate, languageTag } from '../model/locale';
import { singleLine } from '../model/text';
import type { TitlePageField } from '../model/types';
import { sectionLabel } from '../../inputs/sectionLabel';
import { planSections, type PlanSection } from './planSections';
import { paragraphsOf, shortQuote } from './quote';
import { summaryLabels, type SummaryLabels } from './summaryLabels';

/** One input as the summary needs it (an `InputRecord` with its reference). */
export interface SummaryInput {
  id: string;
  /** «INN-2026-0042». */
  reference: string;
  receivedAt: number;
  section: SectionKey;
  /** The section's heading when the input was given: said when that part is not in the plan. */
  sectionLabel: string;
  submitterKind: SubmitterKind;
  organisation: string;
  /** Empty when the person gave none or it was deleted. */
  name: string;
  namePublic: boolean;
  /** The case officer's summary. */
  summary: string;
  text: string;
  /** Kommunedirektørens vurdering. */
  assessment: string;
  changeSection: SectionKey | null;
  status: InputStatus;
  /** The id of the input this one repeats. */
  duplicateOf: string | null;
}

export interface SummaryConsultation {
  title: string;
  opensAt: number;
  closesAt: number;
}

export interface SummarySource {
  municipality: string;
  planTitle: string;
  /** The plan as consulted (the consultation's version), or the live plan for all input. */
  snapshot: PlanSnapshot;
  /** The plan as it is now, where changes were made: names changed sections. Default `snapshot`. */
  current?: PlanSnapshot;
  /** Null: the summary covers all input of the plan. */
  consultation: SummaryConsultation | null;
  inputs: readonly SummaryInput[];
  /** References of inputs outside `inputs`, by id: a duplicate's original from elsewhere. */
  references?: ReadonlyMap<string, string>;
  locale: ExportLocale;
  now: Date;
}

export interface SummaryDuplicate {
  reference: string;
  from: string;
}

/** One input as printed under its section. */
export interface SummaryEntry {
  reference: string;
  /** An organisation's name, a resident's name when they agreed, otherwise the kind («Innbygger»). */
  from: string;
  kind: string;
  received: string;
  /** Where the input was aimed when that part is not in the printed plan, else null. */
  aimedAt: string | null;
  summary: string[];
  quote: string[];
  /** Empty when not assessed yet. */
  assessment: string[];
  /** The changed section's label, or null when the input changed nothing. */
  change: string | null;
  /** Inputs marked as repeating this one. */
  duplicates: SummaryDuplicate[];
  /** The reference of the input this one repeats, when that one is not printed here. */
  duplicateOf: string | null;
}

export interface SummarySection extends PlanSection {
  entries: SummaryEntry[];
}

export interface SenderRow {
  name: string;
  kind: string;
  count: number;
}

export interface KindCount {
  kind: string;
  count: number;
}

/**
 * A høringsoppsummering ready to print: per section of the plan that received input, in plan
 * order, each input with its summary, a quote, the assessment and the change it led to; and who
 * gave input. Every text is cleaned for print and every date formatted, so a renderer only lays
 * it out.
 */
export interface ConsultationSummary {
  locale: ExportLocale;
  /** BCP 47 tag: «nb-NO». */
  language: string;
  labels: SummaryLabels;
  exportLabels: ExportLabels;
  municipality: string;
  planTitle: string;
  /** «Høringsoppsummering», or «Oppsummering av innspill» without a consultation. */
  title: string;
  fields: TitlePageField[];
  /** Only sections with input, and the focus areas above strategies with input. */
  sections: SummarySection[];
  total: number;
  senders: SenderRow[];
  kinds: KindCount[];
}

const KIND_ORDER: readonly SubmitterKind[] = ['resident', 'association', 'public-body', 'other'];

/** Who an input is from, as the summary may print it: no name a resident did not agree to show. */
function sender(input: SummaryInput, labels: SummaryLabels): { name: string; named: boolean } {
  const organisation = singleLine(input.organisation);
  if (input.submitterKind !== 'resident' && organisation !== '') {
    return { name: organisation, named: true };
  }
  const name = singleLine(input.name);
  if (input.namePublic && name !== '') return { name, named: true };
  const anonymous =
    input.submitterKind === 'resident'
      ? labels.anonymousResident
      : labels.kinds[input.submitterKind];
  return { name: anonymous, named: false };
}

function formatDateTime(at: number, locale: ExportLocale): string {
  return new Intl.DateTimeFormat(languageTag(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Oslo',
  }).format(new Date(at));
}

const byReceipt = (a: SummaryInput, b: SummaryInput): number =>
  a.receivedAt - b.receivedAt || a.reference.localeCompare(b.reference);

/**
 * The input each one repeats at the end of its chain (A repeats B repeats C: C), among the
 * inputs printed. An input whose original is not printed, or whose chain runs in a circle,
 * stands on its own (and says what it repeats).
 */
function originals(inputs: readonly SummaryInput[]): Map<string, string> {
  const byId = new Map(inputs.map((input) => [input.id, input]));
  const root = new Map<string, string>();
  for (const input of inputs) {
    const seen = new Set([input.id]);
    let current = input;
    let circular = false;
    while (current.duplicateOf !== null) {
      const next = byId.get(current.duplicateOf);
      if (!next) break;
      if (seen.has(next.id)) {
        circular = true;
        break;
      }
      seen.add(next.id);
      current = next;
    }
    if (!circular && current.id !== input.id) root.set(input.id, current.id);
  }
  return root;
}

function titleFields(
  source: SummarySource,
  labels: SummaryLabels,
  planTitle: string,
): TitlePageField[] {
  const fields: TitlePageField[] = [{ label: labels.plan, value: planTitle }];
  const { consultation, locale } = source;
  if (consultation) {
    fields.push({ label: labels.consultation, value: singleLine(consultation.title) });
    fields.push({
      label: labels.period,
      value: `${formatDateTime(consultation.opensAt, locale)} – ${formatDateTime(consultation.closesAt, locale)}`,
    });
  }
  fields.push({ label: labels.inputCount, value: formatCount(source.inputs.length, locale) });
  fields.push({ label: labels.date, value: formatDate(source.now, locale) });
  return fields;
}

function senderRows(inputs: readonly SummaryInput[], labels: SummaryLabels, locale: ExportLocale) {
  const named = new Map<string, SenderRow>();
  let anonymous = 0;
  for (const input of inputs) {
    const from = sender(input, labels);
    if (!from.named && input.submitterKind === 'resident') {
      anonymous++;
      continue;
    }
    const kind = labels.kinds[input.submitterKind];
    const key = `${input.submitterKind}\u0000${from.name.toLocaleLowerCase(locale)}`;
    const row = named.get(key);
    if (!row) named.set(key, { name: from.name, kind, count: 1 });
    else {
      row.count++;
      // «asker sámi searvi» and «Asker Sámi searvi» are one sender, printed as capitalised.
      if (row.name === row.name.toLocaleLowerCase(locale)) row.name = from.name;
    }
  }
  const collator = new Intl.Collator(languageTag(locale));
  const rows = [...named.values()].sort(
    (a, b) => collator.compare(a.name, b.name) || collator.compare(a.kind, b.kind),
  );
  if (anonymous > 0) {
    rows.push({ name: labels.anonymousResident, kind: labels.kinds.resident, count: anonymous });
  }
  return rows;
}

/**
 * The høringsoppsummering of `source.inputs`: sections in plan order (the whole plan, each focus
 * area, each of its strategies) with their input oldest first; input on a part the printed plan
 * does not have goes under the whole plan, saying where it was aimed; an input marked as
 * repeating another is listed under that one rather than printed again. Pure.
 */
export function buildConsultationSummary(source: SummarySource): ConsultationSummary {
  const { locale } = source;
  const labels = summaryLabels(locale);
  const common = exportLabels(locale);
  const planTitle =
    singleLine(source.planTitle) || singleLine(source.snapshot.title) || common.untitled;
  const sections = planSections(source.snapshot, common, labels.wholePlan);
  const known = new Set(sections.map((section) => section.key));
  // A change is made in the plan as it is now, so it is named as that plan numbers it.
  const changeLabel = (key: SectionKey): string =>
    sectionLabel(key, source.current ?? source.snapshot, locale) ??
    sectionLabel(key, source.snapshot, locale) ??
    labels.sectionGone;
  const inputs = [...source.inputs].sort(byReceipt);
  const root = originals(inputs);
  const printed = new Map<string, SummaryEntry>();
  const entriesOf = new Map<SectionKey, SummaryEntry[]>();

  for (const input of inputs) {
    if (root.has(input.id)) continue;
    const aimed = known.has(input.section) ? null : singleLine(input.sectionLabel);
    const change = input.changeSection ? changeLabel(input.changeSection) : null;
    const duplicateOf =
      input.duplicateOf === null
        ? null
        : (inputs.find((other) => other.id === input.duplicateOf)?.reference ??
          source.references?.get(input.duplicateOf) ??
          null);
    const entry: SummaryEntry = {
      reference: singleLine(input.reference),
      from: sender(input, labels).name,
      kind: labels.kinds[input.submitterKind],
      received: formatDate(new Date(input.receivedAt), locale),
      aimedAt:
        aimed === null ? null : labels.aimedAt.replace('{section}', aimed || labels.sectionGone),
      summary: paragraphsOf(input.summary),
      quote: shortQuote(input.text),
      assessment: paragraphsOf(input.assessment),
      change,
      duplicates: [],
      duplicateOf,
    };
    printed.set(input.id, entry);
    const key = aimed === null ? input.section : 'plan';
    entriesOf.set(key, [...(entriesOf.get(key) ?? []), entry]);
  }
  for (const input of inputs) {
    const original = root.get(input.id);
    const entry = original === undefined ? undefined : printed.get(original);
    entry?.duplicates.push({
      reference: singleLine(input.reference),
      from: sender(input, labels).name,
    });
  }

  // A strategy's input needs its focus area's heading above it, even when that has none itself.
  const withInput: SummarySection[] = [];
  let area: PlanSection | null = null;
  let areaShown = false;
  for (const section of sections) {
    if (section.level === 1) {
      area = section;
      areaShown = false;
    }
    const entries = entriesOf.get(section.key) ?? [];
    if (entries.length === 0) continue;
    if (section.level === 2 && area && !areaShown) withInput.push({ ...area, entries: [] });
    withInput.push({ ...section, entries });
    areaShown = true;
  }

  const kinds = KIND_ORDER.map((kind) => ({
    kind: labels.kinds[kind],
    count: inputs.filter((input) => input.submitterKind === kind).length,
  }));
  return {
    locale,
    language: languageTag(locale),
    labels,
    exportLabels: common,
    municipality: singleLine(source.municipality) || singleLine(source.snapshot.municipality),
    planTitle,
    title: source.consultation ? labels.consultationTitle : labels.allInputTitle,
    fields: titleFields(source, labels, planTitle),
    sections: withInput,
    total: inputs.length,
    senders: senderRows(inputs, labels, locale),
    kinds,
  };
}
