import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { ErrorCode } from '../../../shared/protocol';
import { nb } from '../../i18n/nb';
import { nn } from '../../i18n/nn';
import { en } from '../../i18n/en';
import { statusText, statusTone } from './statusText';

async function translator(language: 'nb' | 'nn' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: { nb: { translation: nb }, nn: { translation: nn }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('statusText', () => {
  it('says what a person can trust, in bokmål', async () => {
    const t = await translator('nb');
    expect(statusText({ state: 'saving', pending: 2 }, t)).toBe('Lagrer …');
    expect(statusText({ state: 'saved' }, t)).toBe('Lagret');
    expect(statusText({ state: 'offline' }, t)).toMatch(/^Frakoblet — endringene dine er lagret/);
    expect(statusText({ state: 'retrying', code: 'rate-limited' }, t)).toBe(
      'Kunne ikke lagre – prøver igjen',
    );
  });

  it('never tells someone who only reads that anything was saved', async () => {
    const t = await translator('nb');
    expect(statusText({ state: 'saved' }, t, true)).toBe('Viser siste versjon');
    expect(statusText({ state: 'saving', pending: 1 }, t, true)).toBe('Viser siste versjon');
    expect(statusText({ state: 'offline' }, t, true)).toBe('Frakoblet — viser det som sist ble hentet');
    expect(statusText({ state: 'connecting' }, t, true)).toBe('Kobler til …');
  });

  it('has its own sentence for every state, in every language', async () => {
    const states = [
      { state: 'connecting' },
      { state: 'syncing' },
      { state: 'saving', pending: 1 },
      { state: 'retrying', code: 'storage-failed' },
      { state: 'saved' },
      { state: 'offline' },
    ] as const;
    for (const language of ['nb', 'nn', 'en'] as const) {
      const t = await translator(language);
      const texts = states.map((status) => statusText(status, t));
      for (const text of texts) expect(text).not.toMatch(/^status\./);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('has its own sentence for every server error code, in every language', async () => {
    for (const language of ['nb', 'nn', 'en'] as const) {
      const t = await translator(language);
      const texts = Object.values(ErrorCode).map((code) =>
        statusText({ state: 'error', code, message: 'developer text' }, t),
      );
      for (const text of texts) {
        expect(text).not.toMatch(/^errors\./);
        expect(text).not.toContain('developer text');
      }
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('gives warnings and errors their own tone (always shown with words and an icon)', () => {
    expect(statusTone({ state: 'offline' })).toBe('warning');
    expect(statusTone({ state: 'retrying', code: 'out-of-order' })).toBe('warning');
    expect(statusTone({ state: 'error', code: 'storage-failed', message: '' })).toBe('danger');
  });
});
