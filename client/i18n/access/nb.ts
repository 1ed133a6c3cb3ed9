/**
 * Bokmål texts for people, roles and access: logging in, the first administrator, joining by
 * link, the People and log pages. Composed into `nb` in ../nb.ts; `nn` and `en` follow this shape.
 */
export const accessNb = {
  time: {
    seconds_one: '{{count}} sekund',
    seconds_other: '{{count}} sekunder',
    minutes_one: '{{count}} minutt',
    minutes_other: '{{count}} minutter',
  },
  auth: {
    logout: 'Logg ut',
    logoutFailed: 'Kunne ikke logge ut. Sjekk nettforbindelsen og prøv igjen.',
    loggedOut: 'Du er logget ut.',
    unreachableTitle: 'Får ikke kontakt med Medverk',
    unreachableText: 'Sjekk nettforbindelsen din og prøv igjen om litt.',
    retry: 'Prøv igjen',
  },
  login: {
    title: 'Logg inn',
    intro: 'Logg inn med kontoen du har fått av kommunen.',
    emailLabel: 'E-post',
    passwordLabel: 'Passord',
    submit: 'Logg inn',
    submitting: 'Logger inn …',
    emailRequired: 'Skriv inn e-postadressen din.',
    passwordRequired: 'Skriv inn passordet ditt.',
    invalidCredentials: 'E-postadressen eller passordet er feil.',
    rateLimited: 'For mange forsøk. Vent {{wait}} før du prøver igjen.',
    rateLimitedLater: 'For mange forsøk. Vent litt før du prøver igjen.',
    rateLimitedLong:
      'For mange forsøk. Vent {{wait}} før du prøver igjen. Fra en nettleser du har logget inn med før, kan du logge inn nå.',
    badRequest: 'Sjekk at e-postadressen er skrevet riktig.',
    failed: 'Kunne ikke logge inn. Sjekk nettforbindelsen og prøv igjen.',
    oidc: 'Logg inn med ID-porten / kommunens innlogging',
    orPassword: 'Eller logg inn med e-post og passord:',
    oidcFailed:
      'Innloggingen via ID-porten eller kommunen ble ikke godtatt. Prøv igjen, eller logg inn med e-post og passord.',
    needsSetup:
      'Medverk er ikke satt opp ennå. Åpne oppsettlenken som serveren skrev ut første gang den startet.',
    guestHint: 'Har du fått en invitasjonslenke? Åpne lenken for å bli med. Du trenger ikke konto.',
    joinWithCode: 'Har du fått en kode? Bli med i et verksted med koden',
  },
  setup: {
    title: 'Sett opp Medverk',
    intro:
      'Lag kontoen til den første administratoren. Administratoren kan opprette planer og invitere andre.',
    nameLabel: 'Navn',
    emailLabel: 'E-post',
    passwordLabel: 'Passord',
    passwordDescription: 'Minst {{min}} tegn.',
    passwordAgainLabel: 'Gjenta passordet',
    submit: 'Opprett administrator',
    submitting: 'Oppretter …',
    nameRequired: 'Skriv inn navnet ditt.',
    emailInvalid: 'Skriv inn en gyldig e-postadresse, for eksempel navn@kommune.no.',
    passwordTooShort: 'Passordet må ha minst {{min}} tegn.',
    passwordMismatch: 'Passordene er ikke like.',
    badRequest: 'Serveren godtok ikke opplysningene. Sjekk feltene og prøv igjen.',
    failed: 'Kunne ikke fullføre oppsettet. Sjekk nettforbindelsen og prøv igjen.',
    refusedTitle: 'Oppsettlenken virker ikke',
    refusedText:
      'Lenken er allerede brukt, eller den er feil. Har du allerede en konto, logg inn. Hvis ikke: start serveren på nytt og åpne den nye lenken den skriver ut.',
    alreadyTitle: 'Medverk er allerede satt opp',
    alreadyText: 'Logg inn med kontoen din.',
    missingTokenTitle: 'Oppsettlenken er ikke hel',
    missingTokenText: 'Åpne hele lenken som serveren skrev ut, også delen etter #.',
    toLogin: 'Gå til innlogging',
  },
  roles: {
    yourRole: 'Din rolle: {{role}}',
    names: {
      owner: 'Eier',
      editor: 'Redaktør',
      facilitator: 'Fasilitator',
      participant: 'Deltaker',
      observer: 'Observatør',
    },
    nouns: {
      owner: 'eier',
      editor: 'redaktør',
      facilitator: 'fasilitator',
      participant: 'deltaker',
      observer: 'observatør',
    },
    descriptions: {
      owner: 'Kan skrive i planen, invitere folk, endre roller og se loggen.',
      editor: 'Kan skrive i planen sammen med de andre.',
      facilitator: 'Kan skrive i planen og lede verksteder.',
      participant: 'Kan delta i verksteder, men ser ikke utkastet til planen.',
      observer: 'Kan lese planen, men ikke endre den.',
    },
  },
  access: {
    noAccessTitle: 'Du har ikke tilgang',
    noAccessText:
      'Du har ikke tilgang til denne planen. Trenger du tilgang, spør saksbehandleren for planen.',
    withdrawnTitle: 'Du har ikke lenger tilgang til denne planen',
    withdrawnText:
      'Saksbehandleren har endret tilgangen din. Skal du være med videre, be saksbehandleren om en ny lenke.',
    home: 'Gå til forsiden',
  },
  workshops: {
    title: 'Verksteder',
    text: 'Her kommer verkstedene for «{{plan}}» når saksbehandleren setter dem opp.',
    textNoPlan: 'Her kommer verkstedene for planen når saksbehandleren setter dem opp.',
    comeBack: 'Du kan lukke siden og komme tilbake hit senere i denne nettleseren.',
    goTo: 'Gå til verkstedene',
  },
};
