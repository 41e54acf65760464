/**
 * Reads what an IPTV panel itself says about the account when its reply body is available. A panel that
 * answers "auth=0" or "status=Expired" settles the question the HTTP status leaves open; a panel that says
 * the account is active and has free connections tells the engine to look elsewhere (network, CDN).
 */

import { stripTags } from '../../http/markup.ts';
import { isoTime } from '../../time.ts';
import type { Exchange, PanelReply } from '../../types.ts';
import { endpointRole } from '../endpoints/roles.ts';
import {
  STALKER_ERRORS,
  STALKER_PROFILE_STATUS,
  STALKER_TEXT_REPLIES,
  type StalkerMeaning,
  XTREAM_BAD_STATUS,
} from './replies-table.ts';

/** Panel auth replies are a few hundred bytes; anything far bigger is a catalogue and not worth parsing. */
const MAX_BODY = 256 * 1024;
/** Operator texts (block_msg, msg) are shown to the user; cap them so a page of HTML cannot flood a report. */
const MAX_MESSAGE = 120;
/** The portal's bare-text refusals are one short sentence. */
const MAX_BARE_TEXT = 512;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Xtream sends numbers as strings ("1", "1735689600"); some forks send real numbers. */
function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || !/^\s*-?\d+(?:\.\d+)?\s*$/.test(value)) return undefined;
  // 309 digits and more read as Infinity, which JSON then stores as null.
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

function isoDay(ms: number): string {
  // A panel's exp_date is the panel's word: any number, some of which no Date can hold.
  return isoTime(ms, '?').slice(0, 10);
}

