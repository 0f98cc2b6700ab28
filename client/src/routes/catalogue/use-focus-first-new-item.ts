import { useEffect, useRef } from 'react';

/**
 * After "Show more", focus goes to the first new product so keyboard users read on from
 * there. The ref goes on whatever holds the product links (`a[data-product-link]`).
 */
export function useFocusFirstNewItem<Container extends HTMLElement>(count: number) {
  const containerRef = useRef<Container>(null);
  const previousCount = useRef(count);
  useEffect(() => {
    if (count > previousCount.current) {
      const links =
        containerRef.current?.querySelectorAll<HTMLAnchorElement>('a[data-product-link]');
      links?.[previousCount.current]?.focus();
    }
    previousCount.current = count;
  }, [count]);
  return containerRef;
}
