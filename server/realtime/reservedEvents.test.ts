import { describe, expect, it } from 'vitest';
import {
  RESERVED_EVENTS,
  assertClientEventName,
  dropReservedEvents,
  isReservedEvent,
  type EventMiddlewareSocket,
} from './reservedEvents';

type Middleware = Parameters<EventMiddlewareSocket['use']>[0];

function fakeSocket(): EventMiddlewareSocket & {
  middlewares: Middleware[];
  passes(event: unknown[]): boolean;
} {
  const middlewares: Middleware[] = [];
  return {
    middlewares,
    use(fn) {
      middlewares.push(fn);
      return this;
    },
    passes(event) {
      let passed = true;
      for (const fn of middlewares) {
        let next = false;
        fn(event, () => (next = true));
        passed &&= next;
      }
      return passed;
    },
  };
}

describe('reserved Socket.IO events', () => {
  it('names every event Socket.IO or Node raise on a socket by themselves', () => {
    for (const name of [
      'connect',
      'connect_error',
      'disconnect',
      'disconnecting',
      'error',
      'newListener',
      'removeListener',
    ])
      expect(RESERVED_EVENTS.has(name), name).toBe(true);
  });

  it('tells reserved names from ours, and anything but a string counts as reserved', () => {
    for (const name of [
      'join',
      'leave',
      'sync',
      'awareness',
      'workshopCommand',
      'discussionCommand',
      'watchInbox',
      'unwatchInbox',
    ])
      expect(isReservedEvent(name), name).toBe(false);
    for (const name of ['disconnect', 'error', 'newListener', 1, undefined, null, ['disconnect']])
      expect(isReservedEvent(name), String(name)).toBe(true);
    // Exact names only: Node's emitter is case-sensitive too.
    expect(isReservedEvent('Disconnect')).toBe(false);
  });

  it('drops a reserved event before the listeners and lets the others through', () => {
    const socket = fakeSocket();
    dropReservedEvents(socket);
    expect(socket.passes(['disconnect'])).toBe(false);
    expect(socket.passes(['error', new Error('forged')])).toBe(false);
    expect(socket.passes(['newListener', 'join', () => undefined])).toBe(false);
    expect(socket.passes([])).toBe(false);
    expect(socket.passes(['join', { doc: 'plan:x' }, () => undefined])).toBe(true);
  });

  it('installs its middleware once per socket, however many handlers ask', () => {
    const socket = fakeSocket();
    dropReservedEvents(socket);
    dropReservedEvents(socket);
    expect(socket.middlewares).toHaveLength(1);
    dropReservedEvents(fakeSocket());
    expect(socket.middlewares).toHaveLength(1);
  });

  it('refuses to register a client-event handler under a reserved name', () => {
    expect(() => assertClientEventName('disconnect')).toThrow(/reserved/);
    expect(() => assertClientEventName('error')).toThrow(/reserved/);
    expect(() => assertClientEventName('join')).not.toThrow();
  });
});
