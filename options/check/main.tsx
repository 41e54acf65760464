/**
 * The Test page's entry (check.html): the language the person chose in the options (or the browser's),
 * then the page. Opened from the popup, the options page and a guided-diagnosis step.
 */
import { render } from 'preact';
import { browserLanguages } from '../../popup/browser.ts';
import { I18nProvider, loadTextPack } from '../../popup/text/i18n-context.tsx';
import { resolveLang } from '../../src/i18n.ts';
import { readSettings } from '../browser.ts';
import { CheckApp } from './check-app.tsx';

const root = document.getElementById('app');
if (root) {
  void readSettings()
    .then((settings) => resolveLang(settings.lang, browserLanguages()))
    .catch(() => resolveLang('auto', browserLanguages()))
    .then(async (lang) => {
      await loadTextPack(lang);
      document.documentElement.lang = lang;
      render(
        <I18nProvider lang={lang}>
          <CheckApp />
        </I18nProvider>,
        root,
      );
    });
}
