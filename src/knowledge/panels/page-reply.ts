/**
 * Panel replies read inside the page. Chrome's webRequest shows the worker headers only, yet an Xtream panel
 * refuses a login with HTTP 200 and a JSON body. The page hook (background/page-side/page-hook.ts) reads those
 * bodies and keeps, through this module, only the fields that say whether the account may play: never a
 * username, password, token or MAC. The relay and the worker run the same filter again, so a page that
 * forges a report can at most forge these few fields.
 */

import { stripTags } from '../../http/markup.ts';
import { collectSecrets, redactText, redactUrl } from '../../redact/index.ts';
import { matchRolePattern } from '../endpoints/roles.ts';

/** The DOM event the page hook fires and the relay listens to; the detail is the report as JSON text. */
export const PANEL_REPLY_CHANNEL = 'iptv-access-lens:panel-reply:v1';
/** Login and status replies are a few hundred bytes; catalogues (JSON arrays, megabytes) are not read. */
export const MAX_PANEL_BODY_CHARS = 64 * 1024;
/** A report is the kept fields and a URL: far below this, so anything longer was not made by our hook. */
export const MAX_REPORT_CHARS = 8 * 1024;
/** Operator texts (Stalker msg, block_msg) are one sentence shown on the box; cap them. */
const MAX_TEXT = 200;
const MAX_WORD = 40;
const MAX_URL = 2048;

/**
 * Paths that name a panel API. They are tested against the rows of role-patterns.ts (the row that claims a
 * URL must also claim one of these), so the knowledge of what a panel URL looks like stays in that table.
 */
const PANEL_API_PATHS: readonly string[] = ['/player_api.php', '/panel_api.php', '/portal.php', '/load.php'];

/** How a kept value is checked: anything else is dropped, whatever the page sent. */
type FieldKind = 'number' | 'date' | 'word' | 'text';

interface KeptField {
  section: 'user_info' | 'server_info' | 'js';
  field: string;
  kind: FieldKind;
}

const KEPT_FIELDS: readonly KeptField[] = [
  // Xtream player_api.php login reply, user_info (Xtream Codes player API; player_api.php of Xtream UI):
  // auth 0 means the credentials were refused, 1 that they were accepted.
  { section: 'user_info', field: 'auth', kind: 'number' },
  // Active, Banned, Disabled or Expired.
  { section: 'user_info', field: 'status', kind: 'word' },
  // Unix time of the end of the subscription, null when it never ends.
  { section: 'user_info', field: 'exp_date', kind: 'date' },
  // Connections the line allows, and those open now: equal means a new player is refused.
  { section: 'user_info', field: 'max_connections', kind: 'number' },
  { section: 'user_info', field: 'active_cons', kind: 'number' },
  // "1" on a trial line, which panels cut after a few hours.
  { section: 'user_info', field: 'is_trial', kind: 'number' },
  // server_info.timestamp_now: the panel's own clock, to judge exp_date without trusting the local one.
  { section: 'server_info', field: 'timestamp_now', kind: 'number' },
  // Stalker / Ministra portal replies, wrapped in {"js": …} (portal client c/xpcom.common.js, c/player.js):
  // create_link's error word (limit, access_denied, nothing_to_play, link_fault) or an operator text.
  { section: 'js', field: 'error', kind: 'text' },
  // get_profile's status: 0 works, 1 blocked subscriber, 2 login and password required.
  { section: 'js', field: 'status', kind: 'number' },
  // The operator's notice shown with a refusal.
  { section: 'js', field: 'msg', kind: 'text' },
  { section: 'js', field: 'block_msg', kind: 'text' },
];

interface XtreamFields {
  user_info: Record<string, string | number | null>;
  server_info?: Record<string, string | number | null>;
}

interface StalkerFields {
  /** false or null: the portal refused the call outright (do_auth, handshake). */
  js: false | null | Record<string, string | number | null>;
}

/** What a panel reply keeps: the allow-listed fields only, in the shape the panel sent them. */
export type PanelFields = XtreamFields | StalkerFields;

/** One panel reply as the page hook reports it. */
export interface PanelReplyReport {
  /** Random, one per response read: a report delivered twice is stored once. */
  id: string;
  /** Redacted in the page already: the credentials in the query never leave it. */
  url: string;
  method: string;
  status: number;
  /** When the page asked, ms since epoch. */
  startedAt: number;
  durationMs?: number;
  via: 'fetch' | 'xhr';
  fields: PanelFields;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether the URL is a panel API call (Xtream player_api/panel_api, Stalker portal/load), per the role table. */
export function isPanelApiUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > MAX_URL || !/^https?:\/\//i.test(url)) return false;
  const row = matchRolePattern(url)?.row;
  if (!row?.path || (row.panel !== 'xtream' && row.panel !== 'stalker')) return false;
  return PANEL_API_PATHS.some((path) => row.path?.test(path) === true);
}

