import type { ReactNode } from 'react';
import { usePageTitle } from '../lib/use-page-title.ts';

/**
 * The page's one h1, which also names the document. tabIndex -1 lets the shell move focus
 * here after a navigation without adding it to the tab order.
 */
export function PageHeading({
  title,
  lang,
  children,
}: {
  title: string;
  /** The heading's own language, for text that may fall back to another (WCAG 3.1.2). */
  lang?: string;
  children?: ReactNode;
}) {
  usePageTitle(title);
  return (
    <h1 tabIndex={-1} className="page-heading" lang={lang}>
      {children ?? title}
    </h1>
  );
}