/** Plain one-line text of an operator message: tags and whitespace runs removed, length capped. */
function cleanMessage(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Cut first (a message is one sentence; a 200 KB one took 88 s through `<[^>]*>`), then a linear scan.
  const text = stripTags(value.slice(0, MAX_MESSAGE * 8))
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return undefined;
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 1)}…` : text;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** The reference "now" for an expiry: when the request was made, else the panel's own clock. */
function referenceTime(startedAt: number, serverInfo: unknown): number | undefined {
  if (Number.isFinite(startedAt) && startedAt > 0) return startedAt;
  if (isObject(serverInfo)) {
    const serverNow = toNumber(serverInfo.timestamp_now);
    if (serverNow !== undefined && serverNow > 0) return serverNow * 1000;
  }
  return undefined;
}

/**
 * Xtream Codes player_api.php / panel_api.php login reply (user_info). The panel answers
 * {"user_info":{"auth":0}} for unknown credentials, and auth=1 with status Active|Banned|Disabled|Expired
 * otherwise (player_api.php of the Xtream UI code base).
 */
function readXtream(reply: Json, startedAt: number): PanelReply | null {
  const info = reply.user_info;
  if (!isObject(info)) return null;
  const auth = toNumber(info.auth);
  if (auth === 0) return { panel: 'xtream', layer: 'auth', evidence: ['user_info.auth=0'] };

  const status = typeof info.status === 'string' ? info.status.trim() : undefined;
  const expiresSeconds = toNumber(info.exp_date);
  const maxConnections = toNumber(info.max_connections);
  const activeConnections = toNumber(info.active_cons);
  if (auth === undefined && status === undefined) return null;

  const result: PanelReply = { panel: 'xtream', layer: 'none', evidence: [] };
  if (status) result.accountStatus = status;
  // exp_date null means "never expires"; 0 is what some panels write for the same.
  if (expiresSeconds !== undefined && expiresSeconds > 0) result.expiresAt = expiresSeconds * 1000;
  if (maxConnections !== undefined) result.maxConnections = maxConnections;
  if (activeConnections !== undefined) result.activeConnections = activeConnections;

  const problems: string[] = [];
  if (status && XTREAM_BAD_STATUS.has(status.toLowerCase())) problems.push(`user_info.status=${status}`);
  const now = referenceTime(startedAt, reply.server_info);
  if (result.expiresAt !== undefined && now !== undefined && result.expiresAt < now) {
    problems.push(`exp_date ${isoDay(result.expiresAt)} is past`);
  }
  if (maxConnections !== undefined && activeConnections !== undefined && maxConnections > 0) {
    if (activeConnections >= maxConnections) {
      problems.push(`active_cons ${activeConnections} >= max_connections ${maxConnections}`);
    }
  }
  if (problems.length > 0) {
    result.layer = 'account';
    result.evidence = problems;
    return result;
  }
  // Only a positive statement is evidence that the account works; silence is not.
  if (auth !== 1 && status?.toLowerCase() !== 'active') return null;
  result.evidence.push('user_info.auth=1');
  if (status) result.evidence.push(`user_info.status=${status}`);
  if (maxConnections !== undefined && activeConnections !== undefined && maxConnections > 0) {
    result.evidence.push(`active_cons ${activeConnections} < max_connections ${maxConnections}`);
  }
  return result;
}

function stalkerReply(meaning: StalkerMeaning, evidence: string[]): PanelReply {
  const reply: PanelReply = { panel: 'stalker', layer: meaning.layer, evidence };
  if (meaning.accountStatus) reply.accountStatus = meaning.accountStatus;
  return reply;
}

/** Free operator text (block_msg, msg, error) that names a cause, e.g. "MAC address is not registered". */
function fromText(raw: string, evidencePrefix: string, bareOnly = false): PanelReply | null {
  // Cut first: an operator text is a sentence; a 200 KB one must not cost the patterns more than that.
  const text = raw.slice(0, MAX_MESSAGE * 8);
  for (const known of STALKER_TEXT_REPLIES) {
    if (bareOnly && !known.bare) continue;
    if (known.pattern.test(text) && (!known.also || known.also.test(text))) {
      return stalkerReply(known, [`${evidencePrefix} "${cleanMessage(text) ?? ''}"`]);
    }
  }
  return null;
}

/**
 * Stalker / Ministra portal replies, all wrapped in {"js": …} by the portal's JsHttpRequest backend. Meanings
 * follow the portal's own client (c/xpcom.common.js, c/player.js): get_profile status 0 works, 1 is a
 * blocked subscriber (block_msg shown), 2 asks for login and password; do_auth answering false is a refused
 * login; create_link errors limit / access_denied / nothing_to_play / link_fault.
 */
function readStalkerJson(reply: Json, action: string | undefined): PanelReply | null {
  const js = reply.js;
  if (js === false || js === null) {
    if (action === 'do_auth' || action === 'handshake' || action === 'get_profile') {
      return stalkerReply({ layer: 'auth' }, [`js=${String(js)} on ${action}`]);
    }
    return null;
  }
  if (!isObject(js)) return null;

  if (typeof js.error === 'string' && js.error) {
    const known = STALKER_ERRORS[js.error.toLowerCase()];
    if (known) return stalkerReply(known, [`js.error=${js.error.toLowerCase()}`]);
    return fromText(js.error, 'js.error');
  }

  const status = toNumber(js.status);
  const message = cleanMessage(js.block_msg) ?? cleanMessage(js.msg);
  if (status !== undefined) {
    const known = STALKER_PROFILE_STATUS[String(status)];
    if (known) {
      const evidence = [`js.status=${status}`];
      if (message && known.layer !== 'none') evidence.push(`portal message "${message}"`);
      return stalkerReply(known, evidence);
    }
  }
  if (message) return fromText(message, 'portal message');
  return null;
}

function readStalker(body: string, parsed: unknown, action: string | undefined): PanelReply | null {
  if (isObject(parsed)) return 'js' in parsed ? readStalkerJson(parsed, action) : null;
  // The portal answers some refusals with bare text instead of JSON ("Authorization failed."). Any other
  // text or an HTML page is a proxy's or a WAF's word, not the portal's: leave it to the vendor tables.
  if (parsed === undefined && body.length <= MAX_BARE_TEXT && !body.startsWith('<')) {
    return fromText(body, 'portal replied', true);
  }
  return null;
}

export function readPanelReply(exchange: Exchange): PanelReply | null {
  try {
    const body = exchange?.body;
    if (typeof body !== 'string' || body.length > MAX_BODY) return null;
    const trimmed = body.trim();
    if (!trimmed) return null;
    const role = endpointRole(exchange.url ?? '', exchange.mimeType);
    // Catalogue lists are JSON arrays: nothing to learn about the account, and possibly large.
    const parsed = trimmed.startsWith('{') ? parseJson(trimmed) : undefined;
    if (isObject(parsed) && 'user_info' in parsed) {
      return readXtream(parsed, typeof exchange.startedAt === 'number' ? exchange.startedAt : 0);
    }
    if (role.panel === 'stalker') return readStalker(trimmed, parsed, role.action);
    if (isObject(parsed) && 'js' in parsed) return readStalkerJson(parsed, role.action);
    return null;
  } catch {
    // Whatever a body holds, a reply we cannot read is "no opinion", never a crash of the analysis.
    return null;
  }
}
