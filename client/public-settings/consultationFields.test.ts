import { describe, expect, it } from 'vitest';
import { consultationBodySchema } from '../../shared/api/publicPage';
import { consultationBody } from './consultationFields';

const values = {
  title: ' Høring av temaplanen ',
  versionId: 'v1',
  opensAt: '2025-10-01T09:00',
  closesAt: '2025-11-01T12:00',
};

describe('consultationBody', () => {
  it('turns the fields into a body the server accepts, times in local time', () => {
    const result = consultationBody(values);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.body).toEqual({
      title: 'Høring av temaplanen',
      versionId: 'v1',
      opensAt: new Date(2025, 9, 1, 9, 0).getTime(),
      closesAt: new Date(2025, 10, 1, 12, 0).getTime(),
    });
    expect(consultationBodySchema.safeParse(result.body).success).toBe(true);
  });

  it('requires closing after opening', () => {
    expect(consultationBody({ ...values, closesAt: values.opensAt })).toEqual({
      ok: false,
      problems: [{ field: 'closesAt', problem: 'beforeOpening' }],
    });
  });

  it('names each missing field', () => {
    const result = consultationBody({ title: '', versionId: '', opensAt: '', closesAt: '' });
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual([
      'title',
      'versionId',
      'opensAt',
      'closesAt',
    ]);
  });
});
