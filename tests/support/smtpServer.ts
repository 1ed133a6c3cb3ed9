import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { waitFor } from './waitFor';

/** A message as the test SMTP server received it: the envelope, and the mail parsed. */
export interface ReceivedMail {
  /** Envelope recipients (RCPT TO), lower-cased. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  parsed: ParsedMail;
}

export interface TestSmtpServer {
  /** `smtp://127.0.0.1:<port>`, for `SMTP_URL`. */
  url: string;
  /** Every message received so far, oldest first. */
  readonly messages: readonly ReceivedMail[];
  /** The first message (received already or later) that `predicate` accepts. */
  waitForMessage(predicate: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /** Refuse every following message with a 550 (a mail server saying no), or accept again. */
  refuseMail(refuse: boolean): void;
  close(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 and a free port, for tests that send e-mail through the
 * server's own SMTP path (no mock transport): it accepts any sender and recipient without
 * authentication or TLS, and parses what it receives.
 */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = [];
  let refusing = false;
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: without STARTTLS offered, the client does not try to upgrade.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      if (refusing) {
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('mailbox unavailable'), { responseCode: 550 })));
        return;
      }
      simpleParser(stream)
        .then((parsed) => {
          const from = session.envelope.mailFrom;
          messages.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: from ? from.address : '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            parsed,
          });
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitForMessage(predicate, timeoutMs = 10_000) {
      return waitFor(() => messages.find(predicate), 'an e-mail in the test SMTP server', timeoutMs);
    },
    refuseMail(refuse) {
      refusing = refuse;
    },
    close() {
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
