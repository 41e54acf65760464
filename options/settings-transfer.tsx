/**
 * Settings as a JSON file, out and in. An imported file goes through `normalizeSettings` like the store
 * does: unknown or broken fields take their default. Imported hosts are listed but not granted: a file
 * chooser's change event does not carry the user gesture `permissions.request` needs, so the hosts section
 * shows a "Grant" button for each (the worker keeps only granted hosts once it next syncs).
 */
import { useState } from 'preact/hooks';
import { downloadText } from '../popup/browser.ts';
import { useI18n } from '../popup/text/i18n-context.tsx';
import { normalizeSettings, type Settings } from '../src/settings.ts';

export type ImportOutcome = { ok: true; settings: Settings } | { ok: false; reason: 'json' | 'shape' };

/** Parses an exported settings file; anything that is not a JSON object is refused rather than reset. */
export function readSettingsFile(text: string): ImportOutcome {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'json' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'shape' };
  return { ok: true, settings: normalizeSettings(raw) };
}

export function SettingsTransfer({
  settings,
  onImport,
}: {
  settings: Settings;
  onImport: (s: Settings) => void;
}) {
  const { t } = useI18n();
  const [notice, setNotice] = useState('');
  const onExport = () => {
    downloadText(
      'iptv-access-lens-settings.json',
      `${JSON.stringify(settings, null, 2)}\n`,
      'application/json',
    );
    setNotice(t('noticeExported'));
  };
  const onFile = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      const outcome = readSettingsFile(text);
      if (outcome.ok) {
        onImport(outcome.settings);
        setNotice(t('settingsImported', outcome.settings.watchedHosts.length));
      } else {
        setNotice(outcome.reason === 'json' ? t('settingsImportNotJson') : t('settingsImportNotObject'));
      }
      input.value = '';
    });
  };
  return (
    <section id="transfer" class="card" aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t('transferTitle')}</h2>
      <p class="muted">{t('transferHelp')}</p>
      <div class="row">
        <button type="button" onClick={onExport}>
          {t('settingsExport')}
        </button>
        <label for="settings-file">{t('settingsImport')}</label>
        <input id="settings-file" type="file" accept=".json,application/json" onChange={onFile} />
      </div>
      <p class="notice" role="status">
        {notice}
      </p>
    </section>
  );
}
