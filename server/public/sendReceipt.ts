import type { Mailer } from '../mail/Mailer';
import { receiptMessage, type ReceiptFacts } from '../mail/receipt';

/**
 * Sends the receipt for an input already stored; resolves to whether it went out. A mail server
 * that refuses or does not answer is logged and reported to the resident (their input is kept
 * either way). The log line names the input's reference, never the address or what was written.
 */
export async function sendReceipt(
  mailer: Mailer | null,
  to: string,
  facts: ReceiptFacts,
  log: { warn(object: object, message: string): void },
): Promise<boolean> {
  if (!mailer || to === '') return false;
  const { subject, text } = receiptMessage(facts);
  try {
    await mailer.send({ to, subject, text });
    return true;
  } catch (error) {
    const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
    log.warn({ reference: facts.reference, code, responseCode }, 'the receipt e-mail was not sent');
    return false;
  }
}
