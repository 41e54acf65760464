/**
 * The check lab's Xtream Codes panel (xtream.lab.localhost): player_api.php (login, get_live_categories,
 * get_live_streams), get.php, xmltv.php and /live/USER/PASS/ID.ts, which redirects to the stream host.
 * Reply shapes follow the Xtream Codes API (worldofiptvcom/xtream-codes-api, panel v2.9.2); numbers are
 * strings as the panel sends them. Accounts: one that works (good-5d0), one at its connection limit (full-7c1), one expired (exp-4b2).
 */
import { nginxError, panelRefusal } from '../pages/origin.ts';
import type { PageContext, SimResponse } from '../response.ts';
import type { LabLinks } from './channels.ts';
import { headers } from './streams.ts';

interface LabAccount {
  password: string;
  status: 'Active' | 'Expired';
  expired: boolean;
  active: number;
  max: number;
}

export const XTREAM_ACCOUNTS: Readonly<Record<string, LabAccount>> = {
  'good-5d0': { password: 'g00d-Pass-7731', status: 'Active', expired: false, active: 0, max: 2 },
  'full-7c1': { password: 'fu11-Pass-3390', status: 'Active', expired: false, active: 2, max: 2 },
  'exp-4b2': { password: 'exp1red-Pass-5520', status: 'Expired', expired: true, active: 0, max: 1 },
};

const CATEGORIES = [
  { category_id: '1', category_name: 'Lab | News', parent_id: 0 },
  { category_id: '2', category_name: 'Lab | Sport', parent_id: 0 },
];

const STREAMS = [
  { stream_id: 201, name: 'Lab News 1', category_id: '1' },
  { stream_id: 202, name: 'Lab News 2', category_id: '1' },
  { stream_id: 203, name: 'Lab Sport 1', category_id: '2' },
  { stream_id: 204, name: 'Lab Sport 2', category_id: '2' },
];

function json(value: unknown, ctx: PageContext): SimResponse {
  return { status: 200, headers: headers('application/json', ctx.now), body: JSON.stringify(value) };
}

function account(user: string | null, pass: string | null): LabAccount | null {
  const found = user ? XTREAM_ACCOUNTS[user] : undefined;
  return found && found.password === pass ? found : null;
}

function loginReply(user: string, found: LabAccount, ctx: PageContext, links: LabLinks): object {
  const now = Math.floor(ctx.now / 1000);
  return {
    user_info: {
      username: user,
      password: found.password,
      message: '',
      auth: 1,
      status: found.status,
      exp_date: String(found.expired ? now - 5 * 86_400 : now + 90 * 86_400),
      is_trial: '0',
      active_cons: String(found.active),
      created_at: String(now - 400 * 86_400),
      max_connections: String(found.max),
      allowed_output_formats: ['m3u8', 'ts'],
    },
    server_info: {
      url: new URL(links.origin('xtream')).hostname,
      port: new URL(links.origin('xtream')).port,
      server_protocol: 'http',
      timezone: 'Europe/Paris',
      timestamp_now: now,
    },
  };
}

export function xtreamRoute(url: URL, ctx: PageContext, links: LabLinks): SimResponse | null {
  const q = url.searchParams;
  if (url.pathname === '/player_api.php') {
    const user = q.get('username');
    const found = account(user, q.get('password'));
    if (!found || !user) return json({ user_info: { auth: 0 } }, ctx);
    switch (q.get('action')) {
      case null:
      case '':
        return json(loginReply(user, found, ctx, links), ctx);
      case 'get_live_categories':
        return json(CATEGORIES, ctx);
      case 'get_live_streams':
        return json(
          STREAMS.map((stream, index) => ({
            num: index + 1,
            stream_type: 'live',
            epg_channel_id: `lab${stream.stream_id}`,
            ...stream,
          })),
          ctx,
        );
      default:
        return json([], ctx);
    }
  }
  if (url.pathname === '/xmltv.php') {
    if (!account(q.get('username'), q.get('password'))) return panelRefusal(ctx, 401);
    const channels = STREAMS.map(
      (stream) =>
        `  <channel id="lab${stream.stream_id}"><display-name>${stream.name}</display-name></channel>`,
    );
    return {
      status: 200,
      headers: headers('application/xml', ctx.now),
      body: `<?xml version="1.0" encoding="UTF-8"?>\n<tv generator-info-name="check-lab">\n${channels.join('\n')}\n</tv>\n`,
    };
  }
  if (url.pathname === '/get.php') {
    const user = q.get('username');
    const found = account(user, q.get('password'));
    if (!found || !user) return panelRefusal(ctx, 401);
    const lines = ['#EXTM3U'];
    for (const stream of STREAMS) {
      const group =
        CATEGORIES.find((category) => category.category_id === stream.category_id)?.category_name ?? '';
      lines.push(
        `#EXTINF:-1 tvg-id="lab${stream.stream_id}" group-title="${group}",${stream.name}`,
        `${links.origin('xtream')}/live/${user}/${found.password}/${stream.stream_id}.ts`,
      );
    }
    return { status: 200, headers: headers('audio/x-mpegurl', ctx.now), body: `${lines.join('\n')}\n` };
  }
  const live = /^\/live\/([^/]+)\/([^/]+)\/(\d+)\.(ts|m3u8)$/.exec(url.pathname);
  if (live) {
    const found = account(decodeURIComponent(live[1] ?? ''), decodeURIComponent(live[2] ?? ''));
    if (!found) return panelRefusal(ctx, 401);
    // An expired account or one whose connections are all taken gets no stream: an empty 403.
    if (found.expired || found.active >= found.max) return panelRefusal(ctx, 403);
    const target = live[4] === 'm3u8' ? `/hls/${live[3]}/index.m3u8` : `/live/${live[3]}.ts`;
    return {
      status: 302,
      headers: { ...headers('text/html', ctx.now), location: `${links.origin('tv')}${target}` },
      body: '',
    };
  }
  return url.pathname === '/' ? nginxError(ctx, 404) : null;
}
