/**
 * The UI's door to the browser: the popup AND the options page import from here (options/ reuses popup/
 * components); options/browser.ts adds the settings storage only the options page needs, so the popup
 * bundle stays free of it. No other UI file touches `chrome`/`browser`, the clipboard or downloads.
 * Tests replace this module with `vi.mock`, so everything else renders under happy-dom.
 *
 * We call the native namespace instead of webextension-polyfill: MV3 Chrome and Firefox both return
 * promises, and the popup has a 30 KB gzip budget.
 */
import { hostOfPattern, hostsOfPatterns } from '../src/http/host-patterns.ts';
import type { MessageType, Reply, Request } from '../src/messages.ts';

/** Firefox exposes `browser` (promise-based, same shape for what we use); Chrome only `chrome`. */
const api: typeof chrome = (globalThis as { browser?: typeof chrome }).browser ?? globalThis.chrome;

/** The worker answers `{ error }` when a handler throws; the UI shows it instead of a blank card. */
class WorkerError extends Error {}

export async function send<T extends MessageType>(type: T, payload: Request<T>): Promise<Reply<T>> {
  const reply: unknown = await api.runtime.sendMessage({ type, payload });
  if (reply === undefined || reply === null) throw new WorkerError(`no reply to ${type}`);
  if (typeof reply === 'object' && 'error' in reply) {
    throw new WorkerError(String((reply as { error: unknown }).error));
  }
  return reply as Reply<T>;
}

/** The tab named by `?tabId=N` (demo, e2e); undefined means the active tab, which the worker looks up. */
export function tabFromQuery(search: string): number | undefined {
  const fromQuery = Number.parseInt(new URLSearchParams(search).get('tabId') ?? '', 10);
  return Number.isInteger(fromQuery) && fromQuery >= 0 ? fromQuery : undefined;
}

/**
 * Chrome grants a request only when each requested pattern fits inside one pattern of
 * `optional_host_permissions`; with the manifest's `http://*\/*` and `https://*\/*`, a `*://host/*` pattern
 * fits in neither and is refused ("Only permissions specified in the manifest may be requested", seen in
 * Chromium 156), so each host is asked for once per scheme. Firefox accepts both forms.
 */
export function requestableOrigins(host: string): string[] {
  return [`http://${host}/*`, `https://${host}/*`];
}

export interface HostsChange {
  granted: boolean;
  /** What the worker watches now: it aligns settings' `watchedHosts` with the granted origins. */
  watchedHosts: string[];
}

/**
 * Must be called synchronously from a click handler: `permissions.request` needs the user gesture, and
 * any `await` before it would lose it. The worker is told afterwards; it aligns the settings with the
 * grants and re-registers its listeners (it also listens to `permissions.onAdded`, for Firefox, where the
 * permission prompt may close the popup before this promise settles).
 */
export function requestHosts(hosts: readonly string[]): Promise<HostsChange> {
  const asked = api.permissions.request({ origins: hosts.flatMap(requestableOrigins) });
  return asked.then(async (granted) => {
    const { watchedHosts } = await send('hosts-changed', {});
    return { granted, watchedHosts };
  });
}

/**
 * Releases hosts exactly as listed (to stop watching a page, pass every watched host that covers it), by
 * removing the very origins that were granted for them, whatever their scheme form.
 */
export async function releaseHosts(hosts: readonly string[]): Promise<HostsChange> {
  const granted = (await api.permissions.getAll()).origins ?? [];
  const origins = granted.filter((origin) => hosts.includes(hostOfPattern(origin) ?? ''));
  if (origins.length > 0) await api.permissions.remove({ origins });
  const { watchedHosts } = await send('hosts-changed', {});
  return { granted: false, watchedHosts };
}

/** Origins granted at runtime (and any from the manifest, in test builds) as watched hosts. */
export async function grantedHosts(): Promise<string[]> {
  const all = await api.permissions.getAll();
  return hostsOfPatterns(all.origins ?? []);
}

/** With a site, the options page opens on it (`?site=`), ready to add it in one click. */
export function openOptionsPage(site?: string): void {
  if (site)
    void api.tabs.create({ url: api.runtime.getURL(`options.html?site=${encodeURIComponent(site)}`) });
  else void api.runtime.openOptionsPage();
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
