import { describe, expect, it } from 'vitest';
import { shownText } from './pdfContent';
import { namespaces, parseXml, xmpProperty } from './xmp';

describe('the XMP reader the PDF/A checks rely on', () => {
  const packet = `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
    <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="${namespaces.rdf}">
      <rdf:Description rdf:about="" xmlns:d="${namespaces.dc}" xmlns:p="${namespaces.pdf}"
        p:Producer="Medverk">
        <d:title><rdf:Alt><rdf:li xml:lang="x-default">Kultur &amp; idrett</rdf:li></rdf:Alt></d:title>
      </rdf:Description>
    </rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;

  it('finds properties by namespace, not prefix, as elements or attributes, decoded', () => {
    const root = parseXml(packet);
    expect(xmpProperty(root, namespaces.dc, 'title')).toEqual([['x-default|Kultur & idrett']]);
    expect(xmpProperty(root, namespaces.pdf, 'Producer')).toEqual([['Medverk']]);
    expect(xmpProperty(root, namespaces.xmp, 'CreatorTool')).toEqual([]);
  });

  it('rejects packets a validator would reject', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow();
    expect(() => parseXml('<a>Kultur & idrett</a>')).toThrow();
    expect(() => parseXml('<u:a/>')).toThrow(/undeclared/);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/repeated/);
  });
});

describe('the content stream reader the PDF/A checks rely on', () => {
  it('tells where text is drawn and which marked content holds it', () => {
    const content = [
      '1 0 0 -1 0 841.89 cm',
      '/Artifact <</Type /Pagination>> BDC q 1 0 0 -1 0 841.89 cm BT 1 0 0 1 71 30 Tm',
      '<0001> Tj ET Q EMC',
      '/P <</MCID 0>> BDC BT 1 0 0 1 71 700 Tm [(a\\)b) 5 (c)] TJ ET EMC',
    ].join('\n');
    const shown = shownText(content);
    expect(shown.map((s) => [s.markings.map((m) => m.tag), Math.round(s.y)])).toEqual([
      [['/Artifact'], 30],
      [['/P'], 142],
    ]);
    expect(shown[0]?.markings[0]?.properties['/Type']).toBe('/Pagination');
    expect(shown[1]?.markings[0]?.properties['/MCID']).toBe(0);
  });

  it('refuses unbalanced marked content', () => {
    expect(() => shownText('/P BMC')).toThrow();
    expect(() => shownText('EMC')).toThrow();
  });
});
