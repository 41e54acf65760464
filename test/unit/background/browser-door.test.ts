/**
 * The worker's door without a polyfill: it finds the browser's own namespace and bridges the one behaviour
 * that differs, how a message listener replies (Chrome before ~147 ignores a returned promise).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserPort } from '../../../background/browser.ts';

type RawListener = (message: unknown, sender: object, sendResponse: (reply: unknown) => void) => unknown;

/** Just enough of `chrome.*` for createBrowserPort and onMessage. */
function fakeNamespace(id: string) {
  const messageListeners: RawListener[] = [];
  return {
    messageListeners,
    api: {
      runtime: {
        id,
        getURL: (path: string) => `chrome-extension://${id}/${path}`,
        onMessage: { addListener: (listener: RawListener) => messageListeners.push(listener) },
      },
      storage: { local: {}, session: {} },
      webRequest: {},
    },
  };
}

/** Calls the registered raw listener the way the browser does; resolves with what sendResponse got. */
function deliver(listener: RawListener, message: unknown, sender: object) {
  let answer: (reply: unknown) => void = () => {};
  const replied = new Promise<unknown>((resolve) => {
    answer = resolve;
  });
  const returned = listener(message, sender, answer);
  return { returned, replied };
}

afterEach(() => vi.unstubAllGlobals());

describe('background/browser.ts', () => {
  it('prefers Firefox’s `browser` over `chrome`', () => {
    vi.stubGlobal('chrome', fakeNamespace('from-chrome').api);
    vi.stubGlobal('browser', fakeNamespace('from-browser').api);
    expect(createBrowserPort().extensionId).toBe('from-browser');
  });

  it('answers through sendResponse and keeps the channel open with a literal true', async () => {
    const fake = fakeNamespace('ext');
    vi.stubGlobal('chrome', fake.api);
    const seen: unknown[] = [];
    createBrowserPort().onMessage((message, senderId, sender) => {
      seen.push([message, senderId, sender]);
      return Promise.resolve({ ok: true });
    });
    const [listener] = fake.messageListeners;
    if (!listener) throw new Error('no listener registered');
    const { returned, replied } = deliver(
      listener,
      { type: 'get-state' },
      { id: 'ext', url: 'chrome-extension://ext/popup.html' },
    );
    expect(returned).toBe(true);
    await expect(replied).resolves.toEqual({ ok: true });
    expect(seen).toEqual([
      [{ type: 'get-state' }, 'ext', { fromContentScript: false, url: 'chrome-extension://ext/popup.html' }],
    ]);
  });

  it('leaves messages that are not for us unanswered, and turns a rejection into { error }', async () => {
    const fake = fakeNamespace('ext');
    vi.stubGlobal('chrome', fake.api);
    let calls = 0;
    createBrowserPort().onMessage(() =>
      ++calls === 1 ? undefined : Promise.reject(new Error('handler broke')),
    );
    const [listener] = fake.messageListeners;
    if (!listener) throw new Error('no listener registered');
    expect(deliver(listener, {}, { id: 'other' }).returned).toBe(false);
    const { returned, replied } = deliver(listener, {}, { id: 'ext', tab: { id: 4 }, frameId: 0 });
    expect(returned).toBe(true);
    await expect(replied).resolves.toEqual({ error: 'Error: handler broke' });
  });

  it('reads no body in a Chrome build, even where the API would exist', () => {
    const fake = fakeNamespace('ext');
    vi.stubGlobal('chrome', { ...fake.api, webRequest: { filterResponseData: () => ({}) } });
    expect(createBrowserPort().captureBody('1', 100)).toBeNull();
  });
});
