import type { ClientKind } from '../types';

/** Talking in the room: nothing to do on a phone, nothing to record. */
export const discussionClient: ClientKind<'discussion', null> = {
  Panel: null,
  Live: null,
  LeadControls: null,
  Result: null,
  form: {
    initial: null,
    Fields: null,
    config: (common) => ({ kind: 'discussion', ...common }),
  },
};
