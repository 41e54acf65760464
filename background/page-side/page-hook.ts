/**
 * Runs in the page's own world (MAIN) on watched hosts, before the page's scripts (document_start), built to
 * panel-page-hook.js. It watches the replies the page itself reads through fetch() and XMLHttpRequest, and
 * when one comes from a panel API (src/knowledge/panels/page-reply.ts) it keeps the few fields that say whether the account
 * may play and fires them as a DOM event for the relay (panel-relay.ts). Every failed response (≥ 400, or a
 * transport failure) is reported too, with a short excerpt of a small error page (panel-page-failures.ts):
 * webRequest shows Chrome's worker no bodies, and loses events when the worker is stopped mid-burst. It
 * touches no extension API.
 *
 * The page must not notice: fetch returns the very promise the browser gave, so responses, errors and
 * `instanceof Response` are untouched, and the body is read from a clone; XHR keeps its constructor and
 * only gains a loadend listener (reading responseText consumes nothing). Installing twice is a no-op.
 */
import {
  isPanelApiUrl,
  isReadableContentType,
  MAX_PANEL_BODY_CHARS,
  PANEL_REPLY_CHANNEL,
  type PanelFields,
  type PanelReplyReport,
  panelFields,
  panelFieldsOfText,
} from '../../src/knowledge/panels/page-reply.ts';
import { redactUrl } from '../../src/redact/index.ts';
import { fetchAnswered, fetchRejected, reportId, requestUrl, xhrEnded } from './page-failures.ts';

/** Marks a global as hooked; Symbol.for so a second copy of this script sees the first one's mark. */
const INSTALLED = Symbol.for('iptv-access-lens.panel-hook');

/** The globals the hook wraps and uses (the page's window, or a test's stand-in). */
export interface HookScope {
  fetch?: typeof fetch;
  XMLHttpRequest?: typeof XMLHttpRequest;
  CustomEvent: typeof CustomEvent;
  dispatchEvent(event: Event): boolean;
  crypto?: Pick<Crypto, 'getRandomValues'>;
  location?: { href: string };
}

interface Reply {
  url: string;
  method: string;
  status: number;
  startedAt: number;
  via: PanelReplyReport['via'];
}

function post(scope: HookScope, reply: Reply, fields: PanelFields | null): void {
  if (!fields) return;
  const report: PanelReplyReport = {
    id: reportId(scope),
    url: redactUrl(reply.url),
    method: reply.method,
    status: reply.status,
    startedAt: reply.startedAt,
    durationMs: Math.max(0, Date.now() - reply.startedAt),
    via: reply.via,
    fields,
  };
  try {
    // A string detail crosses from the page's world to the relay's in both browsers; objects may not.
    scope.dispatchEvent(new scope.CustomEvent(PANEL_REPLY_CHANNEL, { detail: JSON.stringify(report) }));
  } catch {
    // The page replaced CustomEvent or dispatchEvent with something odd: this reply goes unreported.
  }
}

/** The start of a body, up to the cap; null for anything that is not a small JSON object. */
async function readCapped(response: Response): Promise<string | null> {
  const reader = response.body?.getReader();
  if (!reader) return null;
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      text += decoder.decode(value, { stream: true });
      const start = text.trimStart();
      if (text.length > MAX_PANEL_BODY_CHARS || (start !== '' && !start.startsWith('{'))) {
        // A catalogue or a page: stop reading our copy; the page's own copy flows on.
        await reader.cancel().catch(() => undefined);
        return null;
      }
    }
  } catch {
    return null;
  }
}

/** Called before the page sees the response (our reaction was attached first), so the clone is possible. */
function observeResponse(scope: HookScope, response: Response, method: string, startedAt: number): void {
  // Duck-typed: another script may have wrapped fetch before us, with a Response of its own.
  if (typeof response?.clone !== 'function' || typeof response.headers?.get !== 'function') return;
  const url = response.url;
  if (!isPanelApiUrl(url) || response.type === 'opaque' || response.type === 'opaqueredirect') return;
  if (!isReadableContentType(response.headers.get('content-type'))) return;
  if (Number(response.headers.get('content-length')) > MAX_PANEL_BODY_CHARS) return;
  let copy: Response;
  try {
    copy = response.clone();
  } catch {
    return;
  }
  readCapped(copy)
    .then((text) => {
      if (text === null) return;
      const reply: Reply = { url, method, status: response.status, startedAt, via: 'fetch' };
      post(scope, reply, panelFieldsOfText(text, url));
    })
    .catch(() => undefined);
}

