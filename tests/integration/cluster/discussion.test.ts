import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clusterEnv,
  clusterUnavailable,
  firstAdmin,
  guestCookie,
  inviteToken,
  spawnCluster,
  type ClusterEnv,
  type NodeProcess,
} from '../../support/cluster';
import {
  DiscussionSeat,
  createdId,
  okOutcome,
  paragraphIn,
  pointAfter,
  rangeOver,
  waitForParagraph,
} from '../../support/discussionClient';
import { waitFor } from '../../support/waitFor';
import { plainTextOf } from '../../../shared/discussion/anchors';

const unavailable = await clusterUnavailable('tests/integration/discussionCluster.test.ts');

const PARAGRAPH = 'Klyngen skal styrke frivilligheten i alle bydeler.';
const EACH = 10;

const seats: DiscussionSeat[] = [];
const nodes: NodeProcess[] = [];
let cluster: ClusterEnv | null = null;

// Two servers are enough to show a command crossing over; a third would only slow the file.
beforeAll(async () => {
  if (unavailable) return;
  cluster = await clusterEnv();
  nodes.push(...(await spawnCluster(cluster.env, 2)));
}, 90_000);

afterAll(async () => {
  seats.forEach((seat) => seat.close());
  await Promise.all(nodes.map((node) => node.kill()));
  await cluster?.dispose();
});

describe.skipIf(unavailable !== null)(`a plan’s discussion across two servers${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  it('shows a comment made through A to a client on B, and loses no command when A and B take them at once', async () => {
    const [a, b] = nodes as [NodeProcess, NodeProcess];
    const owner = await firstAdmin(a);
    const editorCookie = await guestCookie(b.url, await inviteToken(a.url, owner.cookie, owner.planId, 'editor'), 'Kari Redaktør');
    const open = async (url: string, cookie: string) => {
      const seat = await DiscussionSeat.open(url, cookie, owner.planId);
      seats.push(seat);
      return seat;
    };
    const onA = await open(a.url, owner.cookie);
    const onB = await open(b.url, editorCookie);
    await onA.writePurpose([PARAGRAPH]);
    await waitForParagraph(onB.planDoc, PARAGRAPH);

    // A comment through A reaches the client on B.
    const textOnA = paragraphIn(onA.planDoc, PARAGRAPH);
    const range = rangeOver(textOnA, 'frivilligheten');
    const thread = await createdId(onA.command({ type: 'startThread', section: { kind: 'purpose' }, range, body: 'Fra server A' }));
    const seen = await waitFor(() => onB.view().threads.find((t) => t.id === thread), 'the thread on server B');
    expect(seen.anchor.range?.quote).toBe('frivilligheten');
    expect(seen.messages.map((m) => m.body)).toEqual(['Fra server A']);

    // A suggestion made on B is decided on A: A must see B's command before deciding.
    const text = paragraphIn(onB.planDoc, PARAGRAPH);
    const suggestion = await createdId(onB.command({ type: 'suggest', section: { kind: 'purpose' }, change: { kind: 'insert', at: pointAfter(text, 'frivilligheten'), text: ' og idretten' } }));
    expect(okOutcome(await onA.command({ type: 'decide', decision: 'accept', which: { kind: 'one', suggestionId: suggestion } }))).toEqual({ type: 'decided', decided: [suggestion], failed: [] });
    await waitForParagraph(onB.planDoc, 'Klyngen skal styrke frivilligheten og idretten i alle bydeler.');

    // Replies through both servers at once, interleaved: every one is kept, on both.
    const bodies = Array.from({ length: EACH }, (_, i) => [`A ${i}`, `B ${i}`]).flat();
    const acks = await Promise.all(bodies.map((body, i) => (i % 2 === 0 ? onA : onB).command({ type: 'reply', threadId: thread, body })));
    expect(acks.filter((ack) => !ack.ok)).toEqual([]);
    for (const seat of [onA, onB]) {
      const messages = await waitFor(() => {
        const found = seat.view().threads.find((t) => t.id === thread)?.messages;
        return found?.length === 1 + bodies.length ? found : null;
      }, 'every reply on both servers');
      expect(messages.map((m) => m.body).sort()).toEqual(['Fra server A', ...bodies].sort());
      expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
    }
    expect(onB.view()).toEqual(onA.view());

    // The owner decides the same suggestions through A (accept) and B (reject) at once: each
    // is decided once, the other server seeing the first decision before making its own.
    const ownerOnB = await open(b.url, owner.cookie);
    const words = Array.from({ length: 5 }, (_, i) => ` ord${i}`);
    const suggestions: string[] = [];
    for (const word of words) {
      suggestions.push(await createdId(onB.command({ type: 'suggest', section: { kind: 'purpose' }, change: { kind: 'insert', at: pointAfter(text, 'idretten'), text: word } })));
    }
    const decisions = await Promise.all(
      suggestions.flatMap((suggestionId) => [
        onA.command({ type: 'decide', decision: 'accept', which: { kind: 'one', suggestionId } }),
        ownerOnB.command({ type: 'decide', decision: 'reject', which: { kind: 'one', suggestionId } }),
      ]),
    );
    const winners = suggestions.map((_, i) => {
      const [accept, reject] = [decisions[2 * i]!, decisions[2 * i + 1]!];
      expect([accept.ok, reject.ok].filter(Boolean), `suggestion ${i}: ${JSON.stringify([accept, reject])}`).toHaveLength(1);
      expect(accept.ok ? reject : accept).toMatchObject({ ok: false, code: 'already-decided' });
      return accept.ok ? 'accepted' : 'rejected';
    });
    for (const seat of [onA, onB]) {
      await waitFor(
        () => suggestions.every((id, i) => seat.view().suggestions.find((s) => s.id === id)?.status === winners[i]),
        'the decisions on both servers',
      );
    }
    const accepted = words.filter((_, i) => winners[i] === 'accepted');
    for (const paragraph of [textOnA, text]) {
      await waitFor(() => {
        const now = plainTextOf(paragraph);
        return accepted.every((word) => now.split(word).length === 2) && words.filter((w) => !accepted.includes(w)).every((word) => !now.includes(word));
      }, 'each accepted word once in the plan, and no rejected one');
    }
  });
});
