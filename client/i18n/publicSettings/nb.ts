/** Bokmål texts for the owner's public page settings, knowledge base, goals and consultations. */
export const publicSettingsNb = {
  publicSettings: {
    navLink: 'Offentlig side',
    pageTitle: 'Offentlig side og høring',
  },
};
