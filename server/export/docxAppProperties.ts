/** Text as XML character data: escaped, and without the characters XML 1.0 cannot carry. */
function xmlText(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * docProps/app.xml, which docx writes without a company or application. Word's document
 * properties and archive systems read Company as the organisation the document is from: the
 * municipality. Application stays the tool that wrote the file. The schema fixes the order:
 * Company before Application.
 */
export function appProperties(fields: { company: string }): string {
  const company = fields.company.trim();
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"',
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">',
    company !== '' ? `<Company>${xmlText(company)}</Company>` : '',
    '<Application>Medverk</Application>',
    '</Properties>',
  ].join('');
}
