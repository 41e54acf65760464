/**
 * Popup entry: loads the text pack of the browser's language, then mounts the app, so the first paint is
 * already in words (the pack is a file of the extension: a millisecond or two). The tab comes from
 * `?tabId=` (demo, e2e) or the active tab.
 */
import { render } from 'preact';
import { resolveLang } from '../src/i18n.ts';
import { PopupApp } from './app.tsx';
import { browserLanguages } from './browser.ts';
import { loadTextPack } from './text/i18n-context.tsx';

const root = document.getElementById('app');
if (root) {
  const lang = resolveLang('auto', browserLanguages());
  void loadTextPack(lang).finally(() =>
    render(<PopupApp search={location.search} initialLang={lang} />, root),
  );
}
