/**
 * Bokmål texts of where a plan item came from (a workshop, its votes and contributors), shown
 * in the plan editor: with the features' texts, apart from the workshop results' (participation),
 * so the editor does not wait for the participation part.
 */
export const planOriginNb = {
  planOrigin: {
    fromWorkshop: 'Fra verkstedet «{{workshop}}»',
    votes_one: '{{count}} stemme',
    votes_other: '{{count}} stemmer',
    contributors_one: '{{count}} bidragsyter',
    contributors_other: '{{count}} bidragsytere',
    commentsHeading: 'Kommentarer',
  },
};
