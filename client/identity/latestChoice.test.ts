import { describe, expect, it } from 'vitest';
import { latestChoiceSaver } from './latestChoice';

/** A save whose answers the test hands out one at a time, in any order. */
function controlledSave() {
  const calls: { value: string; settle: (error?: Error) => void }[] = [];
  const save = (value: string) =>
    new Promise<void>((resolve, reject) => {
      calls.push({ value, settle: (error) => (error ? reject(error) : resolve()) });
    });
  return { calls, save };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('latestChoiceSaver', () => {
  it('sends only the last of choices made in a row (arrowing through a radio group)', async () => {
    const { calls, save } = controlledSave();
    const choose = latestChoiceSaver(save);
    const outcomes = [choose('red'), choose('green'), choose('blue')];
    await flush();
    expect(calls.map((call) => call.value)).toEqual(['blue']);
    calls[0]!.settle();
    expect(await Promise.all(outcomes)).toEqual(['superseded', 'superseded', 'saved']);
  });

  it('waits for the save in flight, so an earlier answer never lands after a later one', async () => {
    const { calls, save } = controlledSave();
    const choose = latestChoiceSaver(save);
    const first = choose('red');
    await flush();
    const second = choose('green');
    const third = choose('blue');
    await flush();
    expect(calls.map((call) => call.value)).toEqual(['red']);
    calls[0]!.settle();
    await flush();
    expect(calls.map((call) => call.value)).toEqual(['red', 'blue']);
    calls[1]!.settle();
    expect(await Promise.all([first, second, third])).toEqual(['superseded', 'superseded', 'saved']);
  });

  it('rejects when the latest choice was not taken, and goes on with the next one', async () => {
    const { calls, save } = controlledSave();
    const choose = latestChoiceSaver(save);
    const refused = choose('red');
    await flush();
    calls[0]!.settle(new Error('offline'));
    await expect(refused).rejects.toThrow('offline');
    const next = choose('green');
    await flush();
    calls[1]!.settle();
    await expect(next).resolves.toBe('saved');
  });

  it('says nothing failed when a later choice is already on its way', async () => {
    const { calls, save } = controlledSave();
    const choose = latestChoiceSaver(save);
    const first = choose('red');
    await flush();
    const second = choose('green');
    calls[0]!.settle(new Error('offline'));
    await expect(first).resolves.toBe('superseded');
    await flush();
    calls[1]!.settle();
    await expect(second).resolves.toBe('saved');
  });
});
