/**
 * The UI's one door to the browser: the popup AND the options page import from here (options/ reuses
 * popup/ components), and no other UI file touches `chrome`/`browser`, the clipboard or downloads.
 * Tests replace this module with `vi.mock`, so everything else renders under happy-dom.
 *
 * We call the native namespace instead of webextension-polyfill: MV3 Chrome and Firefox both return
 * promises, and the popup has a 30 KB gzip budget.
 */
import { hostsOfPatterns, matchPattern } from '../src/host-patterns.ts';
import type { MessageType, Reply, Request } from '../src/messages.ts';
import { normalizeSettings, SETTINGS_KEY, type Settings } from '../src/settings.ts';

/** Firefox exposes `browser` (promise-based, same shape for what we use); Chrome only `chrome`. */
const api: typeof chrome = (globalThis as { browser?: typeof chrome }).browser ?? globalThis.chrome;

/** The worker answers `{ error }` when a handler throws; the UI shows it instead of a blank card. */
export class WorkerError extends Error {}

export async function send<T extends MessageType>(type: T, payload: Request<T>): Promise<Reply<T>> {
  const reply: unknown = await api.runtime.sendMessage({ type, payload });
  if (reply === undefined || reply === null) throw new WorkerError(`no reply to ${type}`);
  if (typeof reply === 'object' && 'error' in reply && type !== 'analyze-har') {
    throw new WorkerError(String((reply as { error: unknown }).error));
  }
  return reply as Reply<T>;
}

/** The tab the popup was opened for: `?tabId=N` (demo, e2e) wins over the active tab. */
export async function currentTabId(search: string): Promise<number | undefined> {
  const fromQuery = Number.parseInt(new URLSearchParams(search).get('tabId') ?? '', 10);
  if (Number.isInteger(fromQuery) && fromQuery >= 0) return fromQuery;
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export interface HostsChange {
  granted: boolean;
  /** What the worker watches now, as it answered `hosts-changed`. */
  watchedHosts: string[];
  /** The stored settings after the change, so a page holding a copy does not write back a stale list. */
  settings: Settings;
}

/**
 * Must be called synchronously from a click handler: `permissions.request` needs the user gesture, and
 * any `await` before it would lose it. Settings' `watchedHosts` are kept in step with the grant, then the
 * worker is told so it re-registers its listeners.
 */
export function requestHosts(hosts: readonly string[]): Promise<HostsChange> {
  const asked = api.permissions.request({ origins: hosts.map(matchPattern) });
  return asked.then(async (granted) => {
    const settings = granted
      ? await updateWatchedHosts((current) => [...current, ...hosts])
      : await readSettings();
    const { watchedHosts } = await send('hosts-changed', {});
    return { granted, watchedHosts, settings };
  });
}

/** Releases hosts exactly as listed; to stop watching a page, pass every watched host that covers it. */
export async function releaseHosts(hosts: readonly string[]): Promise<HostsChange> {
  await api.permissions.remove({ origins: hosts.map(matchPattern) });
  const settings = await updateWatchedHosts((current) => current.filter((host) => !hosts.includes(host)));
  const { watchedHosts } = await send('hosts-changed', {});
  return { granted: false, watchedHosts, settings };
}

/** Origins granted at runtime (and any from the manifest, in test builds) as watched hosts. */
export async function grantedHosts(): Promise<string[]> {
  const all = await api.permissions.getAll();
  return hostsOfPatterns(all.origins ?? []);
}

async function updateWatchedHosts(change: (current: string[]) => string[]): Promise<Settings> {
  const current = await readSettings();
  const next = normalizeSettings({ ...current, watchedHosts: change(current.watchedHosts) });
  await writeSettings(next);
  return next;
}

/** Whatever is stored, repaired by `normalizeSettings`: a corrupted store shows defaults, never an error. */
export async function readSettings(): Promise<Settings> {
  const stored = await api.storage.local.get(SETTINGS_KEY);
  return normalizeSettings(stored[SETTINGS_KEY]);
}

export async function writeSettings(settings: Settings): Promise<void> {
  await api.storage.local.set({ [SETTINGS_KEY]: normalizeSettings(settings) });
}

export function openOptionsPage(): void {
  void api.runtime.openOptionsPage();
}

export function browserLanguages(): readonly string[] {
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
}

export function copyText(text: string): Promise<void> {
  return navigator.clipboard.writeText(text);
}

/** A Blob URL and `<a download>`: no `downloads` permission to ask for. */
export function downloadText(filename: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in Firefox; a minute is plenty for the save to start.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
