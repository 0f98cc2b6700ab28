import type { ReactNode } from 'react';

/**
 * A table wider than a phone scrolls inside this box, never the page (WCAG 1.4.10). The box
 * takes focus and is a named region, so a keyboard can scroll it and a screen reader says
 * what it holds (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
