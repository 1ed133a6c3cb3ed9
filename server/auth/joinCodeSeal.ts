import { openSealedText, sealText } from './sealedText';

/** The storage secret join codes are sealed with (`storage.publicPages.secret`). */
export const JOIN_CODE_SEAL_SECRET = 'join-code-seal';

/**
 * Seals and opens a workshop's shown join code with the storage's secret, read once. The
 * workshop id is the sealed value's context: a code copied to another workshop's row won't open.
 */
export class JoinCodeSeal {
  private secret: Promise<Uint8Array> | null = null;

  constructor(private readonly loadSecret: () => Promise<Uint8Array>) {}

  async seal(workshopId: string, code: string): Promise<string> {
    return sealText(await this.key(), code, context(workshopId));
  }

  async open(workshopId: string, sealed: string): Promise<string | null> {
    return openSealedText(await this.key(), sealed, context(workshopId));
  }

  private key(): Promise<Uint8Array> {
    this.secret ??= this.loadSecret().catch((error: unknown) => {
      this.secret = null;
      throw error;
    });
    return this.secret;
  }
}

const context = (workshopId: string) => `join-code:${workshopId}`;
