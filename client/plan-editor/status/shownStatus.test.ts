import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { ObservableV2 } from 'lib0/observable';
import { DocProvider } from '../../sync/DocProvider';
import type { SyncStatus } from '../../sync/status';
import { FakeSyncServer } from '../../sync/testing/fakeSyncServer';
import { countRenders } from '../../sync/testing/renderCounter';
import { SAVED_AFTER_MS, ShownStatus } from './shownStatus';

/** A provider's status as a test sets it. */
class StatusStandIn extends ObservableV2<{ status: (status: SyncStatus) => void }> {
  status: SyncStatus = { state: 'saved' };
  set(status: SyncStatus): void {
    this.status = status;
    this.emit('status', [status]);
  }
}

function type(doc: Y.Doc, text: string): void {
  const field = doc.getText('t');
  field.insert(field.length, text);
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('ShownStatus', () => {
  it('says "Lagrer …" while someone types, and "Lagret" once they pause', () => {
    const server = new FakeSyncServer();
    const doc = new Y.Doc();
    const provider = new DocProvider(server.asConnection(), 'plan:p1', doc);
    server.connect();
    server.deliver();
    vi.advanceTimersByTime(SAVED_AFTER_MS);
    const shown = new ShownStatus(provider);
    const renders = countRenders(shown);
    expect(shown.getSnapshot().state).toBe('saved');

    for (const letter of 'Sammen med foreningene.') {
      type(doc, letter);
      expect(shown.getSnapshot().state).toBe('saving');
      server.deliver();
      // Every keystroke is stored before the next one comes.
      expect(provider.status.state).toBe('saved');
      vi.advanceTimersByTime(40);
    }
    // One re-render for the whole burst: "Lagret" → "Lagrer …".
    expect(renders.count).toBe(1);
    expect(shown.getSnapshot().state).toBe('saving');

    vi.advanceTimersByTime(SAVED_AFTER_MS);
    expect(shown.getSnapshot().state).toBe('saved');
    expect(renders.count).toBe(2);
  });

  it('never says "Lagret" while the provider is not saved', () => {
    const source = new StatusStandIn();
    const shown = new ShownStatus(source);
    const stop = shown.subscribe(() => {});
    const states: SyncStatus[] = [
      { state: 'saving', pending: 1 },
      { state: 'saved' },
      { state: 'offline' },
      { state: 'syncing' },
      { state: 'retrying', code: 'rate-limited' },
    ];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let step = 0; step < 2_000; step++) {
      source.set(states[random(states.length)]!);
      vi.advanceTimersByTime(random(2) === 0 ? random(SAVED_AFTER_MS * 2) : 0);
      if (shown.getSnapshot().state === 'saved') expect(source.status.state).toBe('saved');
    }
    stop();
  });

  it('shows every other change at once, and a saving count only once', () => {
    const source = new StatusStandIn();
    const shown = new ShownStatus(source);
    const renders = countRenders(shown);
    source.set({ state: 'saving', pending: 1 });
    source.set({ state: 'saving', pending: 2 });
    expect(renders.count).toBe(1);
    source.set({ state: 'offline' });
    expect(shown.getSnapshot().state).toBe('offline');
    source.set({ state: 'saved' });
    expect(shown.getSnapshot().state).toBe('saved');
    source.set({ state: 'error', code: 'forbidden', message: '' });
    expect(shown.getSnapshot()).toMatchObject({ state: 'error', code: 'forbidden' });
    expect(renders.count).toBe(4);
  });

  it('catches up with what changed while nobody listened, and stops listening after the last', () => {
    const source = new StatusStandIn();
    const shown = new ShownStatus(source);
    source.set({ state: 'offline' });
    const renders = countRenders(shown);
    expect(shown.getSnapshot().state).toBe('offline');
    renders.stop();
    source.set({ state: 'saving', pending: 1 });
    source.set({ state: 'saved' });
    vi.advanceTimersByTime(SAVED_AFTER_MS);
    expect(vi.getTimerCount()).toBe(0);
    expect(shown.getSnapshot().state).toBe('offline');
  });
});
