import type { passwordResetNb } from './nb';

/** Nynorsk texts for password reset; typed against bokmål. */
export const passwordResetNn: typeof passwordResetNb = {
  passwordReset: {
    forgotLink: 'Gløymt passordet?',
    forgotTitle: 'Gløymt passordet',
    forgotIntro:
      'Skriv e-postadressa du loggar inn med. Vi sender ei lenkje du kan bruke til å velje eit nytt passord.',
    emailLabel: 'E-post',
    emailInvalid: 'Skriv ei gyldig e-postadresse, til dømes kari@kommune.no.',
    send: 'Send lenkje',
    sending: 'Sender …',
    sentTitle: 'Sjå i e-posten din',
    sent: 'Om det finst ein konto med adressa {{email}}, får han ein e-post med ei lenkje om litt. Lenkja verkar i éin time. Finn du henne ikkje, sjå i søppelposten.',
    noEmailTitle: 'Be ein administrator om ei lenkje',
    noEmail:
      'Medverk kan ikkje sende e-post her. Be ein administrator i kommunen om ei lenkje for nytt passord.',
    rateLimited: 'Du har bede om mange lenkjer no. Prøv igjen om {{wait}}.',
    failed: 'Kunne ikkje sende lenkja. Sjekk nettsambandet og prøv igjen.',
    toLogin: 'Tilbake til innlogginga',
    resetTitle: 'Vel nytt passord',
    resetIntro:
      'Vel eit nytt passord for {{email}}. Når du lagrar, blir du logga ut alle andre stader.',
    passwordLabel: 'Nytt passord',
    passwordDescription: 'Minst {{min}} teikn.',
    passwordAgainLabel: 'Gjenta passordet',
    passwordTooShort: 'Passordet må ha minst {{min}} teikn.',
    passwordMismatch: 'Passorda er ikkje like.',
    save: 'Lagre passordet',
    saving: 'Lagrar …',
    saved: 'Passordet er endra, og du er logga inn.',
    saveFailed: 'Kunne ikkje lagre passordet. Prøv igjen.',
    checking: 'Sjekkar lenkja …',
    checkFailed: 'Kunne ikkje sjekke lenkja. Sjekk nettsambandet og last inn sida på nytt.',
    expiredTitle: 'Lenkja har gått ut',
    expired:
      'Lenkjer for nytt passord verkar i éin time. Be om ei ny lenkje, så kan du velje passord med henne.',
    invalidTitle: 'Lenkja verkar ikkje',
    invalid:
      'Lenkja er alt brukt, eller det er laga ei nyare lenkje for same konto. Bruk den nyaste lenkja, eller be om ei ny.',
    missingTitle: 'Lenkja manglar ein del',
    missing: 'Kopier heile lenkja frå e-posten eller frå administratoren, og opne henne på nytt.',
    askNew: 'Be om ei ny lenkje',
    accountsNav: 'Kontoar',
    accountsTitle: 'Kontoar',
    accountsIntro:
      'Alle kontoane i Medverk. Har nokon gløymt passordet, kan du lage ei lenkje for nytt passord og gi henne til dei.',
    accountsCaption: 'Kontoar i Medverk',
    nameColumn: 'Namn',
    emailColumn: 'E-post',
    actionsColumn: 'Handlingar',
    administrator: 'Administrator',
    makeLink: 'Lag lenkje for nytt passord',
    makeLinkFor: 'Lag lenkje for nytt passord til {{name}}',
    making: 'Lagar lenkje …',
    makeFailed: 'Kunne ikkje lage lenkja. Prøv igjen.',
    newLinkHeading: 'Lenkje for nytt passord til {{name}}',
    newLinkText:
      'Lenkja blir berre vist no og verkar éin gong, i éin time. Gi henne berre til {{name}}, til dømes på telefon eller i eit møte. Eldre lenkjer for kontoen verkar ikkje lenger.',
    linkLabel: 'Lenkje for nytt passord',
    copy: 'Kopier lenkje',
    copied: 'Kopiert',
    copyFailed: 'Kunne ikkje kopiere. Lenkja er merkt, så du kan kopiere henne sjølv.',
    loadFailed: 'Kunne ikkje hente kontoane. Sjekk nettsambandet og prøv igjen.',
    adminsOnly: 'Berre administratorar kan sjå kontoane.',
    retry: 'Prøv igjen',
  },
};
