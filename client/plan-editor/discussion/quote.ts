/** Quotes in the panel are kept to a glance; the text itself is one click away. */
const MAX = 140;

/** Text as one line, cut with an ellipsis when long. */
export function shortQuote(text: string, max = MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
