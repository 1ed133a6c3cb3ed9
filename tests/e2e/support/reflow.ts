import type { Page } from 'playwright-core';

/**
 * WCAG 1.4.10 (reflow) and 1.4.4 (resize text): at 320 CSS px, and with text at 200 %, nothing
 * needs scrolling sideways. What sticks out is named in the failure, so a regression says where.
 */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // A text field whose text is cut off (the title "Temaplan fo…" on a phone) fails reflow too.
    const cut = Array.from(document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[type="text"], textarea'))
      .filter((field) => field.value && (field.scrollWidth > field.clientWidth + 1 || field.scrollHeight > field.clientHeight + 1))
      .map((field) => `${field.tagName.toLowerCase()} «${field.getAttribute('aria-label') ?? ''}» cuts off «${field.value.slice(0, 30)}»`);
    if (document.documentElement.scrollWidth <= width + 1) return cut;
    const culprits: string[] = [...cut];
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 1) continue;
      // Report the outermost culprits only: their children stick out because they do.
      if (element.parentElement && element.parentElement.getBoundingClientRect().right > width + 1)
        continue;
      const label = element.getAttribute('aria-label') ?? element.textContent?.slice(0, 40) ?? '';
      culprits.push(`${element.tagName.toLowerCase()}.${element.className} «${label}» right=${Math.round(box.right)}`);
    }
    // Nothing's box sticks out: then some element's text overflows its own box (a long word).
    if (culprits.length === 0)
      for (const element of Array.from(document.body.querySelectorAll('*')))
        if (element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0 && getComputedStyle(element).overflowX === 'visible')
          culprits.push(`${element.tagName.toLowerCase()}.${element.className} overflows its box «${element.textContent?.slice(0, 40) ?? ''}»`);
    return culprits.length > 0 ? culprits : [`scrollWidth ${document.documentElement.scrollWidth} > ${width}`];
  });
}

/** Text at `scale` × its size (WCAG 1.4.4): the app's sizes are in rem, so the root's size scales them. */
export async function scaleText(page: Page, scale: number): Promise<void> {
  await page.evaluate((factor) => {
    document.documentElement.style.fontSize = `${factor * 100}%`;
  }, scale);
}

/**
 * What sticks out sideways on this page at 320 CSS px, and at its own width with text at 200 %;
 * the page is left at its own size and text scale afterwards.
 */
export async function reflowProblems(page: Page): Promise<string[]> {
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  await page.setViewportSize({ width: 320, height: 640 });
  const found = (await sidewaysOverflow(page)).map((culprit) => `320 px: ${culprit}`);
  await page.setViewportSize(size);
  await scaleText(page, 2);
  found.push(...(await sidewaysOverflow(page)).map((culprit) => `200 % text: ${culprit}`));
  await scaleText(page, 1);
  return found;
}
