/**
 * An Xtream Codes account, read the way player apps read it. Routes and reply fields follow the Xtream Codes
 * API as documented in worldofiptvcom/xtream-codes-api@83b6caf:assets/files/xtream-codes-api-*.yaml
 * (panel v2.9.2): `player_api.php?username&password` without action answers {user_info:{auth, status,
 * exp_date, active_cons, max_connections, allowed_output_formats}, server_info:{…}};
 * `action=get_live_categories` → [{category_id, category_name}]; `action=get_live_streams` →
 * [{num, name, stream_id, category_id, epg_channel_id}]; `xmltv.php?username&password` → XMLTV; live
 * streams at `/live/{username}/{password}/{stream_id}.{ts|m3u8}`. What the login reply means for the
 * account is read by the engine's own panel table (src/knowledge/panels/replies.ts).
 */
import { withoutTrailingSlashes } from '../http/trailing-slashes.ts';
import { readPanelReply } from '../knowledge/panels/replies.ts';
import type { Exchange } from '../types.ts';
import { utf8 } from './media-bytes.ts';
import type { Requester, Sent } from './requester.ts';
import type { AccountFacts, ChannelSpec, Step } from './types.ts';

export interface XtreamAccount {
  /** Origin (and path prefix, if the panel lives under one), without a trailing slash. */
  server: string;
  username: string;
  password: string;
}

/** Catalogue replies list every channel of the panel: several MB for a big one. */
const CATALOG_BYTES = 32 * 1024 * 1024;
const LOGIN_BYTES = 256 * 1024;
/** Enough of the guide to see it is XMLTV; the rest is never downloaded. */
const GUIDE_BYTES = 4096;

const PANEL_FILE = /\/(?:get|player_api|panel_api|xmltv)\.php$/i;

/** `http://host:port/get.php?username=U&password=P&type=m3u_plus` (or player_api.php) → the account. */
export function xtreamFromUrl(url: string): XtreamAccount | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!PANEL_FILE.test(parsed.pathname)) return null;
  const username = parsed.searchParams.get('username');
  const password = parsed.searchParams.get('password');
  if (!username || !password) return null;
  return {
    server: serverBase(`${parsed.origin}${parsed.pathname.replace(PANEL_FILE, '')}`),
    username,
    password,
  };
}

function serverBase(url: string): string {
  return withoutTrailingSlashes(url).replace(PANEL_FILE, '');
}

function apiUrl(account: XtreamAccount, action?: string): string {
  const query = new URLSearchParams({ username: account.username, password: account.password });
  if (action) query.set('action', action);
  return `${account.server}/player_api.php?${query}`;
}

/** A live channel's stream URL, as player apps build it. */
function liveUrl(account: XtreamAccount, streamId: string | number, extension: string): string {
  return `${account.server}/live/${encodeURIComponent(account.username)}/${encodeURIComponent(account.password)}/${streamId}.${extension}`;
}

function json(sent: Sent | null): unknown {
  if (!sent || sent.response.status < 200 || sent.response.status >= 300) return undefined;
  try {
    return JSON.parse(utf8(sent.response.bytes));
  } catch {
    return undefined;
  }
}

