import { describe, expect, it } from 'vitest';
import { receiptMessage, type ReceiptFacts } from './receipt';

const facts: ReceiptFacts = {
  language: 'nb',
  reference: 'INN-2026-0042',
  planTitle: 'Temaplan for medborgerskap',
  municipality: 'Asker kommune',
  sectionLabel: 'Strategi 2.3',
  // 13:03 UTC in March is 14:03 in Oslo (winter time).
  receivedAt: Date.UTC(2026, 2, 5, 13, 3),
  consultation: { title: 'Høring av temaplanen', closesAt: Date.UTC(2026, 3, 1, 10, 0) },
  retentionDays: 365,
  publicUrl: 'https://medverk.asker.kommune.no/p/temaplan-for-medborgerskap',
  contact: { name: 'Kari Nordmann', email: 'kari@asker.kommune.no' },
};

describe('receiptMessage', () => {
  it('says in bokmål what was received, when, what happens next, publicity and storage', () => {
    const { subject, text } = receiptMessage(facts);
    expect(subject).toBe('Kvittering for innspill INN-2026-0042: Temaplan for medborgerskap');
    expect(text).toContain('Referanse: INN-2026-0042');
    expect(text).toContain('Gjelder: Strategi 2.3');
    expect(text).toContain('Mottatt: 5. mars 2026 kl. 14:03 (norsk tid)');
    // Summer time in Oslo on 1 April: 10:00 UTC is 12:00.
    expect(text).toContain('Høring: «Høring av temaplanen», frist 1. april 2026 kl. 12:00');
    expect(text).toContain('høringsoppsummering');
    expect(text).toContain('offentleglova');
    expect(text).toContain('slettes 365 dager etter');
    expect(text).toContain('https://medverk.asker.kommune.no/p/temaplan-for-medborgerskap');
    expect(text).toContain('Kontakt Kari Nordmann, kari@asker.kommune.no.');
  });

  it('writes nynorsk and English', () => {
    const nn = receiptMessage({ ...facts, language: 'nn' });
    expect(nn.subject).toBe('Kvittering for innspel INN-2026-0042: Temaplan for medborgerskap');
    expect(nn.text).toContain('Motteke: 5. mars 2026 kl. 14:03');
    expect(nn.text).toContain('høyringsoppsummering');
    expect(nn.text).toContain('blir sletta 365 dagar etter');
    const en = receiptMessage({ ...facts, language: 'en', retentionDays: 90 });
    expect(en.subject).toBe('Receipt for your input INN-2026-0042: Temaplan for medborgerskap');
    expect(en.text).toContain('Received: 5 March 2026 at 14:03 (Norwegian time)');
    expect(en.text).toContain('offentleglova');
    expect(en.text).toContain('deleted 90 days after');
  });

  it('speaks of the plan work, not a consultation summary, for open input; no contact line when none', () => {
    const { text } = receiptMessage({ ...facts, consultation: null, contact: null });
    expect(text).not.toContain('Høring:');
    expect(text).not.toContain('høringsoppsummering');
    expect(text).toContain('i arbeidet med planen');
    expect(text).not.toContain('Kontakt');
  });

  it('keeps line breaks out of the subject and each fact on its own line', () => {
    const { subject, text } = receiptMessage({
      ...facts,
      planTitle: 'Plan\r\nBcc: victim@example.org',
      sectionLabel: 'Strategi\n2.3',
    });
    expect(subject).toBe('Kvittering for innspill INN-2026-0042: Plan Bcc: victim@example.org');
    expect(subject).not.toMatch(/[\r\n]/);
    expect(text).toContain('Gjelder: Strategi 2.3\n');
  });
});
