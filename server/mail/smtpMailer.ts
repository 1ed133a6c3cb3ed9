import type { Mailer } from './Mailer';

/** A Mailer over SMTP (nodemailer). */
export function createSmtpMailer(_smtpUrl: string, _from: string): Mailer {
  throw new Error('not built yet');
}
