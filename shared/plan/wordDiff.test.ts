import { describe, expect, it } from 'vitest';
import { diffWords, MAX_EDIT_TOKENS, type DiffSegment } from './wordDiff';

function marked(segments: readonly DiffSegment[]): string {
  return segments
    .map((s) =>
      s.kind === 'same' ? s.text : s.kind === 'added' ? `{+${s.text}+}` : `[-${s.text}-]`,
    )
    .join('');
}

function rebuilt(segments: readonly DiffSegment[], side: 'before' | 'after'): string {
  const skip = side === 'before' ? 'added' : 'removed';
  return segments
    .filter((s) => s.kind !== skip)
    .map((s) => s.text)
    .join('');
}

/** Seeded, so a failure names texts that can be rebuilt. */
function words(count: number, seed: number): string[] {
  const vocabulary = ['kommunen', 'skal', 'styrke', 'frivillighet', 'møteplasser', 'nærmiljø'];
  let state = seed;
  return Array.from({ length: count }, (_, index) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return `${vocabulary[state % vocabulary.length] ?? ''}${index % 97}`;
  });
}

describe('diffWords edge cases', () => {
  it('treats punctuation as part of its word', () => {
    expect(marked(diffWords('Vi skal samarbeide.', 'Vi skal samarbeide!'))).toBe(
      'Vi skal [-samarbeide.-]{+samarbeide!+}',
    );
    expect(marked(diffWords('Ja, vi vil.', 'Ja vi vil.'))).toBe('[-Ja,-]{+Ja+} vi vil.');
  });

  it('keeps Norwegian letters inside words and compares them exactly', () => {
    expect(marked(diffWords('Gå til årsmøtet', 'Gå til årsmøte'))).toBe(
      'Gå til [-årsmøtet-]{+årsmøte+}',
    );
    expect(marked(diffWords('Ærlig og åpen', 'Ærlig og Åpen'))).toBe('Ærlig og [-åpen-]{+Åpen+}');
  });

  it('shows a whitespace-only change as whitespace, leaving the words unmarked', () => {
    const segments = diffWords('lokal  demokrati i\nAsker', 'lokal demokrati i Asker');
    expect(marked(segments)).toBe('lokal[-  -]{+ +}demokrati i[-\n-]{+ +}Asker');
    expect(segments.filter((s) => s.kind !== 'same').every((s) => s.text.trim() === '')).toBe(true);
  });

  it('marks a change in one paragraph without touching the equal ones around it', () => {
    const before = 'Første avsnitt.\n\nAndre avsnitt om frivillighet.\n\nTredje avsnitt.';
    const after = 'Første avsnitt.\n\nAndre avsnitt om lag og frivillighet.\n\nTredje avsnitt.';
    expect(marked(diffWords(before, after))).toBe(
      'Første avsnitt.\n\nAndre avsnitt om {+lag og +}frivillighet.\n\nTredje avsnitt.',
    );
  });

  it('word-diffs a long text with scattered edits, every character kept', () => {
    const original = words(6000, 1);
    const edited = original.map((word, index) => (index % 50 === 7 ? `${word}x` : word));
    const before = original.join(' ');
    const after = edited.join(' ');
    const started = performance.now();
    const segments = diffWords(before, after);
    const elapsed = performance.now() - started;
    expect(rebuilt(segments, 'before')).toBe(before);
    expect(rebuilt(segments, 'after')).toBe(after);
    expect(segments.filter((s) => s.kind === 'added')).toHaveLength(120);
    expect(segments.some((s) => s.whole)).toBe(false);
    // Generous: a table over these 12,000 × 12,000 tokens would take seconds.
    expect(elapsed).toBeLessThan(2000);
  });

  it('replaces a rewritten paragraph whole, marked as such, and keeps the others word by word', () => {
    const rewrittenBefore = words(MAX_EDIT_TOKENS, 2).join(' ');
    // Every word differs, so nothing but spaces could line up.
    const rewrittenAfter = words(MAX_EDIT_TOKENS, 3)
      .map((word) => `${word}y`)
      .join(' ');
    const before = `Innledning om planen.\n\n${rewrittenBefore}\n\nSlutten av planen.`;
    const after = `Innledning om den nye planen.\n\n${rewrittenAfter}\n\nSlutten av planen.`;
    const segments = diffWords(before, after);
    expect(rebuilt(segments, 'before')).toBe(before);
    expect(rebuilt(segments, 'after')).toBe(after);
    expect(marked(segments.slice(0, 2))).toBe('Innledning om {+den nye +}');
    const whole = segments.filter((s) => s.whole);
    expect(whole.map((s) => s.kind)).toEqual(['removed', 'added']);
    expect(whole[0]?.text === rewrittenBefore && whole[1]?.text === rewrittenAfter).toBe(true);
  });

  it('prices each changed paragraph alone, so many small edits stay word by word', () => {
    const paragraphsBefore = Array.from({ length: 10 }, (_, n) => words(100, n + 10));
    const paragraphsAfter = paragraphsBefore.map((paragraph) =>
      paragraph.map((word, index) => (index % 4 === 0 ? `${word}z` : word)),
    );
    const before = paragraphsBefore.map((p) => p.join(' ')).join('\n\n');
    const after = paragraphsAfter.map((p) => p.join(' ')).join('\n\n');
    // Together the paragraphs differ by more than one run may.
    expect(10 * 25 * 2).toBeGreaterThan(MAX_EDIT_TOKENS);
    const segments = diffWords(before, after);
    expect(segments.some((s) => s.whole)).toBe(false);
    expect(segments.filter((s) => s.kind === 'added')).toHaveLength(250);
    expect(rebuilt(segments, 'after')).toBe(after);
  });

  it('does not mark a plain addition or removal as replaced whole', () => {
    const long = words(3 * MAX_EDIT_TOKENS, 4).join(' ');
    expect(diffWords('', long)).toEqual([{ kind: 'added', text: long }]);
    expect(diffWords(`Start.\n\n${long}`, 'Start.')).toEqual([
      { kind: 'same', text: 'Start.' },
      { kind: 'removed', text: `\n\n${long}` },
    ]);
  });
});
