/**
 * A Stalker / Ministra portal, read the way a MAG set-top box reads it. Every call is
 * `<portal>?type=…&action=…&JsHttpRequest=1-xml` and every reply is wrapped in {"js": …}:
 * - `type=stb&action=handshake&token=` → {js:{token}} (portal source, iptvhakr/stalker_portal@4d11cbd:
 *   server/lib/stb.class.php `handshake()`); the token then rides as `Authorization: Bearer` and the box
 *   identity as the cookie `mac=…; stb_lang=en; timezone=…` (erkexzcx/stalkerhek@11b4f80:
 *   pkg/stalker/stalker.go `httpRequest`, pkg/stalker/authentication.go `handshake`);
 * - `type=stb&action=get_profile` → {js:{status: 0 works | 1 blocked (block_msg) | 2 login asked}}
 *   (stb.class.php `getProfile()`; an unknown MAC gets status 1 "Please contact your provider to register
 *   this device");
 * - `type=account_info&action=get_main_info` → {js:{end_date, phone, fname, ls, mac, tariff_plan}}
 *   (server/lib/accountinfo.class.php `getMainInfo()`): only `end_date` is kept;
 * - `type=itv&action=get_genres` → {js:[{id,title}]}, `type=itv&action=get_all_channels` →
 *   {js:{data:[{name, cmd, tv_genre_id}]}} and `type=itv&action=create_link&cmd=…` → {js:{cmd: "ffmpeg
 *   http://…", error: ""|limit|nothing_to_play|link_fault|access_denied}} (server/lib/itv.class.php
 *   `createLink()`; stalkerhek pkg/stalker/channels.go takes the URL after the space).
 * The meaning of each reply for the account is the engine's panel table (src/knowledge/panels/replies.ts).
 */
import { withoutTrailingSlashes } from '../http/trailing-slashes.ts';
import { readPanelReply } from '../knowledge/panels/replies.ts';
import type { Exchange } from '../types.ts';
import type { LinkResult } from './channel.ts';
import { utf8 } from './media-bytes.ts';
import type { Requester, Sent } from './requester.ts';
import type { ChannelSpec, Step } from './types.ts';
import { loginFacts, type PanelLoad } from './xtream.ts';

/** A MAG box's user agent (stalkerhek sends this one). */
const MAG_USER_AGENT =
  'Mozilla/5.0 (QtEmbedded; U; Linux; C) AppleWebKit/533.3 (KHTML, like Gecko) MAG200 stbapp ver: 4 rev: 2116 Mobile Safari/533.3';

const REPLY_BYTES = 32 * 1024 * 1024;
const MAC = /^[0-9A-F]{2}(?::[0-9A-F]{2}){5}$/;

export function normalizeMac(mac: string): string | null {
  const upper = mac.trim().toUpperCase().replace(/-/g, ':');
  return MAC.test(upper) ? upper : null;
}

/**
 * The portal's API endpoint from what a person pastes: the `…/c/` web address the box shows, the portal
 * root, or the API file itself. Stalker installs answer at /stalker_portal/server/load.php, most resellers'
 * portals at /portal.php (stalkerhek README, "location").
 */
export function portalEndpoint(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const path = url.pathname;
  if (/\/(?:load|portal)\.php$/i.test(path)) return `${url.origin}${path}`;
  const stalker = /^(.*?\/stalker_portal)(?:\/|$)/i.exec(path);
  if (stalker) return `${url.origin}${stalker[1]}/server/load.php`;
  const prefix = withoutTrailingSlashes(path.replace(/\/c\/?$/i, ''));
  return `${url.origin}${prefix}/portal.php`;
}

function call(endpoint: string, params: Record<string, string>): string {
  return `${endpoint}?${new URLSearchParams({ ...params, JsHttpRequest: '1-xml' })}`;
}

function js(sent: Sent | null): unknown {
  if (!sent || sent.response.status < 200 || sent.response.status >= 300) return undefined;
  try {
    return (JSON.parse(utf8(sent.response.bytes)) as { js?: unknown }).js;
  } catch {
    return undefined;
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function stepOf(sent: Sent): Step {
  return { kind: 'link', exchanges: sent.exchanges, finding: sent.finding };
}

/** "2025-06-01 00:00:00", or the portal's formatted "June 1, 2025, 12:00 am (120 days)". */
function parseEndDate(value: string): number | undefined {
  // The portal's "(120 days)" tail, cut at its last opening bracket (no backtracking over the text).
  const open = value.trimEnd().endsWith(')') ? value.lastIndexOf('(') : -1;
  const cleaned = (open >= 0 ? value.slice(0, open) : value).trim();
  if (!cleaned || cleaned.startsWith('0000')) return undefined;
  const iso = /^\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}(?::\d{2})?)?$/.test(cleaned)
    ? `${cleaned.replace(' ', 'T')}Z`
    : cleaned;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : time;
}

export interface StalkerLoad extends PanelLoad {
  createLink: (spec: ChannelSpec) => Promise<LinkResult>;
  /** The session token, a secret to scrub from every output. */
  token?: string;
}

