import { describe, expect, it } from 'vitest';
import { myHiddenNotes } from './myHiddenNotes';
import { note, testView } from './testView';

describe('myHiddenNotes', () => {
  it('lists the author’s own hidden notes with their text from the private view and the reason', () => {
    const view = testView({
      notes: [
        note('mine', { hidden: true, text: '', hiddenReason: 'personal-data' }),
        note('theirs', { hidden: true, text: '', hiddenReason: 'offensive' }),
        note('shown'),
      ],
    });
    const mine = {
      notes: [
        {
          id: 'mine',
          activityId: 'b1',
          groupId: null,
          text: 'Ola bor i nr. 3',
          createdAt: 1,
          revealed: true,
        },
        {
          id: 'shown',
          activityId: 'b1',
          groupId: null,
          text: 'text shown',
          createdAt: 2,
          revealed: true,
        },
      ],
      votes: [],
      pollAnswers: [],
    };
    expect(myHiddenNotes(view, mine)).toEqual([
      { id: 'mine', text: 'Ola bor i nr. 3', reason: 'personal-data' },
    ]);
    expect(myHiddenNotes(view, null)).toEqual([]);
  });
});
