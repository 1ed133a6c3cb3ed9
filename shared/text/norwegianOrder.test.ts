import { afterEach, describe, expect, it, vi } from 'vitest';

// Each test imports the module afresh, so its collator is not yet made.
afterEach(() => {
  vi.resetModules();
});

describe('compareNorwegian', () => {
  it('puts æ, ø and å after z, in that order', async () => {
    const { compareNorwegian } = await import('./norwegianOrder');
    expect(['Åse', 'Øystein', 'Zara', 'Ærle', 'Anne'].sort(compareNorwegian)).toEqual([
      'Anne',
      'Zara',
      'Ærle',
      'Øystein',
      'Åse',
    ]);
  });

  it('makes its collator on the first comparison, once, not when the module loads', async () => {
    const Original = Intl.Collator;
    let made = 0;
    class CountingCollator extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        made++;
      }
    }
    Intl.Collator = CountingCollator as unknown as typeof Intl.Collator;
    try {
      const { compareNorwegian } = await import('./norwegianOrder');
      expect(made).toBe(0);
      compareNorwegian('a', 'b');
      compareNorwegian('b', 'c');
      expect(made).toBe(1);
    } finally {
      Intl.Collator = Original;
    }
  });
});
