import type { accessNb } from './nb';

/** Nynorsk texts for people, roles and access; typed against bokmål. */
export const accessNn: typeof accessNb = {
  time: {
    seconds_one: '{{count}} sekund',
    seconds_other: '{{count}} sekund',
    minutes_one: '{{count}} minutt',
    minutes_other: '{{count}} minutt',
  },
  auth: {
    logout: 'Logg ut',
    logoutFailed: 'Kunne ikkje logge ut. Sjekk nettsambandet og prøv igjen.',
    loggedOut: 'Du er logga ut.',
    unreachableTitle: 'Får ikkje kontakt med Medverk',
    unreachableText: 'Sjekk nettsambandet ditt og prøv igjen om litt.',
    retry: 'Prøv igjen',
  },
  login: {
    title: 'Logg inn',
    intro: 'Logg inn med kontoen du har fått av kommunen.',
    emailLabel: 'E-post',
    passwordLabel: 'Passord',
    submit: 'Logg inn',
    submitting: 'Loggar inn …',
    emailRequired: 'Skriv inn e-postadressa di.',
    passwordRequired: 'Skriv inn passordet ditt.',
    invalidCredentials: 'E-postadressa eller passordet er feil.',
    rateLimited: 'For mange forsøk. Vent {{wait}} før du prøver igjen.',
    rateLimitedLater: 'For mange forsøk. Vent litt før du prøver igjen.',
    rateLimitedLong:
      'For mange forsøk. Vent {{wait}} før du prøver igjen. Frå ein nettlesar du har logga inn med før, kan du logge inn no.',
    badRequest: 'Sjekk at e-postadressa er skriven rett.',
    failed: 'Kunne ikkje logge inn. Sjekk nettsambandet og prøv igjen.',
    oidc: 'Logg inn med ID-porten / innlogginga til kommunen',
    orPassword: 'Eller logg inn med e-post og passord:',
    oidcFailed:
      'Innlogginga via ID-porten eller kommunen vart ikkje godteken. Prøv igjen, eller logg inn med e-post og passord.',
    needsSetup:
      'Medverk er ikkje sett opp enno. Opne oppsettlenkja som serveren skreiv ut første gong han starta.',
    guestHint: 'Har du fått ei invitasjonslenkje? Opne lenkja for å bli med. Du treng ikkje konto.',
    joinWithCode: 'Har du fått ein kode? Bli med i ein verkstad med koden',
  },
  setup: {
    title: 'Set opp Medverk',
    intro:
      'Lag kontoen til den første administratoren. Administratoren kan opprette planar og invitere andre.',
    nameLabel: 'Namn',
    emailLabel: 'E-post',
    passwordLabel: 'Passord',
    passwordDescription: 'Minst {{min}} teikn.',
    passwordAgainLabel: 'Gjenta passordet',
    submit: 'Opprett administrator',
    submitting: 'Opprettar …',
    nameRequired: 'Skriv inn namnet ditt.',
    emailInvalid: 'Skriv inn ei gyldig e-postadresse, til dømes namn@kommune.no.',
    passwordTooShort: 'Passordet må ha minst {{min}} teikn.',
    passwordMismatch: 'Passorda er ikkje like.',
    badRequest: 'Serveren godtok ikkje opplysningane. Sjekk felta og prøv igjen.',
    failed: 'Kunne ikkje fullføre oppsettet. Sjekk nettsambandet og prøv igjen.',
    refusedTitle: 'Oppsettlenkja verkar ikkje',
    refusedText:
      'Lenkja er allereie brukt, eller ho er feil. Har du allereie ein konto, logg inn. Viss ikkje: start serveren på nytt og opne den nye lenkja han skriv ut.',
    alreadyTitle: 'Medverk er allereie sett opp',
    alreadyText: 'Logg inn med kontoen din.',
    missingTokenTitle: 'Oppsettlenkja er ikkje heil',
    missingTokenText: 'Opne heile lenkja som serveren skreiv ut, også delen etter #.',
    toLogin: 'Gå til innlogging',
  },
  roles: {
    yourRole: 'Rolla di: {{role}}',
    names: {
      owner: 'Eigar',
      editor: 'Redaktør',
      facilitator: 'Fasilitator',
      participant: 'Deltakar',
      observer: 'Observatør',
    },
    nouns: {
      owner: 'eigar',
      editor: 'redaktør',
      facilitator: 'fasilitator',
      participant: 'deltakar',
      observer: 'observatør',
    },
    descriptions: {
      owner: 'Kan skrive i planen, invitere folk, endre roller og sjå loggen.',
      editor: 'Kan skrive i planen saman med dei andre.',
      facilitator: 'Kan skrive i planen og leie verkstader.',
      participant: 'Kan delta i verkstader, men ser ikkje utkastet til planen.',
      observer: 'Kan lese planen, men ikkje endre han.',
    },
  },
  access: {
    noAccessTitle: 'Du har ikkje tilgang',
    noAccessText:
      'Du har ikkje tilgang til denne planen. Treng du tilgang, spør sakshandsamaren for planen.',
    withdrawnTitle: 'Du har ikkje lenger tilgang til denne planen',
    withdrawnText:
      'Sakshandsamaren har endra tilgangen din. Skal du vere med vidare, be sakshandsamaren om ei ny lenkje.',
    home: 'Gå til framsida',
  },
  workshops: {
    title: 'Verkstader',
    text: 'Her kjem verkstadene for «{{plan}}» når sakshandsamaren set dei opp.',
    textNoPlan: 'Her kjem verkstadene for planen når sakshandsamaren set dei opp.',
    comeBack: 'Du kan lukke sida og kome tilbake hit seinare i denne nettlesaren.',
    goTo: 'Gå til verkstadene',
  },
};