export async function loadStalker(
  requester: Requester,
  endpoint: string,
  mac: string,
  now: () => number,
): Promise<StalkerLoad> {
  const steps: Step[] = [];
  const headers: Record<string, string> = {
    'User-Agent': MAG_USER_AGENT,
    'X-User-Agent': 'Model: MAG250; Link: Ethernet',
    Cookie: `mac=${encodeURIComponent(mac)}; stb_lang=en; timezone=${encodeURIComponent('Europe/Paris')}`,
  };
  const handshake = await requester.get(
    call(endpoint, { type: 'stb', action: 'handshake', token: '' }),
    headers,
    65_536,
  );
  if (handshake) steps.push(stepOf(handshake));
  const token = text((js(handshake) as { token?: unknown } | undefined)?.token);
  const noLinks = async (): Promise<LinkResult> => ({
    ok: false,
    steps: [],
    status: 0,
    reason: 'no session',
    refused: false,
  });
  if (!token) {
    const facts = loginFacts('stalker', handshake, now());
    facts.loginFailed ??= {
      status: handshake?.response.status ?? 0,
      layer: 'auth',
      vendor: null,
      evidence: ['the portal gave no session token'],
    };
    return { facts, channels: [], loginExchanges: handshake?.exchanges ?? [], steps, createLink: noLinks };
  }
  const session = { ...headers, Authorization: `Bearer ${token}` };
  const profile = await requester.get(
    call(endpoint, { type: 'stb', action: 'get_profile' }),
    session,
    262_144,
  );
  if (profile) steps.push(stepOf(profile));
  const facts = loginFacts('stalker', profile, now());
  const loginExchanges = profile?.exchanges ?? [];
  const profileReply = profile ? readPanelReply(profile.exchanges.at(-1) as Exchange) : null;
  if (facts.loginFailed || profileReply?.layer === 'account' || profileReply?.layer === 'auth') {
    if (profileReply && !facts.loginFailed) {
      facts.loginFailed = {
        status: profile?.response.status ?? 0,
        layer: profileReply.layer,
        vendor: null,
        evidence: profileReply.evidence,
      };
    }
    return { facts, channels: [], loginExchanges, steps, createLink: noLinks, token };
  }

  const info = await requester.get(
    call(endpoint, { type: 'account_info', action: 'get_main_info' }),
    session,
    65_536,
  );
  if (info) {
    const end = text((js(info) as { end_date?: unknown } | undefined)?.end_date);
    const expiresAt = end ? parseEndDate(end) : undefined;
    if (expiresAt !== undefined) facts.expiresAt = expiresAt;
    // The reply names the subscriber (fname, phone, ls, mac): only the end date is kept, in the HAR too.
    const final = info.exchanges.at(-1);
    if (final?.body !== undefined) final.body = JSON.stringify({ js: end ? { end_date: end } : {} });
    steps.push(stepOf(info));
  }
  const genresSent = await requester.get(
    call(endpoint, { type: 'itv', action: 'get_genres' }),
    session,
    REPLY_BYTES,
  );
  if (genresSent) steps.push(stepOf(genresSent));
  const genreRows = js(genresSent);
  const genres = new Map(
    (Array.isArray(genreRows) ? genreRows : []).map((row: { id?: unknown; title?: unknown }) => [
      text(row?.id),
      text(row?.title),
    ]),
  );
  const listSent = await requester.get(
    call(endpoint, { type: 'itv', action: 'get_all_channels' }),
    session,
    REPLY_BYTES,
  );
  if (listSent) steps.push(stepOf(listSent));
  const rows = (js(listSent) as { data?: unknown } | undefined)?.data;
  const channels: ChannelSpec[] = [];
  for (const row of Array.isArray(rows) ? (rows as Record<string, unknown>[]) : []) {
    const cmd = text(row?.cmd);
    if (!cmd) continue;
    channels.push({
      name: text(row.name) || cmd,
      group: genres.get(text(row.tv_genre_id)) ?? '',
      url: endpoint,
      headers: {},
      stalkerCmd: cmd,
    });
  }
  for (const step of steps.slice(-2)) for (const exchange of step.exchanges) delete exchange.body;

  const createLink = async (spec: ChannelSpec): Promise<LinkResult> => {
    const sent = await requester.get(
      call(endpoint, { type: 'itv', action: 'create_link', cmd: spec.stalkerCmd ?? '' }),
      session,
      65_536,
    );
    if (!sent)
      return { ok: false, steps: [], status: 0, reason: 'the portal host was paused', refused: false };
    const linkSteps = [stepOf(sent)];
    const reply = js(sent) as { cmd?: unknown; error?: unknown } | undefined;
    const error = text(reply?.error);
    const command = text(reply?.cmd).trim();
    const url = command.split(/\s+/).at(-1) ?? '';
    if (sent.response.status !== 200 || error || !/^https?:\/\//i.test(url)) {
      const reason =
        error ||
        (sent.response.status !== 200 ? `HTTP ${sent.response.status}` : 'no stream address in the reply');
      return {
        ok: false,
        steps: linkSteps,
        status: sent.response.status,
        reason,
        refused: sent.response.status >= 400 || Boolean(error),
      };
    }
    return { ok: true, url, steps: linkSteps };
  };
  return { facts, channels, loginExchanges, steps, createLink, token };
}
