import { describe, expect, it } from 'vitest';
import { participantIdOf } from './participantId';

describe('participantIdOf', () => {
  it('is the principal with "-" for ":", as the server makes it', () => {
    expect(
      participantIdOf({ kind: 'user', id: 'u1', name: 'Siri', email: 's@x.no', isAdmin: false }),
    ).toBe('user-u1');
    expect(
      participantIdOf({
        kind: 'guest',
        id: 'g1',
        name: 'Lise',
        association: null,
        planId: 'p',
        role: 'participant',
      }),
    ).toBe('guest-g1');
    expect(participantIdOf(null)).toBeNull();
  });
});
