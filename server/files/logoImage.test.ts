import { describe, expect, it } from 'vitest';
import { png } from '../../tests/support/pngImage';
import { checkLogo, LogoLimits } from './logoImage';

const svg = (inner: string, attributes = 'viewBox="0 0 200 80"') =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" ${attributes}>${inner}</svg>`);

describe('checkLogo', () => {
  it('accepts a PNG up to 2000 pixels each way and says its size', async () => {
    expect(await checkLogo(png(400, 120))).toEqual({ ok: true, kind: 'png', width: 400, height: 120 });
    expect(await checkLogo(png(2000, 2000))).toMatchObject({ ok: true });
    expect(await checkLogo(png(2001, 10))).toMatchObject({ ok: false, reason: 'too-many-pixels' });
    expect(await checkLogo(png(10, 2001))).toMatchObject({ ok: false, reason: 'too-many-pixels' });
  });

  it('refuses more than 512 kB and what is neither a PNG nor an SVG', async () => {
    const big = Buffer.concat([svg(''), Buffer.alloc(LogoLimits.maxBytes, 0x20)]);
    expect(await checkLogo(big)).toMatchObject({ ok: false, reason: 'too-large' });
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
    expect(await checkLogo(jpeg)).toMatchObject({ ok: false, reason: 'not-an-image' });
    expect(await checkLogo(Buffer.from('<html><body>hei</body></html>'))).toMatchObject({
      ok: false,
      reason: 'not-an-image',
    });
  });

  it('accepts a plain SVG drawing, with an XML declaration, comments, styles and local references', async () => {
    const logo = Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?>\n<!-- Asker kommune -->\n' +
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="240" height="90" viewBox="0 0 120 45">' +
        '<title>Asker kommune</title><defs><linearGradient id="g"><stop offset="0" stop-color="#0b4f6c"/></linearGradient>' +
        '<style>.a{fill:url(#g)}</style></defs>' +
        '<path class="a" d="M0 0h10v10z" style="fill: url(#g)"/><use xlink:href="#g"/><text x="1" y="2">Asker &amp; Co</text></svg>',
    );
    expect(await checkLogo(logo)).toEqual({ ok: true, kind: 'svg', width: 240, height: 90 });
    expect(await checkLogo(svg('<rect width="1" height="1"/>'))).toEqual({
      ok: true,
      kind: 'svg',
      width: 200,
      height: 80,
    });
  });

  const hostile: [string, Buffer][] = [
    ['a script element', svg('<script>alert(1)</script>')],
    ['a script in another namespace', svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>')],
    ['foreignObject', svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>')],
    ['an event handler', svg('<rect width="1" height="1" onclick="alert(1)"/>')],
    ['an event handler on the root', svg('', 'viewBox="0 0 1 1" onload="alert(1)"')],
    ['a javascript link', svg('<a href="javascript:alert(1)"><rect/></a>')],
    ['an external use', svg('<use href="https://evil.example/x.svg#a"/>')],
    ['an external xlink:href under another prefix', svg('<use xmlns:l="http://www.w3.org/1999/xlink" l:href="//evil.example/x"/>')],
    ['an encoded javascript href', svg('<use href="&#106;avascript:alert(1)"/>')],
    ['an image', svg('<image href="#x"/>')],
    ['animation that can set attributes', svg('<set attributeName="href" to="javascript:alert(1)"/>')],
    ['a DOCTYPE with entities', Buffer.from('<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1">&x;</svg>')],
    ['a stylesheet processing instruction', Buffer.from('<?xml-stylesheet href="https://evil.example/a.css"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>')],
    ['CSS @import', svg('<style>@import url(https://evil.example/a.css);</style>')],
    ['an outside CSS url', svg('<rect style="fill:url(https://evil.example/p.svg#a)"/>')],
    ['a CSS escape', svg('<style>.a{background:\\75rl(https://evil.example)}</style>')],
    ['CDATA', svg('<style><![CDATA[@import "x";]]></style>')],
    ['a data address', svg('<rect fill="url(data:image/svg+xml;base64,AAAA)"/>')],
    ['unbalanced tags', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><g></svg>')],
    ['no SVG namespace', Buffer.from('<svg viewBox="0 0 1 1"></svg>')],
    ['no size', svg('', '')],
  ];
  it.each(hostile)('refuses an SVG with %s', async (_, bytes) => {
    expect(await checkLogo(bytes)).toMatchObject({ ok: false });
  });
});
