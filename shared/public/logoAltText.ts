/**
 * A municipality logo's alternative text: the municipality's name as it is known, "Asker
 * kommune". A name given without the word ("Asker") gets it; "Viken fylkeskommune" is left as it
 * is. Without zod or anything else, as the public page's small bundle imports it.
 */
export function logoAltText(municipality: string): string {
  const name = municipality.trim();
  if (name === '') return '';
  return /kommune\b/i.test(name) ? name : `${name} kommune`;
}
