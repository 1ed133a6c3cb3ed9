import type { inviteNb } from './nb';

/**
 * Nynorsk texts of the invitation page (joining a plan by link): in the participation part, not
 * in access/ with the shell, since only the participation pages use them.
 */
export const inviteNn: typeof inviteNb = {
  invite: {
    loading: 'Hentar invitasjonen …',
    title: 'Bli med i «{{plan}}»',
    titleNoPlan: 'Bli med i planen',
    roleIntro: 'Du er invitert som {{role}}.',
    nameLabel: 'Namnet ditt',
    nameDescription: 'Slik blir du vist for dei andre i planen. Førenamnet held.',
    nameRequired: 'Skriv inn namnet ditt.',
    associationLabel: 'Foreining eller organisasjon (valfritt)',
    associationDescription:
      'Viss du representerer ei foreining, til dømes eit idrettslag eller eit velforbund.',
    privacyHeading: 'Dette lagrar vi om deg',
    privacyText:
      'Namnet ditt, og foreininga viss du skriv ho, blir lagra saman med planen og vist for dei andre som er med i han. Vi lagrar ikkje noko anna om deg: inga e-postadresse og ingen konto. Ein informasjonskapsel held deg innlogga i denne nettlesaren.',
    staffIntro:
      'Du er logga inn som {{name}}. Planen blir lagd til blant planane dine med denne rolla.',
    submit: 'Bli med',
    submitting: 'Blir med …',
    failed: 'Kunne ikkje bli med. Sjekk nettsambandet og prøv igjen.',
    rateLimited: 'For mange forsøk. Vent {{wait}} og prøv igjen.',
    loadFailedTitle: 'Kunne ikkje hente invitasjonen',
    loadFailed: 'Sjekk nettsambandet og prøv igjen.',
    unavailable: {
      whatToDo: 'Be sakshandsamaren for planen om ei ny lenkje.',
      haveAccount: 'Har du konto i Medverk? Logg inn',
      expired: {
        title: 'Lenkja har gått ut',
        text: 'Invitasjonslenkjer verkar berre ei viss tid, og denne har gått ut.',
      },
      revoked: {
        title: 'Lenkja er trekt tilbake',
        text: 'Sakshandsamaren har stengt denne lenkja.',
      },
      exhausted: {
        title: 'Lenkja er brukt opp',
        text: 'Lenkja kunne berre brukast av eit visst tal personar, og alle plassane er tekne.',
      },
      unknown: {
        title: 'Fann ikkje invitasjonen',
        text: 'Lenkja er feil, eller ho finst ikkje lenger. Sjekk at du har fått med heile lenkja.',
      },
    },
  },
};
