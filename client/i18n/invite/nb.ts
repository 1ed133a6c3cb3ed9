/**
 * Bokmål texts of the invitation page (joining a plan by link): in the participation part, not
 * in access/ with the shell, since only the participation pages use them.
 */
export const inviteNb = {
  invite: {
    loading: 'Henter invitasjonen …',
    title: 'Bli med i «{{plan}}»',
    titleNoPlan: 'Bli med i planen',
    roleIntro: 'Du er invitert som {{role}}.',
    nameLabel: 'Navnet ditt',
    nameDescription: 'Slik vises du for de andre i planen. Fornavnet holder.',
    nameRequired: 'Skriv inn navnet ditt.',
    associationLabel: 'Forening eller organisasjon (valgfritt)',
    associationDescription:
      'Hvis du representerer en forening, for eksempel et idrettslag eller et velforbund.',
    privacyHeading: 'Dette lagrer vi om deg',
    privacyText:
      'Navnet ditt, og foreningen hvis du skriver den, lagres sammen med planen og vises for de andre som er med i den. Vi lagrer ikke noe annet om deg: ingen e-postadresse og ingen konto. En informasjonskapsel holder deg innlogget i denne nettleseren.',
    staffIntro:
      'Du er logget inn som {{name}}. Planen blir lagt til blant planene dine med denne rollen.',
    submit: 'Bli med',
    submitting: 'Blir med …',
    failed: 'Kunne ikke bli med. Sjekk nettforbindelsen og prøv igjen.',
    rateLimited: 'For mange forsøk. Vent {{wait}} og prøv igjen.',
    loadFailedTitle: 'Kunne ikke hente invitasjonen',
    loadFailed: 'Sjekk nettforbindelsen og prøv igjen.',
    unavailable: {
      whatToDo: 'Be saksbehandleren for planen om en ny lenke.',
      haveAccount: 'Har du konto i Medverk? Logg inn',
      expired: {
        title: 'Lenken har gått ut',
        text: 'Invitasjonslenker virker bare en viss tid, og denne har gått ut.',
      },
      revoked: {
        title: 'Lenken er trukket tilbake',
        text: 'Saksbehandleren har stengt denne lenken.',
      },
      exhausted: {
        title: 'Lenken er brukt opp',
        text: 'Lenken kunne bare brukes av et bestemt antall personer, og alle plassene er tatt.',
      },
      unknown: {
        title: 'Fant ikke invitasjonen',
        text: 'Lenken er feil, eller den finnes ikke lenger. Sjekk at du har fått med hele lenken.',
      },
    },
  },
};