/** Content types a panel answers JSON with: JSON, text (many panels say text/html), Stalker's javascript. */
export function isReadableContentType(contentType: string | null | undefined): boolean {
  if (!contentType) return true;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === '' || type.includes('json') || type.startsWith('text/') || type.includes('javascript');
}

const NUMERIC = /^\s*-?\d{1,15}(?:\.\d{1,6})?\s*$/;
const WORD = /^[\p{L}\p{N} _-]+$/u;

function keptValue(
  value: unknown,
  kind: FieldKind,
  secrets: ReadonlySet<string>,
): string | number | null | undefined {
  if (kind === 'date' && value === null) return null;
  if (kind === 'number' || kind === 'date') {
    if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
    return typeof value === 'string' && NUMERIC.test(value) ? value.trim() : undefined;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string') return undefined;
  if (kind === 'word') {
    const word = value.trim();
    return word.length > 0 && word.length <= MAX_WORD && WORD.test(word) ? word : undefined;
  }
  // Cut first, then a linear tag scan: the page's main thread runs this on the panel's text.
  const text = stripTags(value.slice(0, MAX_TEXT * 8))
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_TEXT);
  return text ? redactText(text, secrets) : undefined;
}

function keptSection(
  source: unknown,
  section: KeptField['section'],
  secrets: ReadonlySet<string>,
): Record<string, string | number | null> | undefined {
  if (!isObject(source)) return undefined;
  const kept: Record<string, string | number | null> = {};
  for (const { section: name, field, kind } of KEPT_FIELDS) {
    if (name !== section || !Object.hasOwn(source, field)) continue;
    const value = keptValue(source[field], kind, secrets);
    if (value !== undefined) kept[field] = value;
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/** Secrets of the request URL (username, password, MAC, token), so an operator text naming them is scrubbed. */
function urlSecrets(url: string): ReadonlySet<string> {
  return collectSecrets({
    url,
    method: 'GET',
    status: 0,
    startedAt: 0,
    requestHeaders: [],
    responseHeaders: [],
  });
}

/**
 * The allow-listed fields of a parsed panel reply, or null when it says nothing about the account (a
 * catalogue, an unrelated JSON). `url` is the request's, whose secrets are scrubbed from kept texts.
 */
export function panelFields(parsed: unknown, url: string): PanelFields | null {
  if (!isObject(parsed)) return null;
  const secrets = urlSecrets(url);
  if (Object.hasOwn(parsed, 'user_info')) {
    const user = keptSection(parsed.user_info, 'user_info', secrets);
    if (!user) return null;
    const server = keptSection(parsed.server_info, 'server_info', secrets);
    return server ? { user_info: user, server_info: server } : { user_info: user };
  }
  if (Object.hasOwn(parsed, 'js')) {
    if (parsed.js === false || parsed.js === null) return { js: parsed.js };
    const js = keptSection(parsed.js, 'js', secrets);
    return js ? { js } : null;
  }
  return null;
}

/** A reply body as text: parsed only when it is a small JSON object (lists and pages are never parsed). */
export function panelFieldsOfText(text: string, url: string): PanelFields | null {
  if (typeof text !== 'string' || text.length > MAX_PANEL_BODY_CHARS) return null;
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return null;
  try {
    return panelFields(JSON.parse(trimmed), url);
  } catch {
    return null;
  }
}

/** The body the worker diagnoses: the kept fields, as the JSON the engine's panel reader expects. */
export function panelReplyBody(report: PanelReplyReport): string {
  return JSON.stringify(report.fields);
}

const REPORT_ID = /^[A-Za-z0-9-]{8,64}$/;
const METHOD = /^[A-Z]{1,10}$/;

/**
 * A report as received from the other side of a boundary (page → relay → worker): checked field by field,
 * URL redacted again, fields filtered again. Null when anything is off.
 */
export function readPanelReport(raw: unknown): PanelReplyReport | null {
  if (!isObject(raw)) return null;
  const { id, url, method, status, startedAt, durationMs, via, fields } = raw;
  if (typeof id !== 'string' || !REPORT_ID.test(id)) return null;
  if (typeof url !== 'string' || !isPanelApiUrl(url)) return null;
  if (typeof method !== 'string' || !METHOD.test(method)) return null;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599) return null;
  if (typeof startedAt !== 'number' || !Number.isFinite(startedAt) || startedAt <= 0) return null;
  if (via !== 'fetch' && via !== 'xhr') return null;
  const redactedUrl = redactUrl(url);
  const kept = panelFields(fields, redactedUrl);
  if (!kept) return null;
  const report: PanelReplyReport = { id, url: redactedUrl, method, status, startedAt, via, fields: kept };
  if (typeof durationMs === 'number' && Number.isFinite(durationMs) && durationMs >= 0) {
    report.durationMs = Math.round(durationMs);
  }
  return report;
}
