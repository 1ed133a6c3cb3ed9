/** A byte order mark first, so Excel reads the file as UTF-8 (æ, ø, å) rather than ANSI. */
export const UTF8_BOM = '\uFEFF';

/**
 * Text that a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1+cmd|…", "@SUM(…)") is
 * prefixed with an apostrophe, which shows it as the text it is (OWASP "CSV injection"). Tab
 * and carriage return are on the list too: some spreadsheets skip them before a formula.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One field, RFC 4180: quoted when it holds a quote, the separator or a line break. */
export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : guardFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows with CRLF line ends (RFC 4180), as a UTF-8 file with its BOM. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