function asArray(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

export interface PanelLoad {
  facts: AccountFacts;
  channels: ChannelSpec[];
  /** The login reply as the engine's exchange: read again with every failed channel. */
  loginExchanges: Exchange[];
  /** Every panel request, for the HAR. */
  steps: Step[];
}

function stepOf(sent: Sent, kind: Step['kind'] = 'link'): Step {
  return { kind, exchanges: sent.exchanges, finding: sent.finding };
}

/** The login facts of a reply, or the refusal of the login call itself. */
export function loginFacts(panel: AccountFacts['panel'], sent: Sent | null, now: number): AccountFacts {
  const facts: AccountFacts = { panel, checkedAt: now };
  if (!sent) {
    facts.loginFailed = {
      status: 0,
      layer: 'rate-limit',
      vendor: null,
      evidence: ['the panel host was paused'],
    };
    return facts;
  }
  const final = sent.exchanges[sent.exchanges.length - 1] as Exchange;
  const reply = readPanelReply(final);
  if (reply) {
    facts.reply = reply;
    if (reply.accountStatus) facts.status = reply.accountStatus;
    if (reply.expiresAt !== undefined) facts.expiresAt = reply.expiresAt;
    if (reply.activeConnections !== undefined) facts.activeConnections = reply.activeConnections;
    if (reply.maxConnections !== undefined) facts.maxConnections = reply.maxConnections;
  }
  const refused = sent.response.status === 0 || sent.response.status >= 400 || reply?.layer === 'auth';
  if (refused) {
    const finding = sent.finding;
    facts.loginFailed = {
      status: sent.response.status,
      layer: finding?.layer ?? reply?.layer ?? 'auth',
      vendor: finding?.vendor ?? null,
      evidence: finding?.evidence ?? reply?.evidence ?? [],
    };
  }
  return facts;
}

export async function loadXtream(
  requester: Requester,
  account: XtreamAccount,
  headers: Readonly<Record<string, string>>,
  now: () => number,
): Promise<PanelLoad> {
  const steps: Step[] = [];
  const login = await requester.get(apiUrl(account), headers, LOGIN_BYTES);
  if (login) steps.push(stepOf(login));
  const facts = loginFacts('xtream', login, now());
  const loginExchanges = login ? login.exchanges : [];
  if (facts.loginFailed || !login) return { facts, channels: [], loginExchanges, steps };

  const info = (json(login) as { user_info?: { allowed_output_formats?: unknown } } | undefined)?.user_info;
  const formats = Array.isArray(info?.allowed_output_formats) ? info.allowed_output_formats.map(text) : [];
  // Apps ask for MPEG-TS unless the account may only have HLS.
  const extension = formats.length === 0 || formats.includes('ts') ? 'ts' : 'm3u8';

  const categoriesSent = await requester.get(apiUrl(account, 'get_live_categories'), headers, CATALOG_BYTES);
  if (categoriesSent) steps.push(stepOf(categoriesSent));
  const categories = new Map(
    asArray(json(categoriesSent)).map((row) => [text(row.category_id), text(row.category_name)]),
  );
  const streamsSent = await requester.get(apiUrl(account, 'get_live_streams'), headers, CATALOG_BYTES);
  if (streamsSent) steps.push(stepOf(streamsSent));
  const channels: ChannelSpec[] = [];
  for (const row of asArray(json(streamsSent))) {
    const id = text(row.stream_id);
    if (!/^\d+$/.test(id)) continue;
    const spec: ChannelSpec = {
      name: text(row.name) || `#${id}`,
      group: categories.get(text(row.category_id)) ?? '',
      url: liveUrl(account, id, extension),
      headers: {},
    };
    const epgId = text(row.epg_channel_id);
    if (epgId) spec.tvgId = epgId;
    channels.push(spec);
  }
  // The catalogue calls answer huge bodies: keep them out of the HAR, their status is what matters.
  for (const step of steps.slice(1)) for (const exchange of step.exchanges) delete exchange.body;

  const guideQuery = new URLSearchParams({ username: account.username, password: account.password });
  const guide = await requester.get(`${account.server}/xmltv.php?${guideQuery}`, headers, GUIDE_BYTES);
  if (guide) {
    steps.push(stepOf(guide));
    const head = utf8(guide.response.bytes.subarray(0, 512)).trimStart();
    const status = guide.response.status;
    facts.epg =
      status === 0
        ? 'failed'
        : status >= 400
          ? 'refused'
          : /^(?:<\?xml|<tv[\s>]|<!DOCTYPE tv)/i.test(head)
            ? 'works'
            : 'failed';
    for (const exchange of guide.exchanges) delete exchange.body;
  }
  return { facts, channels, loginExchanges, steps };
}

/**
 * Xtream stream paths in a playlist (`/live/USER/PASS/ID.ext`, or the short `/USER/PASS/ID`) name the
 * account: one login call per account says whether it is the account that refuses.
 */
export function accountsInPlaylist(urls: readonly string[]): XtreamAccount[] {
  const found = new Map<string, XtreamAccount>();
  for (const url of urls) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      continue;
    }
    const match = /^(.*?)\/(?:live|movie|series)\/([^/]+)\/([^/]+)\/\d+(?:\.[A-Za-z0-9]+)?$/.exec(
      parsed.pathname,
    );
    if (!match) continue;
    const account = {
      server: `${parsed.origin}${match[1] ?? ''}`,
      username: decodeURIComponent(match[2] ?? ''),
      password: decodeURIComponent(match[3] ?? ''),
    };
    const key = `${account.server}\n${account.username}`;
    if (!found.has(key)) found.set(key, account);
  }
  return [...found.values()];
}

/** The login call alone: the account's facts for a playlist that streams from an Xtream panel. */
export async function loginOnly(
  requester: Requester,
  account: XtreamAccount,
  headers: Readonly<Record<string, string>>,
  now: () => number,
): Promise<{ facts: AccountFacts; exchanges: Exchange[]; steps: Step[] }> {
  const login = await requester.get(apiUrl(account), headers, LOGIN_BYTES);
  return {
    facts: loginFacts('xtream', login, now()),
    exchanges: login?.exchanges ?? [],
    steps: login ? [stepOf(login)] : [],
  };
}
