import type { Page } from 'playwright-core';

/**
 * WCAG 1.4.12 (text spacing): the spacing a reader may set with their own stylesheet — line height
 * 1.5, paragraph spacing 2 em, letter spacing 0.12 em, word spacing 0.16 em — as the W3C's own
 * test bookmarklet sets it (!important, so it wins over the app's styles).
 */
export const TEXT_SPACING_CSS = `
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
`;

/**
 * What text is cut off on this page with the 1.4.12 spacing: an element that hides its overflow
 * (overflow hidden or clip, on either axis) while its content is taller or wider than its box.
 * Boxes that scroll are fine (the text can be reached); visually hidden text (1 px boxes kept for
 * screen readers) is meant to be clipped. The spacing is taken away again afterwards.
 */
export async function textSpacingProblems(page: Page): Promise<string[]> {
  // A constructed stylesheet, not a <style> tag: the app's Content-Security-Policy refuses inline
  // style elements, as it would a reader's, but a user stylesheet is not the page's to refuse.
  await page.evaluate(async (css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    // Two frames: the new spacing is laid out before anything is measured.
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    // A check that checked nothing would pass: the spacing must really be in force.
    if (getComputedStyle(document.body).letterSpacing === 'normal') throw new Error('the 1.4.12 spacing did not apply');
  }, TEXT_SPACING_CSS);
  try {
    return await page.evaluate(() => {
      const clips = (value: string) => value === 'hidden' || value === 'clip';
      const found: string[] = [];
      for (const element of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
        if (element.closest('svg')) continue;
        const text = element.textContent?.trim() ?? '';
        if (!text) continue;
        const style = getComputedStyle(element);
        if (style.display === 'none' || style.visibility === 'hidden') continue;
        // The visually hidden pattern (.ds-sr-only and the like) clips on purpose.
        if (element.clientWidth <= 1 || element.clientHeight <= 1) continue;
        const cutWide = clips(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
        const cutTall = clips(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
        // A single line ending in "…" hides the rest of its text just as well.
        const ellipsis = style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth + 1;
        if (!cutWide && !cutTall && !ellipsis) continue;
        const label = element.getAttribute('aria-label') ?? text.slice(0, 40);
        const how = [
          cutWide || ellipsis ? `width ${element.scrollWidth} > ${element.clientWidth}` : '',
          cutTall ? `height ${element.scrollHeight} > ${element.clientHeight}` : '',
        ]
          .filter(Boolean)
          .join(', ');
        found.push(`${element.tagName.toLowerCase()}.${String(element.className)} «${label}» cut off (${how})`);
      }
      return found;
    });
  } finally {
    await page.evaluate(() => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, -1);
    });
  }
}
