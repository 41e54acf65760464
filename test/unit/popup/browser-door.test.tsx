/**
 * The UI's browser doors against a fake `chrome` object: what they ask the browser for, in which order,
 * and what they tell the worker. (The UI tests mock these doors; this is where the doors themselves run.)
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const granted = new Set<string>();
const calls: string[] = [];
const storageListeners: Array<(changes: Record<string, { newValue?: unknown }>, area: string) => void> = [];
const stored: Record<string, unknown> = {};

const fakeChrome = {
  runtime: {
    sendMessage: vi.fn(async (message: { type: string }) => {
      calls.push(`send:${message.type}`);
      if (message.type === 'hosts-changed') return { watchedHosts: [...granted].sort() };
      if (message.type === 'clear-log') return { cleared: 2 };
      return undefined;
    }),
    openOptionsPage: vi.fn(async () => {}),
    getURL: (path: string) => `chrome-extension://abc/${path}`,
  },
  tabs: {
    query: vi.fn(async () => [{ id: 12, url: 'https://cdn.example.tv/live' }]),
    get: vi.fn(async (id: number) => ({ id, url: `https://tab${id}.example.tv/` })),
    create: vi.fn(async () => ({})),
  },
  permissions: {
    request: vi.fn((request: { origins: string[] }) => {
      calls.push(`request:${request.origins.join(',')}`);
      for (const origin of request.origins) granted.add(origin);
      return Promise.resolve(true);
    }),
    remove: vi.fn(async (request: { origins: string[] }) => {
      calls.push(`remove:${request.origins.join(',')}`);
      for (const origin of request.origins) granted.delete(origin);
      return true;
    }),
    getAll: vi.fn(async () => ({ origins: [...granted] })),
  },
  storage: {
    local: {
      get: vi.fn(async (key: string) => (key in stored ? { [key]: stored[key] } : {})),
      set: vi.fn(async (items: Record<string, unknown>) => Object.assign(stored, items)),
    },
    onChanged: {
      addListener: (listener: (typeof storageListeners)[number]) => storageListeners.push(listener),
      removeListener: (listener: (typeof storageListeners)[number]) =>
        storageListeners.splice(storageListeners.indexOf(listener), 1),
    },
  },
};
(globalThis as { chrome?: unknown }).chrome = fakeChrome;

const door = await import('../../../popup/browser.ts');
const optionsDoor = await import('../../../options/browser.ts');

beforeEach(() => {
  granted.clear();
  calls.length = 0;
  for (const key of Object.keys(stored)) delete stored[key];
  vi.clearAllMocks();
});

describe('popup door', () => {
  it('asks one origin per scheme (Chrome refuses *:// against http/https optional hosts), then tells the worker', async () => {
    const pending = door.requestHosts(['*.example.tv']);
    // Called synchronously, inside the click that started it: the user gesture is still there.
    expect(fakeChrome.permissions.request).toHaveBeenCalledTimes(1);
    const change = await pending;
    expect(calls).toEqual(['request:http://*.example.tv/*,https://*.example.tv/*', 'send:hosts-changed']);
    expect(change).toEqual({
      granted: true,
      watchedHosts: ['http://*.example.tv/*', 'https://*.example.tv/*'],
    });
  });

  it('releases exactly the origins granted for a host, whatever their scheme form', async () => {
    granted.add('*://old.example.org/*');
    granted.add('http://cdn.example.tv/*');
    granted.add('https://cdn.example.tv/*');
    await door.releaseHosts(['cdn.example.tv']);
    expect(calls).toEqual(['remove:http://cdn.example.tv/*,https://cdn.example.tv/*', 'send:hosts-changed']);
    expect([...granted]).toEqual(['*://old.example.org/*']);
    expect(await door.grantedHosts()).toEqual(['old.example.org']);
  });

  it('does not call remove when nothing was granted for the host', async () => {
    await door.releaseHosts(['none.example.tv']);
    expect(calls).toEqual(['send:hosts-changed']);
  });

  it('takes the tab from ?tabId= (demo, e2e); otherwise none, and the worker looks up the active tab', () => {
    expect(door.tabFromQuery('?tabId=42')).toBe(42);
    expect(door.tabFromQuery('')).toBeUndefined();
    expect(door.tabFromQuery('?tabId=nope')).toBeUndefined();
    expect(door.tabFromQuery('?tabId=-1')).toBeUndefined();
  });

  it('sends typed envelopes and turns a missing reply into an error', async () => {
    expect(await door.send('clear-log', { tabId: 3 })).toEqual({ cleared: 2 });
    expect(fakeChrome.runtime.sendMessage).toHaveBeenCalledWith({ type: 'clear-log', payload: { tabId: 3 } });
    await expect(door.send('get-state', {})).rejects.toThrow('no reply to get-state');
  });

  it('opens the options page on the current site when there is one', () => {
    door.openOptionsPage('cdn.example.tv');
    expect(fakeChrome.tabs.create).toHaveBeenCalledWith({
      url: 'chrome-extension://abc/options.html?site=cdn.example.tv',
    });
    door.openOptionsPage();
    expect(fakeChrome.runtime.openOptionsPage).toHaveBeenCalledTimes(1);
  });
});

describe('options door', () => {
  it('repairs whatever is stored and writes normalised settings', async () => {
    stored.settings = { version: 1, lang: 'klingon', maxEvents: 5 };
    const settings = await optionsDoor.readSettings();
    expect(settings.lang).toBe('auto');
    expect(settings.maxEvents).toBe(100);
    await optionsDoor.writeSettings({ ...settings, retentionDays: 1000 });
    expect((stored.settings as { retentionDays: number }).retentionDays).toBe(90);
  });

  it('reports settings stored by someone else, local area only, until unsubscribed', () => {
    const seen: string[] = [];
    const stop = optionsDoor.onSettingsChanged((settings) => seen.push(settings.lang));
    for (const listener of [...storageListeners]) {
      listener({ settings: { newValue: { lang: 'fr' } } }, 'local');
      listener({ settings: { newValue: { lang: 'en' } } }, 'sync');
      listener({ other: { newValue: 1 } }, 'local');
    }
    stop();
    expect(storageListeners).toHaveLength(0);
    expect(seen).toEqual(['fr']);
  });
});
