import { describe, expect, it } from 'vitest';
import { isWebLink, knowledgeProblems } from './knowledgeFields';

describe('knowledge item fields', () => {
  it('accepts only http and https addresses as links', () => {
    expect(isWebLink('https://www.asker.kommune.no/rapport')).toBe(true);
    expect(isWebLink(' http://example.org ')).toBe(true);
    expect(isWebLink('javascript:alert(1)')).toBe(false);
    expect(isWebLink('mailto:kari@asker.kommune.no')).toBe(false);
    expect(isWebLink('www.asker.kommune.no')).toBe(false);
  });

  it('names every problem by field', () => {
    expect(knowledgeProblems({ title: ' ', description: 'x'.repeat(501), url: 'ftp://x' })).toEqual(
      [
        { field: 'title', problem: 'required' },
        { field: 'description', problem: 'long' },
        { field: 'url', problem: 'web' },
      ],
    );
    expect(knowledgeProblems({ title: 'Rapport', description: '' })).toEqual([]);
    expect(knowledgeProblems({ title: 'Rapport', description: '', url: '' })).toEqual([
      { field: 'url', problem: 'required' },
    ]);
  });
});
