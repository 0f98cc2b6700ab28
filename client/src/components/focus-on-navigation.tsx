import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { dropFlashNoticeUnlessFor } from '../lib/flash-notice.ts';

/** The element an address's #fragment names, if the page has it. */
function anchorOf(hash: string): HTMLElement | null {
  if (!hash) return null;
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null;
  }
}

/**
 * A client-side navigation does not move focus the way a page load does, so a screen reader
 * would stay on the link just followed. After each new path, focus goes to the page's h1
 * (or main), and its title is what is read next. A link to a part of a page (`…#listing-
 * requests`, from the admin's to-do list) brings focus to that part's heading when it takes
 * focus (tabIndex -1), and otherwise leaves the page scrolled where ScrollRestoration put it.
 */
export function FocusOnNavigation() {
  const { pathname, hash } = useLocation();
  const isFirstRender = useRef(true);
  useEffect(() => {
    dropFlashNoticeUnlessFor(pathname);
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    const anchor = anchorOf(hash);
    const anchoredHeading = anchor?.querySelector<HTMLElement>(':is(h2, h3)[tabindex="-1"]');
    if (anchoredHeading) {
      anchoredHeading.focus();
      return;
    }
    const target =
      document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main');
    target?.focus({ preventScroll: anchor !== null });
  }, [pathname, hash]);
  return null;
}
