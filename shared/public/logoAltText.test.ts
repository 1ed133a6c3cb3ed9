import { describe, expect, it } from 'vitest';
import { logoAltText } from './logoAltText';

describe('logoAltText', () => {
  it('names the municipality, adding "kommune" only when the name lacks it', () => {
    expect(logoAltText('Asker kommune')).toBe('Asker kommune');
    expect(logoAltText(' Asker ')).toBe('Asker kommune');
    expect(logoAltText('Viken fylkeskommune')).toBe('Viken fylkeskommune');
    expect(logoAltText('')).toBe('');
  });
});
