/**
 * The check lab's channel line-up: one playlist where each channel fails (or works) its own way, and a big
 * healthy playlist spread over many hosts for the benchmark. Each behaviour answers the way the matching
 * real server does: a user-agent or referrer rule of the service (a bare nginx 403), a CDN's geo page, an
 * expired signed link, an Xtream account at its connection limit, a missing channel, an origin behind
 * Cloudflare that is down, a channel that never answers, an HTML page where media should be.
 */
import { cloudFrontGeoBlock } from '../pages/aws.ts';
import { cloudflareOriginError } from '../pages/cloudflare.ts';
import { nginxError, signedUrlRefused } from '../pages/origin.ts';
import type { PageContext, SimResponse } from '../response.ts';
import {
  dashManifest,
  headers,
  initSegment,
  masterPlaylist,
  mediaPlaylist,
  segment,
  tsStream,
} from './streams.ts';

/** The user agent the playlist names for the channel whose server wants it (an IPTV app's). */
const APP_USER_AGENT = 'IPTVSmartersPro/1.1.1 (Linux; Android 11)';
/** A token planted in a working channel's URL: no output may show it. */
export const PLANTED_TOKEN = 'tok3n-Pl4nted-9f8e7d';

type Behaviour =
  | 'ok-hls'
  | 'ok-ts'
  | 'ok-dash'
  | 'ua-playlist'
  | 'ua-player'
  | 'referer'
  | 'referer-given'
  | 'geo'
  | 'expired-token'
  | 'connections-full'
  | 'dead'
  | 'origin-down'
  | 'slow'
  | 'not-media';

export interface LabLinks {
  origin(host: string): string;
}

interface Entry {
  behaviour: Behaviour;
  name: string;
  group: string;
  url: string;
  lines?: string[];
}

/** The behaviour playlist: one channel per behaviour, in a fixed order. */
export function behaviourEntries(links: LabLinks, now: number): Entry[] {
  const tv = links.origin('tv');
  const edge = links.origin('edge');
  const past = Math.floor(now / 1000) - 3600;
  return [
    {
      behaviour: 'ok-hls',
      name: 'Lab HLS',
      group: 'Works',
      url: `${tv}/hls/1/master.m3u8?token=${PLANTED_TOKEN}`,
    },
    { behaviour: 'ok-ts', name: 'Lab TS', group: 'Works', url: `${tv}/live/2.ts` },
    { behaviour: 'ok-dash', name: 'Lab DASH', group: 'Works', url: `${tv}/dash/3/manifest.mpd` },
    {
      behaviour: 'ua-playlist',
      name: 'Lab app UA',
      group: 'Rules',
      url: `${tv}/ua/4.ts`,
      lines: [`#EXTVLCOPT:http-user-agent=${APP_USER_AGENT}`],
    },
    { behaviour: 'ua-player', name: 'Lab player UA', group: 'Rules', url: `${tv}/uaplayer/5.ts` },
    { behaviour: 'referer', name: 'Lab referrer', group: 'Rules', url: `${tv}/ref/6.m3u8` },
    {
      behaviour: 'referer-given',
      name: 'Lab referrer given',
      group: 'Rules',
      url: `${tv}/ref/7.m3u8`,
      lines: [`#EXTVLCOPT:http-referrer=${tv}/`],
    },
    { behaviour: 'geo', name: 'Lab geo', group: 'Blocked', url: `${edge}/geo/8.m3u8` },
    {
      behaviour: 'expired-token',
      name: 'Lab expired link',
      group: 'Blocked',
      url: `${tv}/signed/9.ts?expires=${past}&token=${PLANTED_TOKEN}`,
    },
    {
      behaviour: 'connections-full',
      name: 'Lab account full',
      group: 'Blocked',
      url: `${links.origin('xtream')}/live/full-7c1/fu11-Pass-3390/10.ts`,
    },
    { behaviour: 'dead', name: 'Lab dead', group: 'Broken', url: `${tv}/dead/11.ts` },
    { behaviour: 'origin-down', name: 'Lab origin down', group: 'Broken', url: `${edge}/down/12.m3u8` },
    { behaviour: 'slow', name: 'Lab slow', group: 'Broken', url: `${tv}/slow/13.ts` },
    { behaviour: 'not-media', name: 'Lab not media', group: 'Broken', url: `${tv}/notmedia/14.ts` },
  ];
}

