import { describe, expect, it } from 'vitest';
import { bodySegments, findMentions, insertMention, matchPeople, mentionedIds, mentionQueryAt } from './mentions';

const people = [
  // The shorter name first: the longer one must still win where both fit.
  { id: 'user-2', name: 'Kari' },
  { id: 'user-1', name: 'Kari Nordmann' },
  { id: 'user-3', name: 'Ola Åsen' },
  { id: 'guest-4', name: 'Per Hansen' },
  { id: 'guest-5', name: 'Per Hansen' },
];

describe('the mention being typed', () => {
  it('finds "@query" before the caret, spaces allowed inside a name', () => {
    expect(mentionQueryAt('Hei @Ka', 7)).toEqual({ start: 4, query: 'Ka' });
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQueryAt('Hei @Kari No', 12)).toEqual({ start: 4, query: 'Kari No' });
    expect(mentionQueryAt('(@ola', 5)).toEqual({ start: 1, query: 'ola' });
  });

  it('is no mention in an e-mail address, after a line break, a double space or far back', () => {
    expect(mentionQueryAt('kari@kommune.no', 15)).toBeNull();
    expect(mentionQueryAt('@Kari\nhei', 9)).toBeNull();
    expect(mentionQueryAt('@Kari  hei', 10)).toBeNull();
    expect(mentionQueryAt('@ Kari', 6)).toBeNull();
    expect(mentionQueryAt(`@${'a'.repeat(45)}`, 46)).toBeNull();
  });

  it('matches names from their start first, then later words, case-insensitively', () => {
    expect(matchPeople(people, 'ka').map((p) => p.name)).toEqual(['Kari', 'Kari Nordmann']);
    expect(matchPeople(people, 'nord').map((p) => p.id)).toEqual(['user-1']);
    expect(matchPeople(people, 'ås').map((p) => p.id)).toEqual(['user-3']);
    expect(matchPeople(people, '').length).toBe(5);
    expect(matchPeople(people, 'x')).toEqual([]);
    expect(matchPeople(people, 'Ola Åsen ')).toEqual([]);
    expect(matchPeople(people, 'Kari ').map((p) => p.id)).toEqual(['user-1']);
  });

  it('puts "@Name" in place of the query, a space after unless punctuation follows, and the caret after it', () => {
    expect(insertMention('Hei @Ka!', { start: 4, query: 'Ka' }, 7, 'Kari Nordmann')).toEqual({ text: 'Hei @Kari Nordmann!', caret: 18 });
    expect(insertMention('@Ka fint', { start: 0, query: 'Ka' }, 3, 'Kari')).toEqual({ text: '@Kari fint', caret: 6 });
    expect(insertMention('Hei @', { start: 4, query: '' }, 5, 'Ola')).toEqual({ text: 'Hei @Ola ', caret: 9 });
  });
});

describe('mentions in a text', () => {
  it('takes the longest name at each "@" and needs the name to end a word', () => {
    expect(findMentions('Hei @Kari Nordmann og @Kari, ikke @Karianne', people)).toEqual([
      { start: 4, end: 18, personIds: ['user-1'] },
      { start: 22, end: 27, personIds: ['user-2'] },
    ]);
  });

  it('sends the ids in order once each, and a shared name only for whoever was picked', () => {
    expect(mentionedIds('@Ola Åsen og @Kari og @Ola Åsen', people, [])).toEqual(['user-3', 'user-2']);
    expect(mentionedIds('@Per Hansen', people, [])).toEqual([]);
    expect(mentionedIds('@Per Hansen', people, ['guest-5'])).toEqual(['guest-5']);
    expect(mentionedIds('Ingen her', people, ['user-1'])).toEqual([]);
  });

  it('splits a message so its mentions can be set apart, leaving unmentioned names as text', () => {
    expect(bodySegments('Takk @Kari Nordmann og @Ola Åsen!', ['user-1'], people)).toEqual([
      { kind: 'text', text: 'Takk ' },
      { kind: 'mention', text: '@Kari Nordmann', personId: 'user-1' },
      { kind: 'text', text: ' og @Ola Åsen!' },
    ]);
    expect(bodySegments('Hei', [], people)).toEqual([{ kind: 'text', text: 'Hei' }]);
  });
});
