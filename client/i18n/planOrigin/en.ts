import type { planOriginNb } from './nb';

/**
 * English texts of where a plan item came from (a workshop, its votes and contributors), shown
 * in the plan editor: with the features' texts, apart from the workshop results' (participation),
 * so the editor does not wait for the participation part.
 */
export const planOriginEn: typeof planOriginNb = {
  planOrigin: {
    fromWorkshop: 'From the workshop “{{workshop}}”',
    votes_one: '{{count}} vote',
    votes_other: '{{count}} votes',
    contributors_one: '{{count}} contributor',
    contributors_other: '{{count}} contributors',
    commentsHeading: 'Comments',
  },
};
