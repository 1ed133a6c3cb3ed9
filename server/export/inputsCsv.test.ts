import { describe, expect, it } from 'vitest';
import type { InputRecord } from '../storage/Storage';
import { csvField, inputsCsv } from './inputsCsv';

function record(overrides: Partial<InputRecord>): InputRecord {
  return {
    id: 'i1',
    planId: 'p1',
    number: 1,
    channel: 'web',
    section: 'plan',
    sectionLabel: 'Hele planen',
    consultationId: null,
    versionId: null,
    workshopId: null,
    text: 'Teksten står ikke i CSV-en.',
    submitterKind: 'resident',
    organisation: '',
    name: 'Kari Nordmann',
    email: 'kari@example.no',
    namePublic: false,
    status: 'new',
    tags: [],
    duplicateOf: null,
    summary: '',
    assessment: '',
    changeSection: null,
    receivedAt: Date.UTC(2026, 2, 2, 13, 5),
    updatedAt: 0,
    personalDataRemovedAt: null,
    ...overrides,
  };
}

/** A minimal RFC 4180 reader, to check the file reads back as the fields written. */
function parse(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('csvField', () => {
  it('quotes only what needs it, doubling quotes', () => {
    expect(csvField('enkel')).toBe('enkel');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('si "hei"')).toBe('"si ""hei"""');
    expect(csvField('to\nlinjer')).toBe('"to\nlinjer"');
  });

  it('makes anything that could start a formula text', () => {
    for (const danger of ['=1+1', '+47 123', '-2', '@SUM(A1)', '\t=1', '\r=1', ' =1', '\u0001=1']) {
      expect(csvField(danger).replace(/^"/, '').startsWith("'"), JSON.stringify(danger)).toBe(true);
    }
    expect(csvField('=HYPERLINK("http://evil.example","klikk")')).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""klikk"")"',
    );
    expect(csvField('Innbygger')).toBe('Innbygger');
  });
});

describe('inputsCsv', () => {
  const inputs = [
    record({
      id: 'i2',
      number: 2,
      receivedAt: Date.UTC(2026, 5, 10, 22, 30),
      channel: 'letter',
      section: 'st:s1',
      sectionLabel: 'Strategi 1.2',
      submitterKind: 'association',
      organisation: 'Asker Sámi searvi',
      name: 'Áilu',
      email: 'ailu@example.no',
      status: 'assessed',
      tags: ['lokaler', 'kultur'],
      duplicateOf: 'i1',
      summary: 'Ønsker lokaler, gjerne "sentralt".',
      assessment: '=HYPERLINK("http://evil.example","klikk")',
      changeSection: 'st:s9',
    }),
    record({ personalDataRemovedAt: 5, name: 'Gjenstående', email: 'x@example.no' }),
  ];
  const csv = inputsCsv(inputs, {
    locale: 'nb',
    sectionLabel: (key) => (key === 'st:s9' ? 'Strategi 2.2' : undefined),
  });

  it('starts with the BOM, ends lines with CRLF and reads back row by row, oldest first', () => {
    expect(csv.startsWith('\uFEFFReferanse,Mottatt,Kanal,Gjelder,Avsender,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parse(csv.slice(1));
    expect(rows[0]).toEqual([
      'Referanse',
      'Mottatt',
      'Kanal',
      'Gjelder',
      'Avsender',
      'Organisasjon',
      'Navn',
      'E-post',
      'Status',
      'Stikkord',
      'Likelydende med',
      'Sammendrag',
      'Kommunedirektørens vurdering',
      'Endring i planen',
    ]);
    expect(rows.slice(1)).toEqual([
      // Personal data removed: no name or e-mail, whatever the record still holds.
      [
        'INN-2026-0001',
        '2026-03-02 14:05',
        'Nettskjema',
        'Hele planen',
        'Innbygger',
        '',
        '',
        '',
        'Ny',
        '',
        '',
        '',
        '',
        '',
      ],
      [
        'INN-2026-0002',
        // 22:30 UTC in June is half past midnight the next day in Oslo.
        '2026-06-11 00:30',
        'Brev',
        'Strategi 1.2',
        'Lag eller forening',
        'Asker Sámi searvi',
        'Áilu',
        'ailu@example.no',
        'Vurdert',
        'lokaler, kultur',
        'INN-2026-0001',
        'Ønsker lokaler, gjerne "sentralt".',
        '\'=HYPERLINK("http://evil.example","klikk")',
        'Strategi 2.2',
      ],
    ]);
  });

  it('writes the header in nynorsk and English', () => {
    expect(inputsCsv([], { locale: 'nn' })).toContain('Kommunedirektøren si vurdering');
    expect(inputsCsv([], { locale: 'en' }).startsWith('\uFEFFReference,Received,')).toBe(true);
  });
});
