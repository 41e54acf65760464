/**
 * What the check lab's stream hosts serve when a channel works: HLS (master, media playlist, MPEG-TS
 * segments), DASH (an MPD and its fMP4 initialization segment) and progressive MPEG-TS. The TS bytes are
 * the simulator's real segments (sim/mpegts.ts); the init segment is a minimal ISO BMFF `ftyp` + `moov`
 * (ISO/IEC 14496-12 §4.3, §8.2), enough for a player, and for the check, to see an MP4 start.
 */
import { mpegTsSegment, SEGMENT_SECONDS } from '../mpegts.ts';
import type { SimResponse } from '../response.ts';

const SEGMENTS_IN_WINDOW = 6;

function box(type: string, payload: readonly number[]): number[] {
  const size = 8 + payload.length;
  return [
    (size >>> 24) & 0xff,
    (size >>> 16) & 0xff,
    (size >>> 8) & 0xff,
    size & 0xff,
    ...[...type].map((c) => c.charCodeAt(0)),
    ...payload,
  ];
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** ftyp (major brand iso6, compatible iso6/dash) then an empty moov with its mvhd-less header. */
export const FMP4_INIT = new Uint8Array([
  ...box('ftyp', [...ascii('iso6'), 0, 0, 0, 0, ...ascii('iso6'), ...ascii('dash')]),
  ...box('moov', box('mvex', [])),
]);

export function headers(
  contentType: string,
  now: number,
  extra: Record<string, string> = {},
): Record<string, string> {
  return { server: 'nginx', date: new Date(now).toUTCString(), 'content-type': contentType, ...extra };
}

/** A live server hands every viewer the same few segments: built once, served from memory. */
const built = new Map<number, Uint8Array>();
function cachedSegment(sequence: number): Uint8Array {
  let bytes = built.get(sequence);
  if (!bytes) {
    bytes = mpegTsSegment(sequence);
    built.set(sequence, bytes);
    if (built.size > 16) built.delete(built.keys().next().value as number);
  }
  return bytes;
}

export function tsStream(now: number): SimResponse {
  return {
    status: 200,
    headers: headers('video/mp2t', now),
    body: cachedSegment(Math.floor(now / (SEGMENT_SECONDS * 1000))),
  };
}

export function masterPlaylist(now: number): SimResponse {
  const body = [
    '#EXTM3U',
    '#EXT-X-VERSION:3',
    '#EXT-X-STREAM-INF:BANDWIDTH=2500000,RESOLUTION=1280x720',
    'high/index.m3u8',
    '#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360',
    'low/index.m3u8',
    '',
  ].join('\n');
  return { status: 200, headers: headers('application/vnd.apple.mpegurl', now), body };
}

export function mediaPlaylist(now: number): SimResponse {
  const last = Math.floor(now / (SEGMENT_SECONDS * 1000));
  const first = last - SEGMENTS_IN_WINDOW + 1;
  const lines = [
    '#EXTM3U',
    '#EXT-X-VERSION:3',
    `#EXT-X-TARGETDURATION:${Math.ceil(SEGMENT_SECONDS)}`,
    `#EXT-X-MEDIA-SEQUENCE:${first}`,
  ];
  for (let sequence = first; sequence <= last; sequence++)
    lines.push(`#EXTINF:${SEGMENT_SECONDS.toFixed(3)},`, `seg-${sequence}.ts`);
  return {
    status: 200,
    headers: headers('application/vnd.apple.mpegurl', now, { 'cache-control': 'no-cache' }),
    body: `${lines.join('\n')}\n`,
  };
}

export function segment(sequence: number, now: number): SimResponse {
  return { status: 200, headers: headers('video/mp2t', now), body: cachedSegment(sequence) };
}

export function dashManifest(now: number): SimResponse {
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<MPD xmlns="urn:mpeg:dash:schema:mpd:2011" type="static" mediaPresentationDuration="PT60S" minBufferTime="PT2S" profiles="urn:mpeg:dash:profile:isoff-live:2011">
  <Period id="1" start="PT0S">
    <AdaptationSet mimeType="video/mp4" segmentAlignment="true">
      <SegmentTemplate initialization="init-$RepresentationID$.mp4" media="seg-$RepresentationID$-$Number$.m4s" startNumber="1" duration="2" timescale="1"/>
      <Representation id="v1" bandwidth="800000" codecs="avc1.42c01e" width="640" height="360"/>
    </AdaptationSet>
  </Period>
</MPD>
`;
  return { status: 200, headers: headers('application/dash+xml', now), body };
}

export function initSegment(now: number): SimResponse {
  return { status: 200, headers: headers('video/mp4', now), body: FMP4_INIT };
}
