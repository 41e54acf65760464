/**
 * Popup entry: asks the worker for the tab's state and loads the text pack of the browser's language at the
 * same time, then mounts the app, so the first paint is already in words (a pack is a file of the
 * extension: a millisecond or two). The tab comes from `?tabId=` (demo, e2e) or the active tab.
 */
import { render } from 'preact';
import { resolveLang } from '../src/i18n.ts';
import { type Loaded, loadState, PopupApp } from './app.tsx';
import { browserLanguages } from './browser.ts';
import { loadTextPack } from './text/i18n-context.tsx';

/** How long the popup waits for the worker before it shows "Loading…" (a warm worker answers well within it). */
const PLACEHOLDER_AFTER_MS = 120;

const root = document.getElementById('app');
if (root) {
  const lang = resolveLang('auto', browserLanguages());
  // The worker's answer and the words are fetched side by side: neither waits for the other.
  const first = loadState(location.search);
  /** The worker's answer once the pack of *its* language is in too (the person may have chosen another). */
  let ready: Loaded | undefined;
  const answered = first.then(
    async (loaded) => {
      await loadTextPack(loaded.state.lang).catch(() => {});
      ready = loaded;
    },
    () => {}, // PopupApp reports the failure from `first`.
  );
  const pack = loadTextPack(lang).catch(() => {});
  // One paint, with the verdict, when the worker answers quickly; "Loading…" first only when it does not
  // (a worker waking up): painting the placeholder would delay the answer it waits for.
  const late = new Promise<void>((resolve) => setTimeout(resolve, PLACEHOLDER_AFTER_MS));
  void Promise.race([Promise.all([pack, answered]), late])
    .then(() => pack)
    .then(() =>
      render(<PopupApp search={location.search} initialLang={lang} first={first} initial={ready} />, root),
    );
}
