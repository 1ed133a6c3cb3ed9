import { describe, expect, it } from 'vitest';
import { prettyLine } from './prettyLine';

describe('prettyLine', () => {
  it('writes time, level and message, then the fields that matter', () => {
    const line = JSON.stringify({ level: 30, time: Date.UTC(2026, 0, 2, 12, 4, 5, 123), pid: 1, hostname: 'h', doc: 'plan:abc', reason: 'two words', msg: 'refused a change' });
    expect(prettyLine(line)).toBe('12:04:05.123 INFO  refused a change  doc=plan:abc reason="two words"\n');
  });

  it("keeps an error's message on the line and its stack below", () => {
    const line = JSON.stringify({ level: 50, time: 0, msg: 'storing updates', err: { message: 'disk full', stack: 'Error: disk full\n    at write' } });
    expect(prettyLine(line)).toBe('00:00:00.000 ERROR storing updates  err="disk full"\n    Error: disk full\n        at write\n');
  });

  it('passes a line that is not JSON through', () => {
    expect(prettyLine('plain words')).toBe('plain words\n');
  });
});
