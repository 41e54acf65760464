/**
 * One port, several sites: the Host header says which. `*.iptv.test` needs the browser's
 * `--host-resolver-rules="MAP *.iptv.test 127.0.0.1"`; `*.localhost` resolves to loopback in browsers
 * without any setup (RFC 6761 §6.3), and bare 127.0.0.1/localhost serve the player.
 */

type Site = 'player' | 'panel' | 'cdn' | 'epg';

const DOMAINS = ['iptv.test', 'localhost'] as const;
export type Domain = (typeof DOMAINS)[number];

const SITES: ReadonlySet<string> = new Set<Site>(['player', 'panel', 'cdn', 'epg']);

export interface HostInfo {
  site: Site;
  domain: Domain;
}

function hostName(hostHeader: string): string {
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const colon = host.lastIndexOf(':');
  return colon >= 0 ? host.slice(0, colon) : host;
}

/** null when the Host is not one of ours (the server then answers 421 Misdirected Request). */
export function parseHost(hostHeader: string): HostInfo | null {
  const name = hostName(hostHeader);
  if (name === '127.0.0.1' || name === 'localhost' || name === '[::1]')
    return { site: 'player', domain: 'localhost' };
  if (name === 'iptv.test') return { site: 'player', domain: 'iptv.test' };
  for (const domain of DOMAINS) {
    if (!name.endsWith(`.${domain}`)) continue;
    const label = name.slice(0, -domain.length - 1);
    if (SITES.has(label)) return { site: label as Site, domain };
  }
  return null;
}

/** The simulator must never be reachable from another machine. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
