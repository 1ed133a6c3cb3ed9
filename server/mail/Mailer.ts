/** A plain-text e-mail (receipts carry no markup: nothing a visitor typed can become HTML). */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail; `send` resolves once the SMTP server accepted the message. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}
