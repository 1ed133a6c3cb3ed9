import type { DocStore } from '../docs/DocStore';
import type { Mailer } from '../mail/Mailer';
import type { InboxBroadcast } from './InboxBroadcast';

/** What the public side's routes need beside `AuthContext` (which carries storage and audit). */
export interface PublicSideDeps {
  docs: DocStore;
  /** Null when `SMTP_URL` is unset: no receipts are sent, and the owner's page says so. */
  mailer: Mailer | null;
  inbox: InboxBroadcast;
  /** Where residents reach the server, e.g. https://medverk.asker.kommune.no (no trailing slash). */
  publicBaseUrl: () => string;
  /** Inputs one address may send per 10 minutes. */
  inputLimitPerIp: number;
}
