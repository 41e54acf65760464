/**
 * Escape closes what is open: the open <details> around the focus, the view or detail that has a way back,
 * else the last section opened. One listener per page, installed by the page's root.
 */
import { useLayoutEffect } from 'preact/hooks';

/** Closes a section and gives the focus back to its title. */
function closeSection(open: Element | null | undefined): boolean {
  if (!open) return false;
  open.removeAttribute('open');
  open.querySelector<HTMLElement>('summary')?.focus();
  return true;
}

/**
 * On Escape, the innermost thing open closes: the section the focus is in, else the view or detail that has a
 * way back (`close()` returns true when it closed itself), else the last section opened. Keys typed into a
 * field's own popup (a select) are left to it. Attached as the DOM changes (a layout effect), so an Escape
 * pressed the moment a detail appears already finds its listener.
 */
export function useEscape(close?: () => boolean): void {
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const closed =
        closeSection(document.activeElement?.closest('details[open]')) ||
        close?.() ||
        closeSection([...document.querySelectorAll('details[open]')].at(-1));
      if (closed) event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [close]);
}
