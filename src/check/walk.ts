/**
 * One channel's chain of requests, as a player makes them: HLS master → media playlist → segment, DASH
 * manifest → initialization segment, or a progressive stream's first bytes. It stops at the first answer
 * that proves the channel plays (media bytes) or fails (refusal, transport error, not media).
 */

import { type NextRequest, nextFromDash, nextFromHls } from './manifests.ts';
import { bodyLooksLike, documentKind, mediaKind, utf8 } from './media-bytes.ts';
import type { Requester, Sent } from './requester.ts';
import type { MediaKind, PausedHost, Step } from './types.ts';

/** First bytes read of a stream or segment: enough for several MPEG-TS packets or the first boxes. */
const MEDIA_BYTES = 16 * 1024;
/** Playlists and manifests: a live one is a few kB, a long VOD list can be far more; its start is enough. */
const DOCUMENT_BYTES = 512 * 1024;
/** Requests one walk may make: master, media playlist, segment, and one more for an unexpected nesting. */
const MAX_STEPS = 4;

const MEDIA_EXTENSION = /\.(?:ts|m2ts|mts|mp4|m4s|m4a|m4v|aac|mp3|cmfv|cmfa|mkv|webm|flv)(?:$|[?#])/i;

type WalkFailure =
  | { kind: 'paused'; paused: PausedHost }
  | { kind: 'transport' }
  | { kind: 'refused' }
  | { kind: 'redirect' }
  | { kind: 'not-media'; looksLike: string }
  | { kind: 'no-segment'; reason: 'empty-playlist' | 'no-segment' | 'unreadable' }
  | { kind: 'iptv-list' };

export interface Walk {
  steps: Step[];
  media?: MediaKind;
  /** AES-128 segment: it answered, but its bytes cannot be recognised. */
  encrypted?: boolean;
  failure?: WalkFailure;
  /** The request that failed, for the variants to retry. */
  failedAt?: { url: string; kind: Step['kind']; sent: Sent };
}

function bytesFor(url: string, kind: Step['kind']): number {
  if (kind === 'segment' || kind === 'init') return MEDIA_BYTES;
  try {
    return MEDIA_EXTENSION.test(new URL(url).pathname) ? MEDIA_BYTES : DOCUMENT_BYTES;
  } catch {
    return DOCUMENT_BYTES;
  }
}

function nextStep(next: NextRequest): { url: string; kind: Step['kind']; encrypted: boolean } | null {
  if (next.kind === 'none') return null;
  return { url: next.url, kind: next.kind, encrypted: next.kind === 'segment' && next.encrypted };
}

/**
 * Walks from `url` (whose answer may already be in hand: `first`, so a URL fetched to learn what it is is
 * not fetched twice) until media or a failure.
 */
export async function walk(
  requester: Requester,
  start: { url: string; kind: Step['kind'] },
  headers: Readonly<Record<string, string>>,
  first?: Sent,
  retry = false,
): Promise<Walk> {
  const result: Walk = { steps: [] };
  let url = start.url;
  let kind = start.kind;
  let encrypted = false;
  let prefetched = first;
  for (let count = 0; count < MAX_STEPS; count++) {
    const sent = prefetched ?? (await requester.get(url, headers, bytesFor(url, kind), retry && count === 0));
    prefetched = undefined;
    if (!sent) {
      const paused = requester.paused(url);
      result.failure = paused ? { kind: 'paused', paused } : { kind: 'transport' };
      return result;
    }
    result.steps.push({ kind, exchanges: sent.exchanges, finding: sent.finding });
    const response = sent.response;
    const fail = (failure: WalkFailure): Walk => {
      result.failure = failure;
      result.failedAt = { url, kind, sent };
      return result;
    };
    if (response.status === 0) return fail({ kind: 'transport' });
    if (response.status >= 400 || sent.finding) return fail({ kind: 'refused' });
    if (response.status >= 300) return fail({ kind: 'redirect' });
    if (encrypted) {
      result.encrypted = true;
      return result;
    }
    const media = mediaKind(response.bytes);
    if (media) {
      result.media = media;
      return result;
    }
    const text = utf8(response.bytes);
    const document = documentKind(text);
    let next: NextRequest | null = null;
    if (document === 'hls') next = nextFromHls(text, response.url);
    else if (document === 'dash') next = nextFromDash(text, response.url);
    else if (document === 'm3u') return fail({ kind: 'iptv-list' });
    else return fail({ kind: 'not-media', looksLike: bodyLooksLike(response.bytes) });
    const step = nextStep(next);
    if (!step) return fail({ kind: 'no-segment', reason: next.kind === 'none' ? next.reason : 'unreadable' });
    if (count === 0 && kind !== 'media-playlist' && step.kind === 'media-playlist')
      result.steps[0]!.kind = 'master';
    else if (document === 'hls' && kind !== 'master')
      result.steps[result.steps.length - 1]!.kind = 'media-playlist';
    else if (document === 'dash') result.steps[result.steps.length - 1]!.kind = 'manifest';
    url = step.url;
    kind = step.kind;
    encrypted = step.encrypted;
  }
  result.failure = { kind: 'no-segment', reason: 'unreadable' };
  return result;
}
