/**
 * The Xtream-style panel (panel.iptv.test): player_api.php, get.php, xmltv.php and /live/USER/PASS/ID.ext,
 * which redirects to a signed link on the stream CDN. Field names and shapes follow the Xtream Codes API
 * as implemented by public panels and clients (user_info / server_info, string-typed counters).
 */
import {
  CATEGORIES,
  channelById,
  liveStreamsJson,
  m3uPlaylist,
  shortEpgJson,
  xmltvGuide,
} from './catalog.ts';
import { nginxError, nginxHeaders, panelRefusal } from './pages/origin.ts';
import type { SimResponse } from './response.ts';
import { type HandlerContext, json, type Route } from './routes.ts';
import type { AccountOverride } from './scenarios.ts';
import { signPath } from './signing.ts';

export const DEMO_USER = 'demo';
export const DEMO_PASSWORD = 's3cret-pass';
const DAY = 86_400;
/** Lifetime of the playlist link the panel hands out. */
const LINK_SECONDS = 3_600;

function credentialsOk(username: string | null, password: string | null): boolean {
  return username === DEMO_USER && password === DEMO_PASSWORD;
}

function accountOf(ctx: HandlerContext): Required<AccountOverride> {
  return {
    auth: 1,
    status: 'Active',
    expired: false,
    activeConnections: 0,
    maxConnections: 1,
    ...ctx.scenario.account,
  };
}

function authorised(ctx: HandlerContext, username: string | null, password: string | null): boolean {
  return credentialsOk(username, password) && accountOf(ctx).auth === 1;
}

function loginReply(ctx: HandlerContext): object {
  const account = accountOf(ctx);
  const now = Math.floor(ctx.page.now / 1000);
  const nowText = new Date(ctx.page.now).toISOString().slice(0, 19).replace('T', ' ');
  return {
    user_info: {
      username: DEMO_USER,
      password: DEMO_PASSWORD,
      message: '',
      auth: 1,
      status: account.status,
      exp_date: String(account.expired ? now - 3 * DAY : now + 180 * DAY),
      is_trial: '0',
      active_cons: String(account.activeConnections),
      created_at: String(now - 400 * DAY),
      max_connections: String(account.maxConnections),
      allowed_output_formats: ['m3u8', 'ts'],
    },
    server_info: {
      url: `panel.${ctx.links.domain}`,
      port: String(ctx.links.port),
      https_port: '443',
      server_protocol: 'http',
      rtmp_port: '8880',
      timezone: 'Europe/Paris',
      timestamp_now: now,
      time_now: nowText,
      process: true,
    },
  };
}

function playerApi(ctx: HandlerContext): SimResponse {
  const q = ctx.url.searchParams;
  const headers = nginxHeaders(ctx.page, 'application/json');
  // Xtream answers wrong credentials with 200 and auth 0, whatever the action.
  if (!authorised(ctx, q.get('username'), q.get('password')))
    return json(200, { user_info: { auth: 0 } }, headers);
  switch (q.get('action')) {
    case null:
    case '':
      return json(200, loginReply(ctx), headers);
    case 'get_live_categories':
      return json(200, CATEGORIES, headers);
    case 'get_live_streams': {
      const category = q.get('category_id');
      const streams = liveStreamsJson().filter(
        (s) => !category || (s as { category_id: string }).category_id === category,
      );
      return json(200, streams, headers);
    }
    case 'get_short_epg':
    case 'get_simple_data_table': {
      const channel = channelById(Number(q.get('stream_id')));
      const limit = Math.min(Number(q.get('limit')) || 4, 20);
      return json(200, channel ? shortEpgJson(channel, ctx.page.now, limit) : { epg_listings: [] }, headers);
    }
    default:
      return json(200, [], headers);
  }
}

function getPhp(ctx: HandlerContext): SimResponse {
  const q = ctx.url.searchParams;
  if (!authorised(ctx, q.get('username'), q.get('password'))) return panelRefusal(ctx.page, 401);
  const extension = q.get('output') === 'ts' || q.get('output') === 'mpegts' ? 'ts' : 'm3u8';
  const body = m3uPlaylist(ctx.links.origin('panel'), DEMO_USER, DEMO_PASSWORD, extension);
  return { status: 200, headers: nginxHeaders(ctx.page, 'audio/x-mpegurl'), body };
}

function xmltvPhp(ctx: HandlerContext): SimResponse {
  const q = ctx.url.searchParams;
  if (!authorised(ctx, q.get('username'), q.get('password'))) return panelRefusal(ctx.page, 401);
  return { status: 200, headers: nginxHeaders(ctx.page, 'application/xml'), body: xmltvGuide(ctx.page.now) };
}

/** Where the scenario wants this player sent: a signed CDN link, or one that cannot work. */
function streamLocation(ctx: HandlerContext, streamId: number, kind: 'm3u8' | 'ts'): string {
  const now = Math.floor(ctx.page.now / 1000);
  const path = kind === 'm3u8' ? `/hls/${streamId}/index.m3u8` : `/hls/${streamId}/live.ts`;
  // A session id per hand-out, as panels issue per-play links: it also keeps browsers from reusing a
  // cached refusal (nginx's 410 page is heuristically cacheable) when two plays fall in the same second.
  const signed = `${signPath(ctx.secret, path, now + LINK_SECONDS)}&sid=${ctx.page.prng.hex(12)}`;
  switch (ctx.scenario.streamLink) {
    case 'closed-port':
      return `${ctx.links.origin('cdn', 'http', ctx.links.closedPort)}${signed}`;
    case 'https-on-http-port':
      return `${ctx.links.origin('cdn', 'https')}${signed}`;
    default:
      return `${ctx.links.origin('cdn')}${signed}`;
  }
}

function live(
  ctx: HandlerContext,
  user: string,
  pass: string,
  streamId: number,
  kind: 'm3u8' | 'ts',
): SimResponse {
  if (!credentialsOk(user, pass) || accountOf(ctx).auth === 0) return panelRefusal(ctx.page, 401);
  if (!channelById(streamId)) return nginxError(ctx.page, 404);
  return {
    status: 302,
    headers: { ...nginxHeaders(ctx.page, 'text/html'), location: streamLocation(ctx, streamId, kind) },
    body: '',
  };
}

const LIVE_PATH = /^\/live\/([^/]+)\/([^/]+)\/(\d+)\.(m3u8|ts)$/;

export function routePanel(url: URL): Route | null {
  switch (url.pathname) {
    case '/player_api.php': {
      const action = url.searchParams.get('action');
      if (!action) return { endpoint: 'login', streamId: null, handle: playerApi };
      const epg = action === 'get_short_epg' || action === 'get_simple_data_table';
      const streamId = epg ? Number(url.searchParams.get('stream_id')) || null : null;
      return { endpoint: epg ? 'xmltv' : 'catalog', streamId, handle: playerApi };
    }
    case '/get.php':
      return { endpoint: 'm3u', streamId: null, handle: getPhp };
    case '/xmltv.php':
      return { endpoint: 'xmltv', streamId: null, handle: xmltvPhp };
  }
  const match = LIVE_PATH.exec(url.pathname);
  if (!match) return null;
  const [, user = '', pass = '', id = '', ext] = match;
  const kind = ext === 'ts' ? 'ts' : 'm3u8';
  const streamId = Number(id);
  return {
    endpoint: kind === 'ts' ? 'live-stream' : 'live-playlist',
    streamId,
    handle: (ctx) => live(ctx, decodeURIComponent(user), decodeURIComponent(pass), streamId, kind),
  };
}