function requestMethod(input: unknown, init: unknown): string {
  const fromInit = (init as { method?: unknown } | undefined)?.method;
  if (typeof fromInit === 'string') return fromInit.toUpperCase();
  const fromRequest = (input as { method?: unknown } | null)?.method;
  return typeof fromRequest === 'string' ? fromRequest.toUpperCase() : 'GET';
}

/** Gives a wrapper the name and arity of the function it stands for, as page code may look at them. */
function lookAlike<T extends (...args: never[]) => unknown>(wrapper: T, original: T): T {
  Object.defineProperty(wrapper, 'name', { value: original.name, configurable: true });
  Object.defineProperty(wrapper, 'length', { value: original.length, configurable: true });
  return wrapper;
}

function wrapFetch(scope: HookScope): void {
  const original = scope.fetch;
  if (typeof original !== 'function') return;
  const fetch = function (this: unknown, ...args: Parameters<typeof original>) {
    const startedAt = Date.now();
    const pending = Reflect.apply(original, this, args) as ReturnType<typeof original>;
    try {
      const method = requestMethod(args[0], args[1]);
      const url = requestUrl(scope, args[0]);
      pending.then(
        (response) => {
          try {
            observeResponse(scope, response, method, startedAt);
            fetchAnswered(scope, response, method, startedAt);
          } catch {
            // Whatever goes wrong here stays here: the page's fetch has its answer already.
          }
        },
        (error: unknown) => {
          try {
            fetchRejected(scope, error, url, method, startedAt);
          } catch {
            // Same.
          }
        },
      );
    } catch {
      // Same: reading is best effort.
    }
    return pending;
  };
  scope.fetch = lookAlike(fetch as typeof original, original);
}

interface XhrStart {
  method: string;
  url: string;
  startedAt: number;
  aborted: boolean;
}

function wrapXhr(scope: HookScope): void {
  const Xhr = scope.XMLHttpRequest;
  const proto = Xhr?.prototype;
  const originalOpen = proto?.open;
  if (!proto || typeof originalOpen !== 'function') return;
  const addListener = proto.addEventListener;
  const starts = new WeakMap<XMLHttpRequest, XhrStart>();

  function aborted(this: XMLHttpRequest): void {
    const start = starts.get(this);
    if (start) start.aborted = true;
  }

  function loadEnd(this: XMLHttpRequest): void {
    try {
      const start = starts.get(this);
      if (start) xhrEnded(scope, this, start, start.aborted);
    } catch {
      // Best effort, never the page's problem.
    }
    try {
      const start = starts.get(this);
      const url = this.responseURL;
      if (!start || this.status === 0 || !isPanelApiUrl(url)) return;
      if (!isReadableContentType(this.getResponseHeader('content-type'))) return;
      const reply: Reply = {
        url,
        method: start.method,
        status: this.status,
        startedAt: start.startedAt,
        via: 'xhr',
      };
      if (this.responseType === '' || this.responseType === 'text') {
        post(scope, reply, panelFieldsOfText(this.responseText, url));
      } else if (this.responseType === 'json') {
        post(scope, reply, panelFields(this.response, url));
      }
    } catch {
      // Best effort, never the page's problem.
    }
  }

  const open = function (this: XMLHttpRequest, ...args: unknown[]) {
    try {
      if (!starts.has(this)) {
        addListener.call(this, 'loadend', loadEnd);
        addListener.call(this, 'abort', aborted);
      }
      const url = requestUrl(scope, args[1]) ?? '';
      starts.set(this, { method: String(args[0]).toUpperCase(), url, startedAt: Date.now(), aborted: false });
    } catch {
      // An exotic receiver: let the real open() say what is wrong with it.
    }
    return Reflect.apply(originalOpen, this, args);
  };
  // Same attributes as the original (browsers: writable, configurable), so libraries that wrap open() after
  // us (error trackers, players) still can.
  const own = Object.getOwnPropertyDescriptor(proto, 'open') ?? { writable: true, configurable: true };
  Object.defineProperty(proto, 'open', {
    ...own,
    value: lookAlike(open as typeof originalOpen, originalOpen),
  });
}

/**
 * Wraps the scope's fetch and XMLHttpRequest once; returns false when it was already done. Exported for
 * tests only: the build bundles this file as an IIFE, which drops exports.
 */
export function installPanelHook(scope: HookScope): boolean {
  const marked = scope as unknown as Record<symbol, unknown>;
  if (marked[INSTALLED]) return false;
  Object.defineProperty(scope, INSTALLED, { value: true });
  wrapFetch(scope);
  wrapXhr(scope);
  return true;
}

// Only where there is a page to watch (a window); importing this file elsewhere (tests) installs nothing.
if (typeof (globalThis as { dispatchEvent?: unknown }).dispatchEvent === 'function') {
  installPanelHook(globalThis as unknown as HookScope);
}
