/** Popup entry: mounts the app; the tab comes from `?tabId=` (demo, e2e) or the active tab. */
import { render } from 'preact';
import { resolveLang } from '../src/i18n.ts';
import { PopupApp } from './app.tsx';
import { browserLanguages } from './browser.ts';

const root = document.getElementById('app');
if (root) {
  render(<PopupApp search={location.search} initialLang={resolveLang('auto', browserLanguages())} />, root);
}
