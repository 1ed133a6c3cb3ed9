import { describe, expect, it } from 'vitest';
import { listParticipants } from '../people';
import { createWorld, HOST, idOf, ok, person, runningWorkshop } from '../testing/fixture';
import { resultsLabels } from './labels';
import { resultsCsv } from './resultsCsv';
import { resultsMarkdown } from './resultsMarkdown';

const nb = resultsLabels('nb');
const PEOPLE = ['a', 'b', 'c'];

/** A finished brainstorm → clusters → revealed vote on clusters, plus a poll. */
function workshop(options: { anonymous: boolean }) {
  const world = createWorld(7, { anonymous: options.anonymous, goal: 'Finne tiltak' });
  const agenda = runningWorkshop(world, { people: PEOPLE, voteOn: 'clusters' });
  ok(world, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
  ok(world, HOST, { type: 'revealNotes', activityId: agenda.brainstorm });
  const texts = ['Grønne lunger, på Ås', '=HYPERLINK("http://x")', 'Si "hei" til naboen', '# Ikke overskrift'];
  const notes = texts.map((text, i) =>
    idOf(ok(world, person(PEOPLE[i % 3] ?? 'a'), { type: 'addNote', activityId: agenda.brainstorm, text })),
  );
  const cluster = idOf(ok(world, HOST, { type: 'createCluster', activityId: agenda.brainstorm, title: 'Natur' }));
  ok(world, HOST, { type: 'moveNote', noteId: notes[0] ?? '', clusterId: cluster });
  ok(world, HOST, { type: 'startActivity', activityId: agenda.vote });
  ok(world, person('a'), { type: 'vote', activityId: agenda.vote, targetId: cluster });
  ok(world, person('b'), { type: 'vote', activityId: agenda.vote, targetId: cluster });
  ok(world, HOST, { type: 'revealVotes', activityId: agenda.vote });
  ok(world, HOST, { type: 'startActivity', activityId: agenda.poll });
  ok(world, HOST, { type: 'revealPoll', activityId: agenda.poll }); // the breakdown is public once revealed
  ok(world, person('c'), { type: 'answerPoll', activityId: agenda.poll, options: [1] });
  return { world, agenda, notes, cluster };
}

/** Parses our own CSV back (quoted fields, CRLF records) to check it round-trips. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const text = csv.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    }
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('resultsCsv', () => {
  it('has one row per note with theme, votes and author in an open workshop', () => {
    const { world } = workshop({ anonymous: false });
    const rows = parseCsv(resultsCsv(world.pub, nb));
    expect(rows[0]).toEqual(['Aktivitet', 'Gruppe', 'Tema', 'Lapp', 'Stemmer', 'Stemmer på temaet', 'Skrevet av']);
    expect(rows).toHaveLength(5);
    const natur = rows.find((row) => row[3] === 'Grønne lunger, på Ås');
    expect(natur).toEqual(['Hva hindrer deg i å delta?', '', 'Natur', 'Grønne lunger, på Ås', '0', '2', 'Deltaker a']);
    expect(rows.some((row) => row[3] === `'=HYPERLINK("http://x")`)).toBe(true);
  });

  it('has no author column and no names when the workshop is anonymous', () => {
    const { world } = workshop({ anonymous: true });
    const csv = resultsCsv(world.pub, nb);
    const rows = parseCsv(csv);
    expect(rows[0]).not.toContain('Skrevet av');
    expect(rows.every((row) => row.length === 6)).toBe(true);
    expect(csv).not.toMatch(/Deltaker/);
  });
});

describe('resultsMarkdown', () => {
  it('sums up goal, agenda, themes, ranked votes and poll answers, escaped', () => {
    const { world } = workshop({ anonymous: false });
    const md = resultsMarkdown(world.pub, nb);
    expect(md).toContain('# Verksted om medborgerskap');
    expect(md).toContain('**Mål:** Finne tiltak');
    expect(md).toContain('Deltakere: 3');
    expect(md).toContain('## Program');
    expect(md).toContain('### Natur (stemmer: 2)');
    expect(md).toContain('- Grønne lunger, på Ås');
    expect(md).toContain('1\\. Natur — stemmer: 2');
    expect(md).toContain('- Månedlig: 1');
    // Typed text cannot become a heading.
    expect(md).toContain('- \\# Ikke overskrift');
    expect(md).not.toMatch(/Deltaker a/);
  });

  it('says the workshop is anonymous and names nobody', () => {
    const { world } = workshop({ anonymous: true });
    const md = resultsMarkdown(world.pub, nb);
    expect(md).toContain(nb.anonymous);
    expect(md).not.toMatch(/Deltaker [abc]/);
  });
});

describe('results of breakout groups', () => {
  it('name each note’s group in the CSV and group the Markdown themes by breakout group', () => {
    const world = createWorld(11);
    const agenda = runningWorkshop(world, { people: ['a', 'b', 'c', 'd'] });
    ok(world, HOST, { type: 'splitIntoGroups', count: 2, mode: 'random', names: ['Sentrum', ''] });
    ok(world, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
    ok(world, HOST, { type: 'revealNotes', activityId: agenda.brainstorm });
    // Everyone but the host is in one of the two groups.
    expect(listParticipants(world.pub).filter((p) => p.groupId !== null)).toHaveLength(4);
    for (const who of ['a', 'b', 'c', 'd']) {
      ok(world, person(who), { type: 'addNote', activityId: agenda.brainstorm, text: `Lapp fra ${who}` });
    }
    const csv = resultsCsv(world.pub, nb);
    const rows = csv.split('\r\n').slice(1).filter(Boolean);
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((row) => row.split(',')[1]))).toEqual(new Set(['Sentrum', 'Gruppe 2']));
    const md = resultsMarkdown(world.pub, nb);
    expect(md).toContain('### Sentrum');
    expect(md).toContain('### Gruppe 2');
    expect(md).toContain('#### Lapper uten tema');
  });
});
