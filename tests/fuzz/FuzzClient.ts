import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { DocProvider } from '../../client/sync/DocProvider';
import { FuzzConnection, type SyncAnswers } from './FuzzConnection';
import type { Link } from './link';

/** One person's browser: a Y.Doc with the real DocProvider on a FuzzConnection. */
export class FuzzClient {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly connection: FuzzConnection;
  provider: DocProvider;
  /** Whether the document has held the server's state once: the editor opens only then. */
  loaded = false;

  constructor(
    readonly name: string,
    clientId: number,
    readonly docName: string,
    answers: SyncAnswers,
  ) {
    this.doc = new Y.Doc();
    // Fixed ids keep a run reproducible from its seed.
    this.doc.clientID = clientId;
    this.awareness = new Awareness(this.doc);
    this.connection = new FuzzConnection(answers);
    this.provider = this.open();
  }

  get online(): boolean {
    return this.connection.connected;
  }

  connect(link: Link, replayLost: boolean): void {
    this.connection.connect(link, replayLost);
  }

  /** The page re-opens the plan on the same doc (as from IndexedDB): a new provider. */
  remount(): void {
    this.provider.destroy();
    this.provider = this.open();
  }

  destroy(): void {
    this.provider.destroy();
    this.connection.close();
    this.awareness.destroy();
    this.doc.destroy();
  }

  private open(): DocProvider {
    const provider = new DocProvider(this.connection.asSyncConnection(), this.docName, this.doc, {
      awareness: this.awareness,
    });
    provider.on('synced', () => (this.loaded = true));
    return provider;
  }
}
