import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { dropFlashNoticeUnlessFor } from '../lib/flash-notice.ts';

/**
 * A client-side navigation does not move focus the way a page load does, so a screen reader
 * would stay on the link just followed. After each new path, focus goes to the page's h1
 * (or main), and its title is what is read next.
 */
export function FocusOnNavigation() {
  const { pathname } = useLocation();
  const isFirstRender = useRef(true);
  useEffect(() => {
    dropFlashNoticeUnlessFor(pathname);
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    const target =
      document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main');
    target?.focus();
  }, [pathname]);
  return null;
}