export function m3u(entries: readonly Entry[]): string {
  const lines = ['#EXTM3U'];
  for (const entry of entries) {
    lines.push(`#EXTINF:-1 tvg-id="${entry.behaviour}.lab" group-title="${entry.group}",${entry.name}`);
    lines.push(...(entry.lines ?? []), entry.url);
  }
  return `${lines.join('\n')}\n`;
}

/** The benchmark's healthy list: `channels` channels over `hosts` hosts, MPEG-TS or HLS. */
export function bigPlaylist(links: LabLinks, channels: number, hosts: number, kind: 'ts' | 'hls'): string {
  const lines = ['#EXTM3U'];
  for (let index = 0; index < channels; index++) {
    const host = `s${String((index % hosts) + 1).padStart(2, '0')}`;
    const path = kind === 'hls' ? `/hls/${index}/index.m3u8` : `/live/${index}.ts`;
    lines.push(
      `#EXTINF:-1 tvg-id="ch${index}.lab" group-title="Group ${index % 10}",Channel ${index}`,
      `${links.origin(host)}${path}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export type Answer = SimResponse | { hang: true };

/** The routes every stream host serves (tv, edge and the benchmark's sNN hosts). */
export function streamRoute(
  url: URL,
  request: { userAgent: string; referer: string },
  ctx: PageContext,
  links: LabLinks,
): Answer | null {
  const path = url.pathname;
  const now = ctx.now;
  let match = /^\/hls\/(\d+)\/master\.m3u8$/.exec(path);
  if (match) return masterPlaylist(now);
  match = /^\/hls\/(\d+)\/(?:(?:low|high)\/)?index\.m3u8$/.exec(path);
  if (match) return mediaPlaylist(now);
  match = /^\/(?:hls\/\d+\/(?:(?:low|high)\/)?|ref\/)seg-(\d+)\.ts$/.exec(path);
  if (match) return segment(Number(match[1]), now);
  if (/^\/live\/\d+\.ts$/.test(path)) return tsStream(now);
  if (/^\/dash\/\d+\/manifest\.mpd$/.test(path)) return dashManifest(now);
  if (/^\/dash\/\d+\/init-v1\.mp4$/.test(path)) return initSegment(now);
  if (/^\/ua\/\d+\.ts$/.test(path))
    return request.userAgent === APP_USER_AGENT ? tsStream(now) : nginxError(ctx, 403);
  if (/^\/uaplayer\/\d+\.ts$/.test(path))
    return /^VLC\//.test(request.userAgent) ? tsStream(now) : nginxError(ctx, 403);
  // A hotlink rule: the playlist only with the service's own site as referrer; its segments are free.
  if (/^\/ref\/\d+\.m3u8$/.test(path))
    return request.referer === `${links.origin('tv')}/` ? mediaPlaylist(now) : nginxError(ctx, 403);
  if (/^\/geo\/\d+\.m3u8$/.test(path)) return cloudFrontGeoBlock(ctx);
  if (/^\/signed\/\d+\.ts$/.test(path)) {
    const expires = Number(url.searchParams.get('expires'));
    return expires * 1000 < now ? signedUrlRefused(ctx, 'expired') : tsStream(now);
  }
  if (/^\/dead\/\d+\.ts$/.test(path)) return nginxError(ctx, 404);
  if (/^\/down\/\d+\.m3u8$/.test(path)) return cloudflareOriginError(ctx, 522);
  if (/^\/slow\/\d+\.ts$/.test(path)) return { hang: true };
  if (/^\/notmedia\/\d+\.ts$/.test(path)) {
    return {
      status: 200,
      headers: headers('text/html; charset=utf-8', now),
      body: '<!DOCTYPE html><html><head><title>Welcome</title></head><body><h1>Welcome to our TV service</h1></body></html>\n',
    };
  }
  return null;
}
