/**
 * The stream CDN (cdn.iptv.test): live HLS media playlists and MPEG-TS segments behind signed links.
 * Playlists follow RFC 8216 (a sliding window of the last segments, EXT-X-MEDIA-SEQUENCE advancing with the
 * clock); every segment link is signed again, and a bad or past link is refused like token auth does.
 */
import { channelById } from './catalog.ts';
import { mpegTsSegment, SEGMENT_SECONDS } from './mpegts.ts';
import { nginxError, nginxHeaders, signedUrlRefused } from './pages/origin.ts';
import type { SimResponse } from './response.ts';
import type { HandlerContext, Route } from './routes.ts';
import { checkLink, signPath } from './signing.ts';

const WINDOW_SEGMENTS = 6;
const SEGMENT_LINK_SECONDS = 3_600;
/** How far in the past the misconfigured origin of `expired-signed-url` dates its segment links. */
const EXPIRED_BY_SECONDS = 600;

/** The newest complete segment at `now`. */
function currentSequence(now: number): number {
  return Math.floor(now / (SEGMENT_SECONDS * 1000)) - 1;
}

function refuseBadLink(ctx: HandlerContext): SimResponse | null {
  const check = checkLink(ctx.secret, ctx.url, Math.floor(ctx.page.now / 1000));
  if (check === 'valid') return null;
  return check === 'expired' ? signedUrlRefused(ctx.page, 'expired') : signedUrlRefused(ctx.page, 'invalid');
}

function playlist(ctx: HandlerContext, streamId: number): SimResponse {
  const refused = refuseBadLink(ctx);
  if (refused) return refused;
  if (!channelById(streamId)) return nginxError(ctx.page, 404);
  const nowSeconds = Math.floor(ctx.page.now / 1000);
  const expires =
    ctx.scenario.streamLink === 'expired-segments'
      ? nowSeconds - EXPIRED_BY_SECONDS
      : nowSeconds + SEGMENT_LINK_SECONDS;
  const last = currentSequence(ctx.page.now);
  const first = last - WINDOW_SEGMENTS + 1;
  const lines = [
    '#EXTM3U',
    '#EXT-X-VERSION:3',
    `#EXT-X-TARGETDURATION:${Math.round(SEGMENT_SECONDS)}`,
    `#EXT-X-MEDIA-SEQUENCE:${first}`,
  ];
  for (let sequence = first; sequence <= last; sequence++) {
    const signed = signPath(ctx.secret, `/hls/${streamId}/${sequence}.ts`, expires);
    lines.push(`#EXTINF:${SEGMENT_SECONDS.toFixed(3)},`, signed.slice(`/hls/${streamId}/`.length));
  }
  return {
    status: 200,
    headers: { ...nginxHeaders(ctx.page, 'application/vnd.apple.mpegurl'), 'cache-control': 'no-cache' },
    body: `${lines.join('\n')}\n`,
  };
}

function segment(ctx: HandlerContext, streamId: number, sequence: number | 'live'): SimResponse {
  const refused = refuseBadLink(ctx);
  if (refused) return refused;
  if (!channelById(streamId)) return nginxError(ctx.page, 404);
  const body = mpegTsSegment(sequence === 'live' ? currentSequence(ctx.page.now) : sequence);
  return {
    status: 200,
    headers: { ...nginxHeaders(ctx.page, 'video/mp2t'), 'cache-control': 'max-age=60' },
    body,
  };
}

const PLAYLIST_PATH = /^\/hls\/(\d+)\/index\.m3u8$/;
const SEGMENT_PATH = /^\/hls\/(\d+)\/(\d+|live)\.ts$/;

export function routeCdn(url: URL): Route | null {
  const list = PLAYLIST_PATH.exec(url.pathname);
  if (list) {
    const streamId = Number(list[1]);
    return { endpoint: 'hls-playlist', streamId, handle: (ctx) => playlist(ctx, streamId) };
  }
  const seg = SEGMENT_PATH.exec(url.pathname);
  if (seg) {
    const streamId = Number(seg[1]);
    const sequence = seg[2] === 'live' ? 'live' : Number(seg[2]);
    return { endpoint: 'hls-segment', streamId, handle: (ctx) => segment(ctx, streamId, sequence) };
  }
  return null;
}
