/**
 * Escape closes what is open: the innermost open <details> around the focus (else the last one opened),
 * or the view that has a way back. One listener per page, installed by the page's root.
 */
import { useEffect } from 'preact/hooks';

/** Closes the open section the focus is in, else the last open one; true when one was closed. */
function closeOpenSection(root: ParentNode = document): boolean {
  const active = document.activeElement;
  const around = active?.closest('details[open]');
  const open = around ?? [...root.querySelectorAll('details[open]')].at(-1);
  if (!open) return false;
  open.removeAttribute('open');
  open.querySelector<HTMLElement>('summary')?.focus();
  return true;
}

/**
 * On Escape: `close()` first when given (a view or a detail returns true when it closed itself), else the
 * open section. Keys typed into a field's own popup (a select) are left to it.
 */
export function useEscape(close?: () => boolean): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (closeOpenSection() || close?.()) event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [close]);
}
