/**
 * The options page: watched hosts, preferences, settings transfer, the log and HAR analysis. It holds the
 * stored settings in state and writes them back whole (normalised) on every change; the worker reads them
 * from storage.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browserLanguages } from '../popup/browser.ts';
import { I18nProvider, useI18n } from '../popup/text/i18n-context.tsx';
import { resolveLang } from '../src/i18n.ts';
import { normalizeSettings, type Settings } from '../src/settings.ts';
import { onSettingsChanged, readSettings, writeSettings } from './browser.ts';
import { DiagnoseSection } from './diagnose-section.tsx';
import { HarAnalysis } from './har-analysis.tsx';
import { HostsSection } from './hosts-section.tsx';
import { LogViewer } from './log-viewer.tsx';
import { PreferencesSection } from './preferences-section.tsx';
import { SettingsTransfer } from './settings-transfer.tsx';

export function OptionsApp({ search }: { search: string }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    readSettings().then(setSettings, (error: unknown) => setFailure(String(error)));
    return onSettingsChanged(setSettings);
  }, []);
  const save = useCallback((next: Settings) => {
    const normalized = normalizeSettings(next);
    setSettings(normalized);
    writeSettings(normalized).catch((error: unknown) => setFailure(String(error)));
  }, []);
  const lang = resolveLang(settings?.lang ?? 'auto', browserLanguages());
  // The popup's "Options" link passes the site it was opened on, so it can be added in one click.
  const site = new URLSearchParams(search).get('site') ?? undefined;
  return (
    <I18nProvider lang={lang}>
      <OptionsBody settings={settings} failure={failure} site={site} save={save} replace={setSettings} />
    </I18nProvider>
  );
}

interface BodyProps {
  settings: Settings | null;
  failure: string | null;
  site: string | undefined;
  save: (settings: Settings) => void;
  /** Takes settings someone else already stored (the host door), without writing them again. */
  replace: (settings: Settings) => void;
}

function OptionsBody({ settings, failure, site, save, replace }: BodyProps) {
  const { t } = useI18n();
  return (
    <>
      <header class="top">
        <h1>{t('optionsTitle', t('extName'))}</h1>
        <nav aria-label={t('optionsSections')}>
          <ul class="section-links">
            <li>
              <a href="#hosts">{t('hostsTitle')}</a>
            </li>
            <li>
              <a href="#preferences">{t('preferencesTitle')}</a>
            </li>
            <li>
              <a href="#diagnose">{t('diagnoseOpen')}</a>
            </li>
            <li>
              <a href="#log">{t('logTitle')}</a>
            </li>
            <li>
              <a href="#har">{t('harTitle')}</a>
            </li>
            <li>
              <a href="check.html" data-open-check>
                {t('checkOpen')}
              </a>
            </li>
          </ul>
        </nav>
      </header>
      <main class="options">
        {failure ? (
          <p class="note" role="alert">
            {t('optionsFailed', failure)}
          </p>
        ) : null}
        {settings ? (
          <>
            <HostsSection settings={settings} site={site} onSettings={replace} />
            <PreferencesSection settings={settings} onChange={save} />
            <SettingsTransfer settings={settings} onImport={save} />
          </>
        ) : (
          <p aria-live="polite">{t('loading')}</p>
        )}
        <DiagnoseSection />
        <LogViewer />
        <HarAnalysis />
      </main>
    </>
  );
}
