import { inputReference, type SectionKey } from '../../shared/api/inputs';
import { summaryLabels } from '../../shared/export/consultation/summaryLabels';
import type { ExportLocale } from '../../shared/export/labels';
import { cleanText } from '../../shared/export/model/text';
import type { InputRecord } from '../storage/Storage';

/** Excel reads a file as UTF-8 (æ, ø, å, Sami letters) only when it starts with the BOM. */
const BOM = '\uFEFF';

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (`=HYPERLINK(…)` sends
 * data away, `=cmd|…` ran programs); an apostrophe in front makes it text and is not shown.
 * Spaces before one count too, as some spreadsheets trim them on import.
 */
const formulaStart = /^[\t\r]|^\s*[=+\-@]/;

/**
 * One field as RFC 4180 writes it: printable (control characters removed first, so none can
 * hide a formula), guarded against formulas, quoted when it holds a comma, quote or line end.
 */
export function csvField(raw: string): string {
  const value = cleanText(raw);
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A moment as Excel reads a date and time: «2026-03-02 14:05», in Norway's time. */
function localTime(at: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Europe/Oslo',
  }).formatToParts(new Date(at));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

export interface InputsCsvOptions {
  locale: ExportLocale;
  /** Names a changed section as the plan numbers it now («Strategi 2.2»); else the key is shown. */
  sectionLabel?: (key: SectionKey) => string | undefined;
  /** References by id of inputs not in `inputs` (a duplicate's original elsewhere). */
  references?: ReadonlyMap<string, string>;
}

/**
 * Every input as one CSV row (RFC 4180: comma-separated, CRLF line ends, fields quoted as
 * needed), UTF-8 with a BOM for Excel; oldest first. Names and e-mails are empty once personal
 * data was removed. Every field that could start a formula is made text.
 */
export function inputsCsv(inputs: readonly InputRecord[], options: InputsCsvOptions): string {
  const { csv, kinds } = summaryLabels(options.locale);
  const references = new Map([
    ...(options.references ?? []),
    ...inputs.map((input): [string, string] => [
      input.id,
      inputReference(input.receivedAt, input.number),
    ]),
  ]);
  const header = [
    csv.reference,
    csv.received,
    csv.channel,
    csv.section,
    csv.submitterKind,
    csv.organisation,
    csv.name,
    csv.email,
    csv.status,
    csv.tags,
    csv.duplicateOf,
    csv.summary,
    csv.assessment,
    csv.changeSection,
  ];
  const rows = [...inputs]
    .sort((a, b) => a.receivedAt - b.receivedAt || a.number - b.number)
    .map((input) => {
      const removed = input.personalDataRemovedAt !== null;
      const change = input.changeSection;
      return [
        references.get(input.id) ?? '',
        localTime(input.receivedAt),
        csv.channels[input.channel],
        input.sectionLabel,
        kinds[input.submitterKind],
        input.organisation,
        removed ? '' : input.name,
        removed ? '' : input.email,
        csv.statuses[input.status],
        input.tags.join(', '),
        input.duplicateOf === null ? '' : (references.get(input.duplicateOf) ?? ''),
        input.summary,
        input.assessment,
        change === null ? '' : (options.sectionLabel?.(change) ?? change),
      ];
    });
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
