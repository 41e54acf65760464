/**
 * Options entry: loads the text pack of the browser's language, then mounts the page (the stored language
 * choice, read by the app, may load the other pack). `?site=host` (from the popup) offers to watch that host.
 */
import { render } from 'preact';
import { browserLanguages } from '../popup/browser.ts';
import { loadTextPack } from '../popup/text/i18n-context.tsx';
import { resolveLang } from '../src/i18n.ts';
import { OptionsApp } from './app.tsx';

const root = document.getElementById('app');
if (root) {
  void loadTextPack(resolveLang('auto', browserLanguages())).finally(() =>
    render(<OptionsApp search={location.search} />, root),
  );
}
