/**
 * Watched hosts ⇄ match patterns. A watched host is `example.tv` or `*.example.tv` (the domain and every
 * subdomain, as a match pattern's `*.` means). Patterns carry no port: Firefox rejects ports in match
 * patterns (MDN "Match patterns") and Chrome reads a missing port as any port, which IPTV panels on :8080
 * or :25461 need. Chrome also refuses `*.tv`-style wildcards on a bare TLD (developer.chrome.com
 * "Match patterns"), and `*` alone would be every site, which is not what a watched host means.
 */

export type HostProblem = 'empty' | 'all-hosts' | 'wildcard-position' | 'wildcard-tld' | 'invalid';

export type HostCheck = { ok: true; host: string } | { ok: false; problem: HostProblem };

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const LABEL = /^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const ALL_HOSTS = new Set(['*', '*.*', '<all_urls>', '*://*/*', 'http://*/*', 'https://*/*']);

function hostnameOf(text: string): string | null {
  try {
    return new URL(SCHEME.test(text) ? text : `http://${text}`).hostname.replace(/\.$/, '');
  } catch {
    return null;
  }
}

function validHostname(hostname: string): boolean {
  if (hostname.startsWith('[') && hostname.endsWith(']')) return true;
  if (IPV4.test(hostname)) return hostname.split('.').every((part) => Number(part) <= 255);
  return hostname.length <= 253 && hostname.split('.').every((label) => LABEL.test(label));
}

/** Checks what a person typed or pasted (bare host, URL, host:port, `*.domain`); lowercase punycode out. */
export function checkHost(input: string): HostCheck {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  if (ALL_HOSTS.has(text)) return { ok: false, problem: 'all-hosts' };
  const withoutScheme = text.replace(SCHEME, '');
  const wildcard = withoutScheme.startsWith('*.');
  const rest = wildcard ? withoutScheme.slice(2) : withoutScheme;
  if (rest.includes('*')) return { ok: false, problem: 'wildcard-position' };
  const hostname = hostnameOf(rest);
  if (hostname === null || hostname === '' || !validHostname(hostname))
    return { ok: false, problem: 'invalid' };
  if (!wildcard) return { ok: true, host: hostname };
  if (!hostname.includes('.') || IPV4.test(hostname) || hostname.startsWith('[')) {
    return { ok: false, problem: 'wildcard-tld' };
  }
  return { ok: true, host: `*.${hostname}` };
}

/**
 * A single host worth offering to watch from what a page reported: a valid name with no wildcard. A page
 * can forge its reports (src/capture/page-report.ts), and `https://*\/` must never become an all-sites request.
 */
export function plainHost(input: string): string | null {
  const check = checkHost(input);
  return check.ok && !check.host.includes('*') && check.host === input ? check.host : null;
}

export function normalizeHost(input: string): string | null {
  const check = checkHost(input);
  return check.ok ? check.host : null;
}

/** A text area's content (one host per line, or commas) → valid hosts and the entries that were refused. */
export function parseHostList(text: string): {
  hosts: string[];
  invalid: Array<{ input: string; problem: HostProblem }>;
} {
  const hosts = new Set<string>();
  const invalid: Array<{ input: string; problem: HostProblem }> = [];
  for (const input of text.split(/[\s,;]+/)) {
    if (input === '') continue;
    const check = checkHost(input);
    if (check.ok) hosts.add(check.host);
    else invalid.push({ input, problem: check.problem });
  }
  return { hosts: [...hosts].sort(), invalid };
}

/**
 * `*://host/*`: http and https on any port and path, for webRequest's URL filter. Not for
 * `permissions.request`: Chrome checks requested origins against optional_host_permissions per scheme,
 * so the UI asks for `http://host/*` and `https://host/*` (see popup/browser.ts).
 */
export function matchPattern(host: string): string {
  return `*://${host}/*`;
}

/** The webRequest URL filter for a host list; empty means "do not listen". */
export function urlFilter(hosts: readonly string[]): string[] {
  return [...new Set(hosts)].sort().map(matchPattern);
}

/** The host a granted origin covers; null for broad grants (`<all_urls>`, `https://*\/*`) we never watch. */
export function hostOfPattern(pattern: string): string | null {
  const match = /^(?:\*|https?|wss?):\/\/([^/]+)\/.*$/.exec(pattern);
  const host = match?.[1];
  if (!host || host === '*') return null;
  return normalizeHost(host);
}

/** Granted origins → sorted, de-duplicated hosts (the http and https grants of one host are one host). */
export function hostsOfPatterns(patterns: readonly string[]): string[] {
  const hosts = patterns.map(hostOfPattern).filter((host): host is string => host !== null);
  return [...new Set(hosts)].sort();
}

/** Whether one watched host covers a hostname, with match-pattern semantics. */
export function hostCovers(watched: string, hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  if (!watched.startsWith('*.')) return name === watched;
  const base = watched.slice(2);
  return name === base || name.endsWith(`.${base}`);
}

export function isWatched(hosts: readonly string[], hostname: string): boolean {
  return hosts.some((watched) => hostCovers(watched, hostname));
}

/** Hostname of a URL, or undefined for anything unparsable. */
export function hostOfUrl(url: string): string | undefined {
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}
