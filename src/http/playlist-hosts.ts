/**
 * The hosts an M3U/M3U8 playlist points at, so the options page can offer to watch them in one go. Only host
 * names leave this function: Xtream-style playlist lines carry the username and password in the URL path
 * (`/live/<user>/<pass>/<id>.ts`), and nothing of that must be kept.
 *
 * Sources for the lines we read:
 * - `#EXTM3U url-tvg="…"` / `x-tvg-url="…"`: the EPG address of IPTV playlists (de-facto attributes read by
 *   players such as Kodi's PVR IPTV Simple client and VLC);
 * - `#EXT-X-KEY:…URI="…"`, `#EXT-X-MEDIA:…URI="…"`, `#EXT-X-MAP:URI="…"`: RFC 8216 §4.3.2.4, §4.3.4.1, §4.3.2.5;
 * - any other non-comment line is a media or variant URI (RFC 8216 §4.1).
 * `tvg-logo` images are skipped: a logo server is not where a channel gets refused.
 */
import { checkHost } from './host-patterns.ts';

type PlaylistUse = 'stream' | 'epg' | 'key';

interface PlaylistHost {
  host: string;
  /** How many lines pointed there; the biggest is usually the streaming server. */
  count: number;
  uses: PlaylistUse[];
}

export interface PlaylistHosts {
  hosts: PlaylistHost[];
  /** URI lines that gave no watchable host (relative without a base, udp://, rtmp://, garbage). */
  skipped: number;
  /** False when the text did not start with `#EXTM3U`: still read, as a plain list of URLs. */
  isM3u: boolean;
}

const EPG_ATTRIBUTE = /\b(?:url-tvg|x-tvg-url|tvg-url)="([^"]*)"/gi;
const URI_ATTRIBUTE = /\bURI="([^"]*)"/i;
const URI_TAGS: ReadonlyArray<readonly [string, PlaylistUse]> = [
  ['#EXT-X-KEY:', 'key'],
  ['#EXT-X-SESSION-KEY:', 'key'],
  ['#EXT-X-MEDIA:', 'stream'],
  ['#EXT-X-MAP:', 'stream'],
  ['#EXT-X-I-FRAME-STREAM-INF:', 'stream'],
];

/** Only http(s) can be watched: the extension sees web requests, not udp multicast or rtmp. */
function webHost(reference: string, baseUrl: string | undefined): string | null {
  let url: URL;
  try {
    url = baseUrl ? new URL(reference, baseUrl) : new URL(reference);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const check = checkHost(url.hostname);
  return check.ok ? check.host : null;
}

export function playlistHosts(text: string, baseUrl?: string): PlaylistHosts {
  const found = new Map<string, { count: number; uses: Set<PlaylistUse> }>();
  let skipped = 0;
  const note = (reference: string, use: PlaylistUse) => {
    const host = webHost(reference.trim(), baseUrl);
    if (host === null) {
      skipped += 1;
      return;
    }
    const entry = found.get(host) ?? { count: 0, uses: new Set<PlaylistUse>() };
    entry.count += 1;
    entry.uses.add(use);
    found.set(host, entry);
  };
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  const isM3u = (lines[0] ?? '').trim().toUpperCase().startsWith('#EXTM3U');
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (!line.startsWith('#')) {
      note(line, 'stream');
      continue;
    }
    if (line.toUpperCase().startsWith('#EXTM3U')) {
      for (const match of line.matchAll(EPG_ATTRIBUTE)) {
        // Some playlists list several EPG addresses in one attribute, separated by commas.
        for (const address of (match[1] ?? '').split(',')) if (address.trim()) note(address, 'epg');
      }
      continue;
    }
    const tag = URI_TAGS.find(([prefix]) => line.toUpperCase().startsWith(prefix));
    const uri = tag ? URI_ATTRIBUTE.exec(line)?.[1] : undefined;
    if (tag && uri) note(uri, tag[1]);
  }
  const hosts = [...found].map(([host, { count, uses }]) => ({ host, count, uses: [...uses].sort() }));
  hosts.sort((a, b) => b.count - a.count || a.host.localeCompare(b.host));
  return { hosts, skipped, isM3u };
}
