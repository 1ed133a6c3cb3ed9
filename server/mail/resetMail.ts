import type { ResetLanguage } from '../../shared/api/passwordReset';
import type { MailMessage } from './Mailer';

interface Words {
  subject: string;
  asked: string;
  open: (minutes: number) => string;
  notYou: string;
  automatic: string;
}

const WORDS: Record<ResetLanguage, Words> = {
  nb: {
    subject: 'Nytt passord i Medverk',
    asked: 'Noen ba om en lenke for å sette nytt passord på Medverk-kontoen din.',
    open: (minutes) => `Åpne lenken for å velge et nytt passord. Den virker én gang, i ${minutes} minutter:`,
    notYou: 'Ba du ikke om dette? Da kan du se bort fra e-posten. Passordet ditt er ikke endret.',
    automatic: 'Denne e-posten er sendt automatisk. Du trenger ikke svare.',
  },
  nn: {
    subject: 'Nytt passord i Medverk',
    asked: 'Nokon bad om ei lenkje for å setje nytt passord på Medverk-kontoen din.',
    open: (minutes) => `Opne lenkja for å velje eit nytt passord. Ho verkar éin gong, i ${minutes} minutt:`,
    notYou: 'Bad du ikkje om dette? Då kan du sjå bort frå e-posten. Passordet ditt er ikkje endra.',
    automatic: 'Denne e-posten er send automatisk. Du treng ikkje svare.',
  },
  en: {
    subject: 'New password for Medverk',
    asked: 'Someone asked for a link to set a new password for your Medverk account.',
    open: (minutes) => `Open the link to choose a new password. It works once, for ${minutes} minutes:`,
    notYou: 'Did you not ask for this? Then you can ignore this e-mail. Your password has not changed.',
    automatic: 'This e-mail was sent automatically. You need not reply.',
  },
};

/** The reset e-mail in plain text; it carries the link and nothing the asker typed. */
export function resetMessage(to: string, url: string, validMinutes: number, language: ResetLanguage): MailMessage {
  const w = WORDS[language];
  const lines = [w.asked, '', w.open(validMinutes), url, '', w.notYou, '', '-- ', w.automatic];
  return { to, subject: w.subject, text: `${lines.join('\n')}\n` };
}
