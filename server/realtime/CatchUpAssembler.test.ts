import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import { ErrorCode } from '../../shared/protocol';
import {
  decodeCatchUpChunk,
  encodeCatchUpChunk,
  messageCatchUpChunk,
  splitCatchUp,
  type CatchUpChunk,
} from '../../shared/protocol/catchUp';
import { CatchUpAssembler, type CatchUpLimits } from './CatchUpAssembler';

const LIMITS: CatchUpLimits = { maxBytes: 1_000, maxChunks: 50, idleMs: 5_000 };

/** The payload after the sync message type, as PeerSession hands it over. */
function payloadOf(chunk: CatchUpChunk): Uint8Array {
  const decoder = decoding.createDecoder(encodeCatchUpChunk(chunk));
  expect(decoding.readVarUint(decoder)).toBe(messageCatchUpChunk);
  return decoding.readVarUint8Array(decoder);
}

function bytes(length: number, seed = 1): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 31 + seed) % 256);
}

function setup(now = { t: 0 }) {
  return { assembler: new CatchUpAssembler(LIMITS, () => now.t), now };
}

describe('CatchUpAssembler', () => {
  it('joins the pieces in order and hands over the whole update with the last one', () => {
    const { assembler } = setup();
    const update = bytes(250);
    const chunks = splitCatchUp(7, update, 60);
    expect(chunks).toHaveLength(5);
    for (const chunk of chunks.slice(0, -1))
      expect(assembler.add('plan:a', payloadOf(chunk))).toEqual({ kind: 'partial' });
    expect(assembler.bufferedBytes).toBe(240);
    const last = assembler.add('plan:a', payloadOf(chunks.at(-1)!));
    expect(last).toEqual({ kind: 'complete', update });
    expect(assembler.bufferedBytes).toBe(0);
  });

  it('refuses a piece out of order, and a duplicate, dropping the unfinished catch-up', () => {
    const { assembler } = setup();
    const chunks = splitCatchUp(1, bytes(300), 100);
    expect(assembler.add('plan:a', payloadOf(chunks[0]!)).kind).toBe('partial');
    expect(assembler.add('plan:a', payloadOf(chunks[2]!))).toMatchObject({
      kind: 'refused',
      code: ErrorCode.OutOfOrder,
    });
    expect(assembler.bufferedBytes).toBe(0);

    expect(assembler.add('plan:a', payloadOf(chunks[0]!)).kind).toBe('partial');
    expect(assembler.add('plan:a', payloadOf(chunks[1]!)).kind).toBe('partial');
    expect(assembler.add('plan:a', payloadOf(chunks[1]!))).toMatchObject({
      kind: 'refused',
      code: ErrorCode.OutOfOrder,
    });
    // The dropped catch-up cannot be continued: a piece after 0 of an unknown catch-up is refused.
    expect(assembler.add('plan:a', payloadOf(chunks[2]!))).toMatchObject({
      kind: 'refused',
      code: ErrorCode.OutOfOrder,
    });
    expect(assembler.bufferedBytes).toBe(0);
    // A piece 0 starts over, even with the same id (a provider opened again on the connection).
    expect(assembler.add('plan:a', payloadOf(chunks[0]!)).kind).toBe('partial');
    expect(assembler.add('plan:a', payloadOf(chunks[0]!)).kind).toBe('partial');
    expect(assembler.bufferedBytes).toBe(100);
  });

  it('refuses a catch-up larger than the cap at its first piece, and pieces beyond the announced size', () => {
    const { assembler } = setup();
    const huge = { id: 1, index: 0, total: 2, totalBytes: 1_001, bytes: bytes(10) };
    expect(assembler.add('plan:a', payloadOf(huge))).toMatchObject({
      kind: 'refused',
      code: ErrorCode.MessageTooLarge,
    });
    const lying = { id: 2, index: 0, total: 2, totalBytes: 10, bytes: bytes(20) };
    expect(assembler.add('plan:a', payloadOf(lying))).toMatchObject({
      kind: 'refused',
      code: ErrorCode.BadRequest,
    });
    const short = { id: 3, index: 0, total: 1, totalBytes: 30, bytes: bytes(20) };
    expect(assembler.add('plan:a', payloadOf(short))).toMatchObject({
      kind: 'refused',
      code: ErrorCode.BadRequest,
    });
    const tooMany = { id: 4, index: 0, total: 51, totalBytes: 51, bytes: bytes(1) };
    expect(assembler.add('plan:a', payloadOf(tooMany))).toMatchObject({
      kind: 'refused',
      code: ErrorCode.BadRequest,
    });
    expect(assembler.bufferedBytes).toBe(0);
  });

  it('refuses a piece that does not match its catch-up', () => {
    const { assembler } = setup();
    const [first, second] = splitCatchUp(5, bytes(200), 100);
    expect(assembler.add('plan:a', payloadOf(first!)).kind).toBe('partial');
    const changed = { ...second!, totalBytes: 300 };
    expect(assembler.add('plan:a', payloadOf(changed))).toMatchObject({
      kind: 'refused',
      code: ErrorCode.BadRequest,
    });
  });

  it('refuses bytes that are not a piece', () => {
    const { assembler } = setup();
    expect(assembler.add('plan:a', new Uint8Array([1, 2]))).toMatchObject({
      kind: 'refused',
      code: ErrorCode.MalformedUpdate,
    });
    expect(decodeCatchUpChunk(new Uint8Array([0, 3, 2, 0, 0]))).toBeNull();
  });

  it('bounds what one connection buffers over all its documents', () => {
    const { assembler } = setup();
    const a = splitCatchUp(1, bytes(900), 300);
    const b = splitCatchUp(1, bytes(900), 300);
    expect(assembler.add('plan:a', payloadOf(a[0]!)).kind).toBe('partial');
    expect(assembler.add('plan:a', payloadOf(a[1]!)).kind).toBe('partial');
    expect(assembler.add('plan:b', payloadOf(b[0]!)).kind).toBe('partial');
    expect(assembler.add('plan:b', payloadOf(b[1]!))).toMatchObject({
      kind: 'refused',
      code: ErrorCode.MessageTooLarge,
    });
    expect(assembler.bufferedBytes).toBe(600);
    expect(assembler.add('plan:a', payloadOf(a[2]!)).kind).toBe('complete');
    expect(assembler.bufferedBytes).toBe(0);
  });

  it('keeps one catch-up per document: a new one replaces the unfinished one', () => {
    const { assembler } = setup();
    const old = splitCatchUp(1, bytes(300, 1), 100);
    const fresh = splitCatchUp(2, bytes(200, 2), 100);
    expect(assembler.add('plan:a', payloadOf(old[0]!)).kind).toBe('partial');
    expect(assembler.add('plan:a', payloadOf(old[1]!)).kind).toBe('partial');
    expect(assembler.add('plan:a', payloadOf(fresh[0]!)).kind).toBe('partial');
    expect(assembler.bufferedBytes).toBe(100);
    expect(assembler.add('plan:a', payloadOf(old[2]!))).toMatchObject({
      kind: 'refused',
      code: ErrorCode.OutOfOrder,
    });
    const fresh2 = splitCatchUp(2, bytes(200, 2), 100);
    expect(assembler.add('plan:a', payloadOf(fresh2[0]!)).kind).toBe('partial');
    expect(assembler.add('plan:a', payloadOf(fresh2[1]!))).toEqual({
      kind: 'complete',
      update: bytes(200, 2),
    });
  });

  it('drops a catch-up abandoned for longer than the idle time', () => {
    const { assembler, now } = setup();
    const chunks = splitCatchUp(1, bytes(300), 100);
    expect(assembler.add('plan:a', payloadOf(chunks[0]!)).kind).toBe('partial');
    now.t += 5_001;
    const other = splitCatchUp(1, bytes(10), 100);
    expect(assembler.add('plan:b', payloadOf(other[0]!)).kind).toBe('complete');
    expect(assembler.bufferedBytes).toBe(0);
    expect(assembler.add('plan:a', payloadOf(chunks[1]!))).toMatchObject({
      kind: 'refused',
      code: ErrorCode.OutOfOrder,
    });
  });

  it('forgets a document on drop and everything on clear', () => {
    const { assembler } = setup();
    expect(assembler.add('plan:a', payloadOf(splitCatchUp(1, bytes(200), 100)[0]!)).kind).toBe(
      'partial',
    );
    expect(assembler.add('plan:b', payloadOf(splitCatchUp(1, bytes(200), 100)[0]!)).kind).toBe(
      'partial',
    );
    assembler.drop('plan:a');
    expect(assembler.bufferedBytes).toBe(100);
    assembler.clear();
    expect(assembler.bufferedBytes).toBe(0);
  });
});
