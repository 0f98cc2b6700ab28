import { type FocusEvent, type KeyboardEvent, type RefObject, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * A disclosure (a button that shows and hides a panel) that belongs to the page it was opened
 * on: following a link closes it without an effect, Escape closes it and gives focus back to
 * the button, and so can focus moving out of the element that holds both.
 */
export function usePageDisclosure(buttonRef: RefObject<HTMLButtonElement | null>) {
  const { pathname } = useLocation();
  // Remembering where it was opened closes it on navigation without an effect.
  const [openOnPath, setOpenOnPath] = useState<string | null>(null);
  const isOpen = openOnPath === pathname;
  const setOpen = (open: boolean) => setOpenOnPath(open ? pathname : null);

  return {
    isOpen,
    toggle: () => setOpen(!isOpen),
    /** For the element holding button and panel. */
    closeOnEscape: (event: KeyboardEvent) => {
      if (event.key === 'Escape' && isOpen) {
        setOpen(false);
        buttonRef.current?.focus();
      }
    },
    /** For the element holding button and panel. */
    closeWhenFocusLeaves: (event: FocusEvent<HTMLElement>) => {
      if (isOpen && !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
    },
    /** For the panel: a link to the page already shown changes no path, so close on any. */
    closeOnLinkClick: (event: { target: EventTarget }) => {
      if (event.target instanceof Element && event.target.closest('a')) setOpen(false);
    },
  };
}
