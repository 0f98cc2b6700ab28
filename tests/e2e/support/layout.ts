import type { Page } from 'playwright-core';

/** True when the page itself is wider than the window (a scroll region inside is fine). */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/** Amounts like "106,90 kr" that the browser split over two lines. */
export function wrappedAmounts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const wrapped: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/\d[\d\u00a0]*,\d{2}\u00a0kr/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lineTops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lineTops.size > 1) wrapped.push(match[0]);
      }
    }
    return wrapped;
  });
}

/** The names of table regions whose table is wider than the box (it scrolls, cut off). */
export function tablesWiderThanTheirBox(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.table-scroll')]
      .filter((box) => box.scrollWidth > box.clientWidth + 1)
      .map((box) => box.getAttribute('aria-label') ?? '?'),
  );
}

/**
 * True when the header's tools (basket, account, menu button), right-aligned in a column that
 * may not grow, spill left over the brand: they are drawn over it, not pushed.
 */
export function headerToolsOverlapBrand(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const brand = document.querySelector('.site-header .brand')?.getBoundingClientRect();
    const tool = document.querySelector('.site-header__tools > *')?.getBoundingClientRect();
    return brand !== undefined && tool !== undefined && tool.left < brand.right;
  });
}
