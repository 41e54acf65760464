/**
 * The Test page's door to the browser (with popup/browser.ts, whose host grants and messages it reuses):
 * declarativeNetRequest session rules for the check's own identity headers (Chrome), and the form kept in
 * `storage.session` (memory only, gone when the browser closes, never synced or exported) so a reload of the
 * page does not lose what was typed. No other Test page file touches `chrome`/`browser`.
 */
import type { Header } from '../../src/types.ts';
import type { HeaderRules } from './fetch-transport.ts';

declare const __BROWSER__: string | undefined;

const api: typeof chrome = (globalThis as { browser?: typeof chrome }).browser ?? globalThis.chrome;

export const BROWSER: 'chrome' | 'firefox' =
  typeof __BROWSER__ === 'string' && __BROWSER__ === 'firefox' ? 'firefox' : 'chrome';

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let nextRuleId = 1 + Math.floor(Math.random() * 1_000_000);

/**
 * Chrome: one session rule per request, matching exactly that URL from this extension, removed as soon as
 * the answer is in. Firefox does not apply header rules to an extension page's own requests (see
 * fetch-transport.ts): null there, and the proofs that need them are reported as not sendable.
 */
export function headerRules(): HeaderRules | null {
  const dnr = api.declarativeNetRequest;
  if (BROWSER !== 'chrome' || !dnr?.updateSessionRules) return null;
  return {
    async apply(url: string, headers: readonly Header[]) {
      const id = nextRuleId++;
      await dnr.updateSessionRules({
        addRules: [
          {
            id,
            priority: 1,
            action: {
              type: 'modifyHeaders' as chrome.declarativeNetRequest.RuleActionType,
              requestHeaders: headers.map((header) => ({
                header: header.name.toLowerCase(),
                operation: 'set' as chrome.declarativeNetRequest.HeaderOperation,
                value: header.value,
              })),
            },
            condition: {
              regexFilter: `^${escapeRegex(url)}$`,
              initiatorDomains: [api.runtime.id],
              resourceTypes: ['xmlhttprequest' as chrome.declarativeNetRequest.ResourceType],
            },
          },
        ],
      });
      return async () => {
        await dnr.updateSessionRules({ removeRuleIds: [id] });
      };
    },
  };
}

const FORM_KEY = 'check-form';

/** The form as typed, credentials included: session storage only (memory, this browser session). */
export async function readForm<T>(): Promise<T | undefined> {
  const area = api.storage.session;
  if (!area) return undefined;
  const stored = await area.get(FORM_KEY).catch(() => ({}) as Record<string, unknown>);
  return stored[FORM_KEY] as T | undefined;
}

export async function writeForm(form: unknown): Promise<void> {
  await api.storage.session?.set({ [FORM_KEY]: form }).catch(() => undefined);
}
