import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../shared/workshop/types';
import { countParticipants } from './participantCounts';

function person(id: string, traits: Partial<Participant> = {}): Participant {
  return { id, name: id, association: null, groupId: null, removed: false, facilitator: false, mergedInto: null, ...traits };
}

describe('countParticipants', () => {
  it('counts people taking part, with facilitators and removed people apart', () => {
    const people = [
      person('kari'),
      person('ola', { groupId: 'g1' }),
      person('per'),
      person('siri', { facilitator: true }),
      person('lise', { removed: true }),
      person('per2', { removed: true, mergedInto: 'per' }),
      person('co', { facilitator: true, removed: true }),
    ];
    expect(countParticipants(people)).toEqual({ participants: 3, facilitators: 1, removed: 3 });
  });

  it('is all zero before anyone joins', () => {
    expect(countParticipants([])).toEqual({ participants: 0, facilitators: 0, removed: 0 });
  });
});
