/**
 * From a playlist or manifest to the next request a player would make. `m3u8-parser` (HLS, RFC 8216) and
 * `mpd-parser` (DASH, ISO/IEC 23009-1) read the documents and resolve the URIs; this file only chooses,
 * the way a player starts a stream:
 * - HLS master → the lowest-bandwidth variant (the least bytes asked of the server);
 * - HLS media playlist → a live stream's segment three target durations from the end (RFC 8216 §6.3.3:
 *   a client should not start closer to the end), a VOD's first segment;
 * - DASH → the first representation's initialization segment (or its first segment when it has none).
 */
import { Parser } from 'm3u8-parser';
import { parse as parseMpd } from 'mpd-parser';

export type NextRequest =
  | { kind: 'media-playlist'; url: string }
  | { kind: 'segment'; url: string; encrypted: boolean }
  | { kind: 'init'; url: string }
  | { kind: 'none'; reason: 'empty-playlist' | 'no-segment' | 'unreadable' };

function resolve(uri: string, base: string): string | null {
  try {
    return new URL(uri, base).href;
  } catch {
    return null;
  }
}

export function nextFromHls(text: string, baseUrl: string): NextRequest {
  const parser = new Parser();
  parser.on('warn', () => undefined);
  parser.on('info', () => undefined);
  try {
    parser.push(text);
    parser.end();
  } catch {
    return { kind: 'none', reason: 'unreadable' };
  }
  const manifest = parser.manifest;
  const variants = manifest.playlists ?? [];
  if (variants.length > 0) {
    const lowest = [...variants].sort(
      (a, b) =>
        (Number(a.attributes?.BANDWIDTH) || Number.MAX_SAFE_INTEGER) -
        (Number(b.attributes?.BANDWIDTH) || Number.MAX_SAFE_INTEGER),
    )[0];
    const url = lowest ? resolve(lowest.uri, baseUrl) : null;
    return url ? { kind: 'media-playlist', url } : { kind: 'none', reason: 'unreadable' };
  }
  const segments = manifest.segments ?? [];
  if (segments.length === 0) return { kind: 'none', reason: 'empty-playlist' };
  const live = !manifest.endList;
  const index = live ? Math.max(0, segments.length - 3) : 0;
  const segment = segments[index];
  if (!segment?.uri) return { kind: 'none', reason: 'no-segment' };
  const url = resolve(segment.uri, baseUrl);
  if (!url) return { kind: 'none', reason: 'unreadable' };
  // AES-128 encrypts the whole segment: its bytes cannot be recognised. SAMPLE-AES keeps the container.
  const encrypted = (segment.key?.method ?? 'NONE').toUpperCase() === 'AES-128';
  return { kind: 'segment', url, encrypted };
}

interface MpdSegment {
  resolvedUri?: string;
  map?: { resolvedUri?: string };
}

interface MpdPlaylist {
  segments?: MpdSegment[];
  sidx?: { resolvedUri?: string };
}

export function nextFromDash(text: string, baseUrl: string): NextRequest {
  let manifest: { playlists?: MpdPlaylist[] };
  try {
    manifest = parseMpd(text, { manifestUri: baseUrl }) as { playlists?: MpdPlaylist[] };
  } catch {
    return { kind: 'none', reason: 'unreadable' };
  }
  const playlist = manifest.playlists?.[0];
  if (!playlist) return { kind: 'none', reason: 'empty-playlist' };
  const first = playlist.segments?.[0];
  const init = first?.map?.resolvedUri ?? playlist.sidx?.resolvedUri;
  if (init) return { kind: 'init', url: init };
  if (first?.resolvedUri) return { kind: 'segment', url: first.resolvedUri, encrypted: false };
  return { kind: 'none', reason: 'no-segment' };
}
