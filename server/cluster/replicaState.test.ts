import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { answerSummary, summarise } from './replicaState';

function pair() {
  const a = new Y.Doc();
  a.getText('t').insert(0, 'hello world');
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return { a, b };
}

describe('answerSummary', () => {
  it('answers an equal replica with nothing', () => {
    const { a, b } = pair();
    expect(answerSummary(a, summarise(b))).toEqual({ diff: null, askBack: false });
  });

  it('sends what the other lacks, and only that', () => {
    const { a, b } = pair();
    a.getText('t').insert(0, '>> ');
    const answer = answerSummary(a, summarise(b));
    expect(answer.askBack).toBe(false);
    Y.applyUpdate(b, answer.diff!);
    expect(b.getText('t').toString()).toBe('>> hello world');
  });

  it('asks back when the other has more', () => {
    const { a, b } = pair();
    b.getText('t').insert(0, 'B');
    expect(answerSummary(a, summarise(b))).toEqual({ diff: null, askBack: true });
  });

  it('notices a deletion the other lacks although the state vectors are equal', () => {
    const { a, b } = pair();
    a.getText('t').delete(0, 6);
    expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
    const answer = answerSummary(a, summarise(b));
    expect(answer.askBack).toBe(true);
    Y.applyUpdate(b, answer.diff!);
    expect(b.getText('t').toString()).toBe('world');
    expect(answerSummary(a, summarise(b))).toEqual({ diff: null, askBack: false });
  });

  it('summarises replicas with the same content alike, whatever order they saw it in', () => {
    const { a, b } = pair();
    a.getText('t').delete(0, 2);
    b.getText('t').insert(3, 'XX');
    b.getText('t').delete(8, 2);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(summarise(a)).toEqual(summarise(b));
  });

  it('ignores a summary whose state vector is garbage', () => {
    const { a } = pair();
    expect(answerSummary(a, { stateVector: new Uint8Array([200]), deletesDigest: new Uint8Array() })).toEqual({
      diff: null,
      askBack: false,
    });
  });
});
