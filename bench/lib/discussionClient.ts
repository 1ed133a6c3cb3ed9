import * as Y from 'yjs';
import { SyncConnection } from '../../client/sync/SyncConnection';
import { DocProvider } from '../../client/sync/DocProvider';
import { discussionDocName, messagesMap } from '../../shared/discussion/keys';
import { discussionView, type DiscussionView } from '../../shared/discussion/view';
import { planDocName, type DiscussionAck } from '../../shared/protocol';
import { nowMs } from './clock';
import { withTimeout } from './clients';
import type { ServerAddress } from './servers';

const ACK_TIMEOUT_MS = 10_000;

/** The server's answer, or none within the timeout. */
export type CommandAnswer = DiscussionAck | { ok: false; code: 'no-answer'; message: string };

/** How one person's opening of the plan went, on the shared monotonic clock (ms). */
export interface OpenTiming {
  /** From creating the connection until the editor could be used (both synced, view computed). */
  interactiveMs: number;
  planSyncedMs: number;
  discussionSyncedMs: number;
  /** One `discussionView` over the freshly synced discussion document. */
  viewMs: number;
  view: DiscussionView;
}

/**
 * One person with the plan open as the editor opens it: one connection, the plan document and
 * its discussion document joined at once over it (client/sync, the same code the browser runs),
 * then the discussion read into a view once. Afterwards it notes when each new message first
 * reaches its copy of the discussion, and sends commands as `useDiscussion` does.
 */
export class DiscussionPerson {
  readonly plan = new Y.Doc();
  readonly discussion = new Y.Doc();
  /** Message id → when it first arrived here (only messages that arrive after opening). */
  readonly arrivals = new Map<string, number>();
  private readonly connection: SyncConnection;
  private readonly providers: DocProvider[];
  private readonly discussionName: string;

  private constructor(server: ServerAddress, planId: string) {
    this.connection = new SyncConnection({
      url: server.urls[0]!,
      ...(server.cookie ? { extraHeaders: { cookie: server.cookie } } : {}),
    });
    this.discussionName = discussionDocName(planId);
    this.providers = [
      new DocProvider(this.connection, planDocName(planId), this.plan),
      new DocProvider(this.connection, this.discussionName, this.discussion),
    ];
  }

  static async open(
    server: ServerAddress,
    planId: string,
    timeoutMs: number,
  ): Promise<{ person: DiscussionPerson; timing: OpenTiming }> {
    const started = nowMs();
    const person = new DiscussionPerson(server, planId);
    try {
      const [planProvider, discussionProvider] = person.providers as [DocProvider, DocProvider];
      const [planSynced, discussionSynced] = await withTimeout(
        Promise.all([
          planProvider.whenSynced().then(nowMs),
          discussionProvider.whenSynced().then(nowMs),
        ]),
        timeoutMs,
        `opening plan ${planId}`,
      );
      const viewStarted = nowMs();
      const view = discussionView(person.discussion);
      const ended = nowMs();
      messagesMap(person.discussion).observe((event) => {
        const at = nowMs();
        for (const key of event.keysChanged as Set<string>)
          if (!person.arrivals.has(key)) person.arrivals.set(key, at);
      });
      return {
        person,
        timing: {
          interactiveMs: ended - started,
          planSyncedMs: planSynced - started,
          discussionSyncedMs: discussionSynced - started,
          viewMs: ended - viewStarted,
          view,
        },
      };
    } catch (error) {
      person.close();
      throw error;
    }
  }

  /** Sends one command over the socket; a missing answer counts as a refusal. */
  command(command: unknown): Promise<CommandAnswer> {
    return new Promise((resolve) => {
      this.connection.socket
        .timeout(ACK_TIMEOUT_MS)
        .emit(
          'discussionCommand',
          this.discussionName,
          command,
          (timedOut: Error | null, ack: DiscussionAck) =>
            resolve(timedOut ? { ok: false, code: 'no-answer', message: timedOut.message } : ack),
        );
    });
  }

  close(): void {
    this.providers.forEach((provider) => provider.destroy());
    this.connection.close();
  }
}
