/**
 * Characters that XML 1.0 cannot hold (C0 controls but tab and newline, U+FFFE/U+FFFF and
 * unpaired surrogates): a DOCX with one of them is a file Word refuses to open, and they have no
 * meaning on paper either, so they are removed wherever typed text enters the export model.
 */
const unprintable =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as it may appear in a run: printable, tabs as spaces, line ends as `\n`, composed (NFC),
 * so "a" + combining acute prints as the one glyph "á" rather than a letter and a loose accent.
 */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(unprintable, '');
}

/** Text on one line, as titles and table cells show it. */
export function singleLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}
