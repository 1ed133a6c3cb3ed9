import { describe, expect, it } from 'vitest';
import { PresenceOwners } from './presenceOwners';

const kariTab = { peerId: 'c1', principal: 'user:kari' };
const kariAgain = { peerId: 'c2', principal: 'user:kari' };
const mallory = { peerId: 'c3', principal: 'guest:mallory' };
const nowhere = () => false;

function owners(now: () => number = () => 0) {
  return new PresenceOwners(4, 30_000, now);
}

describe('PresenceOwners', () => {
  it("refuses setting or removing someone else's client id", () => {
    const presence = owners();
    presence.claim(kariTab, [1], []);
    expect(presence.check(mallory, [1], [], nowhere)).toBe('taken');
    expect(presence.check(mallory, [], [1], nowhere)).toBe('taken');
    expect(presence.check(mallory, [2, 1], [], nowhere)).toBe('taken');
    expect(presence.check(mallory, [2], [], nowhere)).toBe('ok');
  });

  it('refuses ids present from another server', () => {
    const presence = owners();
    expect(presence.check(mallory, [7], [], (id) => id === 7)).toBe('taken');
    expect(presence.check(mallory, [], [7], (id) => id === 7)).toBe('taken');
  });

  it('lets a connection use at most four ids, counting ids it gave up', () => {
    const presence = owners();
    expect(presence.check(mallory, [1, 2, 3, 4, 5], [], nowhere)).toBe('too-many');
    presence.claim(mallory, [1, 2, 3, 4], []);
    presence.claim(mallory, [], [1, 2, 3, 4]);
    expect(presence.check(mallory, [5], [], nowhere)).toBe('too-many');
    expect(presence.check(mallory, [4], [], nowhere)).toBe('ok');
  });

  it('keeps a leaving connection’s ids for the same person until the reservation ends', () => {
    let now = 0;
    const presence = owners(() => now);
    presence.claim(kariTab, [1], []);
    expect(presence.leave('c1')).toEqual([1]);
    expect(presence.check(mallory, [1], [], nowhere)).toBe('taken');
    expect(presence.check(kariAgain, [1], [], nowhere)).toBe('ok');
    now = 30_000;
    expect(presence.check(mallory, [1], [], nowhere)).toBe('ok');
  });

  it('lets the same person take an id over from their own older connection, which then leaves without it', () => {
    const presence = owners();
    presence.claim(kariTab, [1], []);
    expect(presence.check(kariAgain, [1], [], nowhere)).toBe('ok');
    presence.claim(kariAgain, [1], []);
    expect(presence.leave('c1')).toEqual([]);
    expect(presence.ownedBy('c2')).toEqual([1]);
  });

  it('frees an id its owner removed', () => {
    const presence = owners();
    presence.claim(kariTab, [1], []);
    presence.claim(kariTab, [], [1]);
    expect(presence.check(mallory, [1], [], nowhere)).toBe('ok');
    expect(presence.leave('c1')).toEqual([]);
  });
});
