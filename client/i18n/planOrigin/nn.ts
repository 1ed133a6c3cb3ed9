import type { planOriginNb } from './nb';

/**
 * Nynorsk texts of where a plan item came from (a workshop, its votes and contributors), shown
 * in the plan editor: with the features' texts, apart from the workshop results' (participation),
 * so the editor does not wait for the participation part.
 */
export const planOriginNn: typeof planOriginNb = {
  planOrigin: {
    fromWorkshop: 'Frå verkstaden «{{workshop}}»',
    votes_one: '{{count}} røyst',
    votes_other: '{{count}} røyster',
    contributors_one: '{{count}} bidragsytar',
    contributors_other: '{{count}} bidragsytarar',
    commentsHeading: 'Kommentarar',
  },
};
