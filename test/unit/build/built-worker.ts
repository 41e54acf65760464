/**
 * Runs a built worker (dist/<browser>/background.js, as the browser gets it: minified, its tables in
 * knowledge.json) in a V8 context of its own, over an extension API made of plain objects: storage kept in
 * maps, listeners kept to be fired by the test, every other call resolving to nothing. What the unit tests of
 * background/ cannot show, since they run the worker over the source modules: that the built script fills its
 * tables from the file, and waits for them wherever it reads traffic.
 */
import vm from 'node:vm';

type Listener = (...args: unknown[]) => unknown;

export interface BuiltWorker {
  /** The listeners the worker added, by event ("webRequest.onCompleted", "runtime.onMessage"…), last one first. */
  listeners: Map<string, Listener[]>;
  /** How often the worker asked for a packaged file, by path. */
  reads: string[];
  /** Fires the newest listener of an event and returns what it returned. */
  fire(event: string, ...args: unknown[]): unknown;
  /** Sends a message as the extension's own page would, and resolves with the worker's reply. */
  ask(type: string, payload: Record<string, unknown>): Promise<unknown>;
  /** Settles once the worker has read its settings and narrowed its listeners to the granted hosts. */
  settled(): Promise<void>;
  /** Settles once the worker's log holds this many records (webRequest's listeners return nothing to await). */
  logged(count: number): Promise<unknown[]>;
}

const EXTENSION_ID = 'built-worker-test';

/** Any property is another stub, any call resolves to undefined: the APIs the test does not look at. */
function stub(): unknown {
  const handler: ProxyHandler<() => void> = {
    get: (target, key) =>
      key === 'then' ? undefined : key in target ? Reflect.get(target, key) : new Proxy(() => {}, handler),
    apply: () => Promise.resolve(undefined),
  };
  return new Proxy(() => {}, handler);
}

function storageArea(): unknown {
  const items = new Map<string, unknown>();
  const copy = <T>(value: T): T => (value === undefined ? value : structuredClone(value));
  return {
    get: async (keys: string | string[] | null) => {
      const names = keys === null ? [...items.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(
        names.filter((key) => items.has(key)).map((key) => [key, copy(items.get(key))]),
      );
    },
    set: async (values: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(values)) items.set(key, copy(value));
    },
    remove: async (keys: string | string[]) => {
      for (const key of typeof keys === 'string' ? [keys] : keys) items.delete(key);
    },
  };
}

/**
 * One turn of the timer queue: the store writes on a timer (a coalesced setTimeout), so waiting a turn at a time
 * lets each write land however fast the machine runs the loop; the waits are counted, never timed.
 */
const nextTimerTurn = () => new Promise((resolve) => setTimeout(resolve, 1));

export function runBuiltWorker(
  code: string,
  options: {
    grantedHosts: string[];
    packaged: (path: string) => Promise<{ ok: boolean; status: number; text: string }>;
  },
): BuiltWorker {
  const listeners = new Map<string, Listener[]>();
  const filters = new Map<Listener, string[]>();
  const reads: string[] = [];
  const event = (name: string) => ({
    addListener: (listener: Listener, filter?: { urls?: string[] }) => {
      filters.set(listener, filter?.urls ?? []);
      listeners.set(name, [listener, ...(listeners.get(name) ?? [])]);
    },
    removeListener: (listener: Listener) =>
      listeners.set(
        name,
        (listeners.get(name) ?? []).filter((added) => added !== listener),
      ),
  });
  const api = new Proxy(
    {
      runtime: {
        id: EXTENSION_ID,
        getURL: (path: string) => `chrome-extension://${EXTENSION_ID}/${path}`,
        onMessage: event('runtime.onMessage'),
        onInstalled: event('runtime.onInstalled'),
      },
      i18n: { getUILanguage: () => 'en-US', getMessage: () => '' },
      storage: { local: storageArea(), session: storageArea(), onChanged: event('storage.onChanged') },
      permissions: {
        getAll: async () => ({ origins: options.grantedHosts.map((host) => `*://${host}/*`) }),
        onAdded: event('permissions.onAdded'),
        onRemoved: event('permissions.onRemoved'),
      },
      tabs: {
        onUpdated: event('tabs.onUpdated'),
        onRemoved: event('tabs.onRemoved'),
        get: stub(),
        query: async () => [],
      },
      webRequest: {
        onSendHeaders: event('webRequest.onSendHeaders'),
        onHeadersReceived: event('webRequest.onHeadersReceived'),
        onCompleted: event('webRequest.onCompleted'),
        onErrorOccurred: event('webRequest.onErrorOccurred'),
      },
    } as Record<string, unknown>,
    { get: (target, key: string) => (key in target ? target[key] : stub()) },
  );
  const fetch = async (url: string) => {
    const path = url.replace(`chrome-extension://${EXTENSION_ID}/`, '');
    reads.push(path);
    const file = await options.packaged(path);
    return { ok: file.ok, status: file.status, text: async () => file.text };
  };
  const quiet = () => {};
  const context = vm.createContext({
    chrome: api,
    fetch,
    console: process.env.WORKER_CONSOLE
      ? console
      : { log: quiet, warn: quiet, error: quiet, info: quiet, debug: quiet },
    navigator: { onLine: true, userAgent: 'test' },
    setTimeout,
    clearTimeout,
    URL,
    URLSearchParams,
    TextEncoder,
    TextDecoder,
    performance,
    queueMicrotask,
    structuredClone,
    btoa,
    atob,
  });
  // The built worker is an ES module with no import: run as a script, its trailing `export` aside.
  new vm.Script(code.replace(/export\s*\{[^}]*\};?\s*$/, '')).runInContext(context);
  const newest = (name: string) => {
    const found = listeners.get(name)?.[0];
    if (!found) throw new Error(`the worker added no ${name} listener`);
    return found;
  };
  return {
    listeners,
    reads,
    fire: (name, ...args) => newest(name)(...args),
    ask: (type, payload) =>
      new Promise((resolve) => {
        newest('runtime.onMessage')(
          { type, payload },
          { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup.html` },
          resolve,
        );
      }),
    async logged(count) {
      let records: unknown[] = [];
      for (let turn = 0; turn < 2_000 && records.length < count; turn++) {
        await nextTimerTurn();
        records = ((await this.ask('get-log', { limit: 100 })) as { records?: unknown[] }).records ?? [];
      }
      if (records.length < count)
        throw new Error(`the worker logged ${records.length} records, not ${count}`);
      return records;
    },
    async settled() {
      // Settings are read, then the listeners are added again with the granted hosts' filter.
      const wanted = options.grantedHosts.map((host) => `*://${host}/*`).join(' ');
      const narrowed = () => {
        const listener = listeners.get('webRequest.onCompleted')?.[0];
        return listener !== undefined && filters.get(listener)?.join(' ') === wanted;
      };
      for (let turn = 0; turn < 10_000 && !narrowed(); turn++) await nextTimerTurn();
      if (!narrowed()) throw new Error('the worker never narrowed its listeners to the granted hosts');
    },
  };
}
