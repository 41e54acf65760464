/**
 * Injected into a refused top-level page of a watched host (`scripting.executeScript` with this file,
 * built to page-reader.js). It reads what the user sees — title, visible text, vendor asset paths — and
 * evaluates to `{ excerpt }`, the script's completion value that executeScript hands back to the worker.
 * It sends nothing itself and touches no extension API.
 */
import { markerPaths, pageExcerpt } from './page-excerpt.ts';

function readRefusedPage(): { excerpt: string } {
  const assets = [
    ...document.querySelectorAll<HTMLLinkElement | HTMLScriptElement>('link[href], script[src]'),
  ].map((element) => (element instanceof HTMLLinkElement ? element.href : element.src));
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point — what the user sees, line by line, without the page's scripts and hidden nodes that textContent would include.
  const visible = document.body?.innerText ?? '';
  return { excerpt: pageExcerpt(document.title, visible, markerPaths(assets)) };
}

readRefusedPage();
