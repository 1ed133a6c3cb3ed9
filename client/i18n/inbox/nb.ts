/** Bokmål texts for the input inbox (innspill). */
export const inboxNb = {
  inbox: {
    navLink: 'Innspill',
    pageTitle: 'Innspill',
  },
};
