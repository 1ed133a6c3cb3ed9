import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { ErrorCode } from '../../shared/protocol';
import { DocProvider } from './DocProvider';
import { pageSyncStore } from './pageSyncStore';
import { FakeSyncServer } from './testing/fakeSyncServer';
import { countRenders } from './testing/renderCounter';

function openPlan() {
  const server = new FakeSyncServer();
  const doc = new Y.Doc();
  const provider = new DocProvider(server.asConnection(), 'plan:p1', doc);
  return { server, doc, provider, store: pageSyncStore(provider) };
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

describe('pageSyncStore', () => {
  it('does not re-render the open plan while someone types and every keystroke is stored', () => {
    const { server, doc, provider, store } = openPlan();
    const renders = countRenders(store);
    server.connect();
    server.deliver();
    expect(store.getSnapshot()).toEqual({
      phase: 'live',
      refusal: null,
      access: 'write',
      synced: true,
    });
    const rendersWhenOpen = renders.count;
    const states: string[] = [];
    provider.on('status', (status) => states.push(status.state));

    for (const letter of 'Sammen med foreningene.') {
      type(doc, letter);
      server.deliver();
      vi.advanceTimersByTime(40);
    }

    // The provider did go "saving" → "saved" with each keystroke; the page saw none of it.
    expect(states.filter((state) => state === 'saved').length).toBeGreaterThan(10);
    expect(renders.count).toBe(rendersWhenOpen);

    server.drop();
    expect(store.getSnapshot().phase).toBe('offline');
    expect(renders.count).toBe(rendersWhenOpen + 1);
  });

  it('says why the server refused the document', () => {
    const { server, store } = openPlan();
    server.refuseJoins = [ErrorCode.Forbidden];
    server.connect();
    server.deliver();
    expect(store.getSnapshot()).toMatchObject({ phase: 'refused', refusal: ErrorCode.Forbidden });
  });
});
