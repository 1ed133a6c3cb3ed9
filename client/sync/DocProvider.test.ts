import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import i18next from 'i18next';
import { ErrorCode, Limits } from '../../shared/protocol';
import { catchUpChunkBytes, messageCatchUpChunk } from '../../shared/protocol/catchUp';
import { nb } from '../i18n/nb';
import { statusText } from '../plan-editor/status/statusText';
import { DocProvider } from './DocProvider';
import { FakeSyncServer } from './testing/fakeSyncServer';
import type { SyncStatus } from './status';

/** Longer than any resync delay (30 s at most, plus jitter). */
const AFTER_ANY_RETRY_MS = 46_000;

function open(server = new FakeSyncServer(), doc = new Y.Doc()) {
  const provider = new DocProvider(server.asConnection(), 'plan:p1', doc);
  const statuses: SyncStatus[] = [];
  provider.on('status', (status) => statuses.push(status));
  return { server, doc, provider, statuses };
}

function write(doc: Y.Doc, text: string): void {
  doc.getText('t').insert(doc.getText('t').length, text);
}

function textOf(doc: Y.Doc): string {
  return doc.getText('t').toString();
}

/** Lets the resync timer fire and the handshake it starts run to its end. */
function retry(server: FakeSyncServer): void {
  vi.advanceTimersByTime(AFTER_ANY_RETRY_MS);
  server.deliver();
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('DocProvider', () => {
  it('is saved only after the server acknowledged its step 1 and every change', () => {
    const { server, doc, provider } = open();
    server.connect();
    server.deliverOne(); // the join's answer; our step 1 goes out
    server.deliverOne(); // the server's step 2
    server.deliverOne(); // the server's step 1: we hold its state and it holds ours
    expect(provider.synced).toBe(true);
    // Its ack of our step 1 (sent once everything it holds is durable) has not come yet.
    expect(provider.status.state).toBe('saving');
    server.deliverOne();
    expect(provider.status.state).toBe('saved');

    server.holdAcks = true;
    write(doc, 'one change');
    server.deliver();
    expect(provider.status).toEqual({ state: 'saving', pending: 1 });
    server.releaseAcks();
    expect(provider.status.state).toBe('saved');
    expect(textOf(server.doc)).toBe('one change');
  });

  it('asks again when its join is refused while storage is down, and is saved once it is back', () => {
    const { server, doc, provider } = open();
    server.refuseJoins = [ErrorCode.StorageFailed, ErrorCode.StorageFailed];
    write(doc, 'offline edit');
    server.connect();
    server.deliver();
    expect(provider.status).toEqual({ state: 'retrying', code: ErrorCode.StorageFailed });
    retry(server);
    expect(provider.status).toEqual({ state: 'retrying', code: ErrorCode.StorageFailed });
    retry(server);
    expect(provider.status.state).toBe('saved');
    expect(textOf(server.doc)).toBe('offline edit');
    expect(server.events.filter((event) => event === 'join')).toHaveLength(3);
  });

  it('a join refused for good (no access) is not asked again', () => {
    const { server, provider } = open();
    server.refuseJoins = [ErrorCode.Forbidden];
    server.connect();
    server.deliver();
    retry(server);
    expect(provider.status).toMatchObject({ state: 'error', code: ErrorCode.Forbidden });
    expect(server.events.filter((event) => event === 'join')).toHaveLength(1);
  });

  it('leaves when destroyed while its join is unanswered, so the next provider is not joined twice', () => {
    const server = new FakeSyncServer();
    const { provider } = open(server);
    server.connect();
    provider.destroy();
    expect(server.events).toEqual(['join', 'leave']);
  });

  it('keeps a refused change unsaved, resyncs after a pause, and is saved once the resync ends clean', () => {
    const { server, doc, provider } = open();
    server.connect();
    server.deliver();
    server.refuseChanges = [ErrorCode.RateLimited];
    write(doc, 'refused');
    server.deliver();
    expect(provider.status).toEqual({ state: 'retrying', code: ErrorCode.RateLimited });
    expect(textOf(server.doc)).toBe('');

    retry(server);
    expect(provider.status.state).toBe('saved');
    expect(textOf(server.doc)).toBe('refused');
  });

  it('stays unsaved while the resync is refused too, and backs off until one ends clean', () => {
    const { server, doc, provider } = open();
    server.connect();
    server.deliver();
    server.refuseChanges = [ErrorCode.StorageFailed, ErrorCode.StorageFailed];
    write(doc, 'stored at last');
    server.deliver();
    expect(provider.status.state).toBe('retrying');

    // The first resync's step 2 is refused as well.
    retry(server);
    expect(provider.status).toEqual({ state: 'retrying', code: ErrorCode.StorageFailed });
    expect(server.received.filter((message) => message.type === 0)).toHaveLength(2);

    retry(server);
    expect(provider.status.state).toBe('saved');
    expect(textOf(server.doc)).toBe('stored at last');
  });

  it('does not count a refused step 1 of the resync as done', () => {
    const { server, doc, provider } = open();
    server.connect();
    server.deliver();
    server.refuseChanges = [ErrorCode.OutOfOrder];
    server.refuseStep1 = [ErrorCode.RateLimited];
    write(doc, 'x');
    server.deliver();
    retry(server);
    expect(provider.status.state).toBe('retrying');
    retry(server);
    expect(provider.status.state).toBe('saved');
    expect(textOf(server.doc)).toBe('x');
  });

  it('sends changes made during a handshake with its step 2, not as updates the server cannot place', () => {
    const { server, doc, provider } = open();
    server.connect();
    server.deliver();
    server.refuseChanges = [ErrorCode.RateLimited];
    write(doc, 'a');
    server.deliver();
    vi.advanceTimersByTime(AFTER_ANY_RETRY_MS);
    // The resync's step 1 is out; the server has not answered yet.
    write(doc, 'b');
    server.deliver();
    expect(server.received.map((message) => message.type)).toEqual([0, 2, 0, 1]);
    expect(provider.status.state).toBe('saved');
    expect(textOf(server.doc)).toBe('ab');
  });

  it('lets a resync heal a change refused after it began, without another round', () => {
    const { server, doc, provider } = open();
    server.connect();
    server.deliver();
    server.refuseChanges = [ErrorCode.RateLimited, ErrorCode.OutOfOrder];
    write(doc, 'a');
    write(doc, 'b'); // sent at once, refused too, but its answer comes after the resync began
    server.deliverOne(); // 'a' refused: a resync is due
    vi.advanceTimersByTime(AFTER_ANY_RETRY_MS);
    server.deliver();
    // The resync's step 2 carried both: one round was enough.
    expect(server.received.map((message) => message.type)).toEqual([0, 2, 2, 0, 1]);
    expect(provider.status.state).toBe('saved');
    expect(textOf(server.doc)).toBe('ab');
  });

  it('shows a refusal no resync can heal as an error, and does not resend it', () => {
    for (const code of [ErrorCode.ReadOnly, ErrorCode.InvalidChange]) {
      const { server, doc, provider } = open();
      server.connect();
      server.deliver();
      server.refuseChanges = [code];
      write(doc, 'x');
      server.deliver();
      vi.advanceTimersByTime(AFTER_ANY_RETRY_MS);
      server.deliver();
      expect(provider.status).toMatchObject({ state: 'error', code });
      expect(server.received.map((message) => message.type)).toEqual([0, 2]);
    }
  });

  it('shows offline at once, keeps a refused change unsaved across it, and sends it on reconnect', () => {
    const { server, doc, provider } = open();
    server.connect();
    server.deliver();
    server.refuseChanges = [ErrorCode.StorageFailed];
    write(doc, 'kept here');
    server.deliver();
    expect(provider.status.state).toBe('retrying');

    server.drop();
    expect(provider.status).toEqual({ state: 'offline' });
    write(doc, ' and here');
    expect(provider.status.state).toBe('offline');
    vi.advanceTimersByTime(AFTER_ANY_RETRY_MS);
    expect(provider.status.state).toBe('offline');

    server.holdAcks = true;
    server.connect();
    server.deliver();
    expect(provider.status.state).toBe('saving');
    server.releaseAcks();
    expect(provider.status.state).toBe('saved');
    expect(textOf(server.doc)).toBe('kept here and here');
  });

  it('says what is true at each step, in bokmål', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'nb',
      resources: { nb: { translation: nb } },
      interpolation: { escapeValue: false },
    });
    const { server, doc, statuses } = open();
    server.connect();
    server.deliver();
    server.refuseChanges = [ErrorCode.RateLimited];
    write(doc, 'x');
    server.deliver();
    retry(server);
    server.drop();
    const texts = statuses.map((status) => statusText(status, i18n.t));
    expect(texts).toEqual([
      'Henter siste versjon …',
      'Lagrer …',
      'Lagret',
      'Lagrer …',
      'Kunne ikke lagre – prøver igjen',
      'Lagret',
      'Frakoblet — endringene dine er lagret på denne enheten og sendes når du er på nett igjen',
    ]);
  });

  it('sends a catch-up larger than the message cap in pieces under it, one after another', () => {
    const doc = new Y.Doc();
    // Written offline: far more than one sync message may carry.
    write(doc, 'x'.repeat(Math.round(Limits.maxMessageBytes * 1.5)));
    const { server, provider } = open(new FakeSyncServer(), doc);
    server.connect();
    server.deliver();
    const pieces = server.received.filter((message) => message.type === messageCatchUpChunk);
    expect(pieces.length).toBeGreaterThan(Limits.maxMessageBytes / Limits.maxUpdateBytes);
    for (const piece of pieces) expect(piece.bytes).toBeLessThanOrEqual(Limits.maxUpdateBytes);
    expect(provider.status.state).toBe('saved');
    expect(textOf(server.doc)).toBe(textOf(doc));
  });

  it('does not try to send a catch-up over the total cap, and says so', () => {
    const doc = new Y.Doc();
    write(doc, 'x'.repeat(Limits.maxCatchUpBytes + 1));
    const { server, provider } = open(new FakeSyncServer(), doc);
    server.connect();
    server.deliver();
    expect(provider.status).toMatchObject({ state: 'error', code: ErrorCode.MessageTooLarge });
    expect(server.received.map((message) => message.type)).toEqual([0]);
  });

  it('resends a piece refused by the rate limit after a pause, and holds changes made meanwhile until the catch-up is in', () => {
    const doc = new Y.Doc();
    write(doc, 'y'.repeat(Limits.maxUpdateBytes * 3));
    const { server, provider } = open(new FakeSyncServer(), doc);
    server.connect();
    server.deliver();
    expect(textOf(server.doc)).toBe(textOf(doc));

    const sentBefore = server.received.length;
    write(doc, 'z'.repeat(catchUpChunkBytes * 2));
    // The first piece went out with the change; the second is refused by the rate limit.
    server.refuseChanges = [ErrorCode.RateLimited];
    server.deliver();
    expect(provider.status).toEqual({ state: 'retrying', code: ErrorCode.RateLimited });
    write(doc, ' typed meanwhile');
    server.deliver();
    expect(server.received.slice(sentBefore).map((message) => message.type)).toEqual([3, 3]);
    // Nothing was sent for the typing: it builds on the pieces the server does not have yet.
    write(doc, ' and more');
    expect(server.received.length - sentBefore).toBe(2);

    vi.advanceTimersByTime(AFTER_ANY_RETRY_MS);
    server.deliver();
    // The refused piece again, the last one, then a resync that carries what was typed meanwhile.
    expect(server.received.slice(sentBefore).map((message) => message.type)).toEqual([
      3, 3, 3, 3, 0, 1,
    ]);
    expect(provider.status.state).toBe('saved');
    expect(textOf(server.doc)).toBe(textOf(doc));
  });
});
