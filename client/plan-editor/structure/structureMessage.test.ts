import { describe, expect, it } from 'vitest';
import { testTranslator } from '../../i18n/testTranslator';
import { structureMessage } from './structureMessage';

describe('structureMessage', () => {
  it('names the change when there is one', async () => {
    const t = await testTranslator('nb');
    expect(
      structureMessage([{ what: 'strategy', kind: 'added', areaTitle: 'Helse', areaNumber: 1 }], t),
    ).toBe('En annen la til en strategi i «Helse». Numrene er oppdatert.');
  });

  it('counts several instead of reading a list', async () => {
    const t = await testTranslator('nn');
    const change = { what: 'strategy', kind: 'moved', areaTitle: '', areaNumber: 2 } as const;
    expect(structureMessage([change, change, change], t)).toBe(
      'Andre gjorde 3 endringar i oppbygginga av planen. Numra er oppdaterte.',
    );
  });

  it('names an untitled focus area by its number', async () => {
    const t = await testTranslator('en');
    expect(
      structureMessage([{ what: 'focusArea', kind: 'moved', areaTitle: ' ', areaNumber: 3 }], t),
    ).toContain('to place 3');
  });

  it('says nothing for no changes', async () => {
    expect(structureMessage([], await testTranslator('nb'))).toBeNull();
  });
});
