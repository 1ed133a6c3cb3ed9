import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { titleText } from '../../shared/plan/planDoc';
import type { PlanRenderInput } from './planFromState';
import { bytesHash, renderKey } from './renderKey';

function planState(title: string): Uint8Array {
  const doc = new Y.Doc();
  titleText(doc).insert(0, title);
  return Y.encodeStateAsUpdate(doc);
}

/** One state for every input below: another Y.Doc would write the same text with another client id. */
const state = planState('Temaplan');

const base = (): PlanRenderInput => ({
  format: 'docx',
  planState: state,
  plan: { title: 'Temaplan', municipality: 'Asker kommune', contentLanguage: 'nb' },
  version: null,
  history: [{ name: 'Utkast 1', step: 'drafting', createdAt: Date.UTC(2026, 10, 1) }],
  contributors: [{ name: 'Kari', association: null }],
  goals: [],
  locale: 'nb',
  now: new Date('2026-12-06T10:00:00Z'),
  logo: null,
});

describe('render key', () => {
  it('is the same for the same inputs, whatever the hour of the same day in Norway', () => {
    const one = base();
    const other = { ...base(), now: new Date('2026-12-06T22:59:00Z') };
    expect(renderKey(other)).toBe(renderKey(one));
    // 23:00 UTC in December is midnight in Oslo: the title page's date changes.
    expect(renderKey({ ...base(), now: new Date('2026-12-06T23:00:00Z') })).not.toBe(renderKey(one));
  });

  it('differs when anything the file prints differs', () => {
    const key = renderKey(base());
    const changed: PlanRenderInput[] = [
      { ...base(), planState: planState('Temaplan!') },
      { ...base(), format: 'pdf' },
      { ...base(), locale: 'en' },
      { ...base(), plan: { ...base().plan, municipality: 'Bærum kommune' } },
      { ...base(), contributors: [{ name: 'Kari', association: 'Naboforeningen' }] },
      { ...base(), history: [] },
      { ...base(), version: { name: 'Vedtatt', step: 'adopted', createdAt: Date.UTC(2026, 11, 1) } },
      { ...base(), logo: { kind: 'png', bytes: new Uint8Array([1, 2, 3]), width: 10, height: 10 } },
      {
        ...base(),
        discussion: { state: planState('tråd'), annotate: { comments: true, suggestions: false }, as: 'comments' },
      },
    ];
    for (const input of changed) expect(renderKey(input), JSON.stringify(Object.keys(input))).not.toBe(key);
    const withLogo = (bytes: number[]) => ({ ...base(), logo: { kind: 'png' as const, bytes: new Uint8Array(bytes), width: 10, height: 10 } });
    expect(renderKey(withLogo([1, 2, 3]))).not.toBe(renderKey(withLogo([1, 2, 4])));
  });

  it('names a frozen version by its own date, not the day of the export', () => {
    const version = { name: 'Vedtatt', step: 'adopted' as const, createdAt: Date.UTC(2026, 11, 1) };
    const frozen: PlanRenderInput = { ...base(), version };
    delete frozen.now;
    expect(renderKey({ ...frozen, now: new Date('2027-01-01T12:00:00Z') })).toBe(renderKey(frozen));
  });

  it('takes a known state hash as the state', () => {
    const input = base();
    expect(renderKey(input, bytesHash(input.planState))).toBe(renderKey(input));
  });
});
