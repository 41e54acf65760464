/**
 * The simulated provider's line-up and programme guide, generated from the clock so it always has a
 * "now" and a "next". Formats: Xtream Codes' get_live_categories / get_live_streams / get_short_epg JSON,
 * the #EXTM3U playlist of get.php (m3u_plus attributes tvg-id, tvg-name, tvg-logo, group-title) and XMLTV.
 */
import { escapeHtml } from './response.ts';

export interface Channel {
  streamId: number;
  name: string;
  epgId: string;
  categoryId: string;
}

export const CATEGORIES = [
  { category_id: '1', category_name: 'FR | Information', parent_id: 0 },
  { category_id: '2', category_name: 'FR | Sport', parent_id: 0 },
  { category_id: '3', category_name: 'FR | Jeunesse', parent_id: 0 },
] as const;

const CHANNELS: readonly Channel[] = [
  { streamId: 101, name: 'Démo Info', epgId: 'demo-info.fr', categoryId: '1' },
  { streamId: 102, name: 'Démo Monde', epgId: 'demo-monde.fr', categoryId: '1' },
  { streamId: 103, name: 'Démo Sport', epgId: 'demo-sport.fr', categoryId: '2' },
  { streamId: 104, name: 'Démo Sport 2', epgId: 'demo-sport2.fr', categoryId: '2' },
  { streamId: 105, name: 'Démo Kids', epgId: 'demo-kids.fr', categoryId: '3' },
];

export function channelById(streamId: number): Channel | undefined {
  return CHANNELS.find((c) => c.streamId === streamId);
}

const PROGRAMME_MINUTES = 30;
const TITLES = ['Journal', 'Magazine', 'Direct', 'Reportage', 'Débat', 'Rediffusion'];

interface Programme {
  channel: Channel;
  title: string;
  start: number;
  stop: number;
}

/** Half-hour slots from one slot before `now`, `count` of them, titles rotating by channel and slot. */
function programmes(channel: Channel, now: number, count: number): Programme[] {
  const slot = PROGRAMME_MINUTES * 60_000;
  const first = Math.floor(now / slot) * slot - slot;
  const list: Programme[] = [];
  for (let i = 0; i < count; i++) {
    const start = first + i * slot;
    const title = TITLES[(channel.streamId + start / slot) % TITLES.length] ?? 'Programme';
    list.push({ channel, title: `${title} — ${channel.name}`, start, stop: start + slot });
  }
  return list;
}

export function liveStreamsJson(): object[] {
  return CHANNELS.map((c, index) => ({
    num: index + 1,
    name: c.name,
    stream_type: 'live',
    stream_id: c.streamId,
    stream_icon: '',
    epg_channel_id: c.epgId,
    added: '1700000000',
    category_id: c.categoryId,
    custom_sid: '',
    tv_archive: 0,
    direct_source: '',
    tv_archive_duration: 0,
  }));
}

/** get_short_epg: titles and descriptions are base64, times as "YYYY-MM-DD HH:MM:SS" plus unix stamps. */
export function shortEpgJson(channel: Channel, now: number, limit: number): object {
  const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
  const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  return {
    epg_listings: programmes(channel, now, limit).map((p, i) => ({
      id: String(channel.streamId * 1000 + i),
      epg_id: '1',
      title: b64(p.title),
      lang: 'fr',
      start: stamp(p.start),
      end: stamp(p.stop),
      description: b64(`Programme simulé sur ${channel.name}.`),
      channel_id: channel.epgId,
      start_timestamp: String(p.start / 1000),
      stop_timestamp: String(p.stop / 1000),
    })),
  };
}

export function m3uPlaylist(
  panelOrigin: string,
  username: string,
  password: string,
  extension: string,
): string {
  const lines = ['#EXTM3U'];
  for (const c of CHANNELS) {
    const group = CATEGORIES.find((cat) => cat.category_id === c.categoryId)?.category_name ?? '';
    lines.push(
      `#EXTINF:-1 tvg-id="${c.epgId}" tvg-name="${c.name}" tvg-logo="" group-title="${group}",${c.name}`,
    );
    lines.push(`${panelOrigin}/live/${username}/${password}/${c.streamId}.${extension}`);
  }
  return `${lines.join('\n')}\n`;
}

/** XMLTV times: "YYYYMMDDHHMMSS +0000". */
function xmltvTime(ms: number): string {
  return `${new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14)} +0000`;
}

export function xmltvGuide(now: number): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<tv generator-info-name="iptv-access-lens-sim">'];
  for (const c of CHANNELS) {
    out.push(`  <channel id="${c.epgId}"><display-name>${escapeHtml(c.name)}</display-name></channel>`);
  }
  for (const c of CHANNELS) {
    for (const p of programmes(c, now, 6)) {
      out.push(
        `  <programme start="${xmltvTime(p.start)}" stop="${xmltvTime(p.stop)}" channel="${c.epgId}"><title lang="fr">${escapeHtml(p.title)}</title></programme>`,
      );
    }
  }
  out.push('</tv>');
  return `${out.join('\n')}\n`;
}
