import { createTransport } from 'nodemailer';
import type { Mailer, MailMessage } from './Mailer';

/**
 * A Mailer over SMTP (nodemailer). `smtpUrl` carries host, port, credentials and options
 * (`smtps://` for TLS from the start, `?pool=true` to keep connections open under bursts).
 * Timeouts are short: a resident waits for the answer to their form while the receipt is sent,
 * and a mail server that does not answer must not hold them for minutes (the input is stored
 * before sending; a failed receipt is reported, never fatal).
 */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = createTransport({
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(message: MailMessage): Promise<void> {
      // Plain text only: nothing can turn into markup in the reader's mail program.
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
    close(): void {
      transport.close();
    },
  };
}
