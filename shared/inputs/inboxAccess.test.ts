import { describe, expect, it } from 'vitest';
import { inboxAccess } from './inboxAccess';

describe('who may read the input inbox', () => {
  it('lets owners and editors handle input whatever the settings', () => {
    expect(inboxAccess('owner', [])).toBe('handle');
    expect(inboxAccess('editor', [])).toBe('handle');
  });

  it('lets facilitators and observers read only when the owner opened the inbox to them', () => {
    expect(inboxAccess('facilitator', [])).toBeNull();
    expect(inboxAccess('observer', [])).toBeNull();
    expect(inboxAccess('facilitator', ['facilitator'])).toBe('read');
    expect(inboxAccess('observer', ['facilitator', 'observer'])).toBe('read');
    expect(inboxAccess('observer', ['facilitator'])).toBeNull();
  });

  it('never opens it to workshop participants or to people without a role', () => {
    expect(inboxAccess('participant', ['facilitator', 'observer'])).toBeNull();
    expect(inboxAccess(null, ['facilitator', 'observer'])).toBeNull();
  });
});
