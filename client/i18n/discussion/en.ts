import type { discussionNb } from './nb';

/** English texts for comments and suggestions; typed against bokmål. */
export const discussionEn: typeof discussionNb = {
  discussion: {
    errors: {
      'bad-command': 'The request was invalid. Reload the page.',
      forbidden: 'You may not do this in this plan.',
      'too-long': 'The text is too long (at most 10,000 characters).',
      'too-many-mentions': 'You can mention at most 20 people in one comment.',
      'unknown-mention': 'You can only mention people who are on the plan.',
      'unknown-thread': 'The thread no longer exists.',
      'unknown-message': 'The message no longer exists.',
      'unknown-suggestion': 'The suggestion no longer exists.',
      'unknown-section': 'That part of the plan no longer exists.',
      'not-author': 'Only the person who wrote it can change it.',
      'message-deleted': 'The message was deleted.',
      'bad-anchor': 'The text is not saved yet, or the selection spans several paragraphs. Try again.',
      'anchor-lost': 'The text the suggestion was about has been deleted. It can only be rejected.',
      'suggestion-outdated': 'The text has changed since the suggestion was made. Look at it again.',
      'already-decided': 'The suggestion was already accepted or rejected.',
      'invalid-transition': 'The thread is already in that state.',
      'id-taken': 'Something went wrong. Try again.',
      'limit-reached': 'The plan has reached its limit of comments or suggestions.',
      offline: 'Not connected. Try again when you are online.',
      failed: 'That did not work. Try again.',
    },
  },
};
