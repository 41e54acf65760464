/**
 * The options page's own door: settings storage. It sits apart from popup/browser.ts so the popup bundle
 * does not carry src/settings.ts. Like that door, it is the only file here that touches `chrome`/`browser`.
 */
import { normalizeSettings, SETTINGS_KEY, type Settings } from '../src/settings.ts';

const api: typeof chrome = (globalThis as { browser?: typeof chrome }).browser ?? globalThis.chrome;

/** Whatever is stored, repaired by `normalizeSettings`: a corrupted store shows defaults, never an error. */
export async function readSettings(): Promise<Settings> {
  const stored = await api.storage.local.get(SETTINGS_KEY);
  return normalizeSettings(stored[SETTINGS_KEY]);
}

/** The worker listens to `storage.onChanged` and applies the new settings. */
export async function writeSettings(settings: Settings): Promise<void> {
  await api.storage.local.set({ [SETTINGS_KEY]: normalizeSettings(settings) });
}

/**
 * Calls back with the new settings whenever someone else stores them (the worker aligning hosts with the
 * grants, the popup, another options tab), so this page never writes back a stale copy. Returns the
 * unsubscribe function.
 */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handle = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) listener(normalizeSettings(change.newValue));
  };
  api.storage.onChanged.addListener(handle);
  return () => api.storage.onChanged.removeListener(handle);
}
