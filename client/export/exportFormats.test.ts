import { describe, expect, it } from 'vitest';
import { ApiError } from '../http/request';
import { exportErrorKey } from './exportError';
import { downloadName, exportUrl } from './exportFormats';

describe('export links and file names', () => {
  it('asks for a format, the version when one is chosen, and the reader’s language', () => {
    expect(exportUrl('p 1', 'pdf', null, 'nn')).toBe('/api/plans/p%201/export?format=pdf&lang=nn');
    expect(exportUrl('p1', 'docx', 'v1', 'nb')).toBe(
      '/api/plans/p1/export?format=docx&version=v1&lang=nb',
    );
  });

  it('asks each format only for the deliberation it can carry', () => {
    const both = { comments: true, trackChanges: true };
    expect(exportUrl('p1', 'docx', null, 'nb', both)).toBe(
      '/api/plans/p1/export?format=docx&lang=nb&comments=true&trackChanges=true',
    );
    expect(exportUrl('p1', 'docx', null, 'nb', { comments: false, trackChanges: true })).toBe(
      '/api/plans/p1/export?format=docx&lang=nb&trackChanges=true',
    );
    expect(exportUrl('p1', 'pdf', null, 'nb', both)).toBe(
      '/api/plans/p1/export?format=pdf&lang=nb&comments=true',
    );
    expect(exportUrl('p1', 'html', null, 'nb', both)).toBe(
      '/api/plans/p1/export?format=html&lang=nb&comments=true',
    );
    expect(exportUrl('p1', 'md', null, 'nb', both)).toBe('/api/plans/p1/export?format=md&lang=nb');
    // No language asked for: the labels follow the plan's language (the server decides).
    expect(exportUrl('p1', 'pdf', null, null)).toBe('/api/plans/p1/export?format=pdf');
  });

  it('takes the server’s file name, the UTF-8 one first, else makes one from the title', () => {
    expect(
      downloadName(
        `attachment; filename="a.pdf"; filename*=UTF-8''Temaplan%20%C3%A6.pdf`,
        'x',
        'pdf',
      ),
    ).toBe('Temaplan æ.pdf');
    expect(downloadName('attachment; filename="plan.docx"', 'x', 'docx')).toBe('plan.docx');
    expect(downloadName(null, 'Temaplan for medborgerskap!', 'md')).toBe(
      'Temaplan-for-medborgerskap.md',
    );
    expect(downloadName(null, '***', 'html')).toBe('plan.html');
  });

  it('explains a failure by its status, and an unreachable server as such', () => {
    expect(exportErrorKey(new ApiError(403, 'forbidden', ''))).toBe('forbidden');
    expect(exportErrorKey(new ApiError(404, 'not-found', ''))).toBe('notFound');
    expect(exportErrorKey(new ApiError(429, 'rate-limited', ''))).toBe('rateLimited');
    expect(exportErrorKey(new ApiError(503, 'busy', ''))).toBe('busy');
    expect(exportErrorKey(new ApiError(400, 'bad-request', ''))).toBe('unavailable');
    expect(exportErrorKey(new ApiError(500, 'internal', ''))).toBe('failed');
    expect(exportErrorKey(new TypeError('Failed to fetch'))).toBe('network');
  });
});
