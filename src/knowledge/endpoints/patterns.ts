/**
 * What an IPTV URL is for, as data. `endpointRole` walks this table top to bottom and the first row that
 * matches wins, so specific rows (a panel action) come before generic ones (a file extension) and the
 * MIME-type rows come last, as a fallback for URLs that say nothing.
 *
 * Evidence is built from `label` plus the allow-listed query values of the row, never from the path:
 * Xtream puts the username and password in the path (/live/USER/PASS/ID.ts), so a path segment must never
 * reach a report.
 */
import type { PanelKind, Role } from '../../types.ts';

export interface RolePattern {
  /** Names the pattern in evidence; a constant, never user data. */
  label: string;
  role: Role;
  panel?: PanelKind;
  /** Fixed action word reported when the row matches (e.g. "login", "segment"). */
  action?: string;
  /** Tested against the lower-cased path, query and fragment removed. */
  path?: RegExp;
  /** Tested against the lower-cased host name. */
  host?: RegExp;
  /**
   * Lower-cased query parameters that must be present with one of the listed lower-cased values
   * (an empty list accepts any value). Their matched values go into the evidence, in this order.
   */
  query?: Readonly<Record<string, readonly string[]>>;
  /** Query parameters that must be absent (or empty). */
  queryAbsent?: readonly string[];
  /** The query parameter whose matched value is reported as the action (e.g. "action"). */
  actionParam?: string;
  /** Tested against the lower-cased MIME type without parameters; used only when nothing else matched. */
  mime?: RegExp;
}

/**
 * Xtream Codes accepts numeric aliases for player_api.php actions (the `$rValidActions` map of the panel's
 * player_api.php, e.g. the open Xtream UI code base). Normalised before matching so `action=202` reads as
 * `get_live_streams`.
 */
export const XTREAM_NUMERIC_ACTIONS: Readonly<Record<string, string>> = {
  '200': 'get_vod_categories',
  '201': 'get_live_categories',
  '202': 'get_live_streams',
  '203': 'get_vod_streams',
  '204': 'get_series_info',
  '205': 'get_short_epg',
  '206': 'get_series_categories',
  '207': 'get_simple_data_table',
  '208': 'get_series',
  '209': 'get_vod_info',
};

const XTREAM_API = /(?:^|\/)player_api\.php$/;
const STALKER = /(?:^|\/)(?:portal\.php|load\.php)$|(?:^|\/)stalker_portal\//;

export const ROLE_PATTERNS: readonly RolePattern[] = [
  // --- Xtream Codes panel API (Xtream Codes player API docs; player_api.php of the Xtream UI code base) ---
  // No action: the login call, answers {"user_info":…,"server_info":…}.
  {
    label: 'player_api.php',
    role: 'auth',
    panel: 'xtream',
    action: 'login',
    path: XTREAM_API,
    queryAbsent: ['action'],
  },
  // Category and stream lists, series and VOD details: the catalogue the app builds its menus from.
  {
    label: 'player_api.php',
    role: 'catalog',
    panel: 'xtream',
    path: XTREAM_API,
    query: {
      action: [
        'get_live_categories',
        'get_vod_categories',
        'get_series_categories',
        'get_live_streams',
        'get_vod_streams',
        'get_series',
        'get_series_info',
        'get_vod_info',
      ],
    },
    actionParam: 'action',
  },
  // Programme guide calls of the same API.
  {
    label: 'player_api.php',
    role: 'epg',
    panel: 'xtream',
    path: XTREAM_API,
    query: { action: ['get_short_epg', 'get_simple_data_table'] },
    actionParam: 'action',
  },
  // An action we do not know still is the panel API: keep the panel, not the role.
  { label: 'player_api.php (unknown action)', role: 'other', panel: 'xtream', path: XTREAM_API },
  // panel_api.php: the older full dump (user_info + channels), used by apps as their login.
  { label: 'panel_api.php', role: 'auth', panel: 'xtream', action: 'login', path: /(?:^|\/)panel_api\.php$/ },
  // get.php: the M3U export (type=m3u|m3u_plus, output=ts|m3u8).
  { label: 'get.php', role: 'playlist', panel: 'xtream', action: 'm3u', path: /(?:^|\/)get\.php$/ },
  // xmltv.php: the XMLTV guide of the account.
  { label: 'xmltv.php', role: 'epg', panel: 'xtream', action: 'xmltv', path: /(?:^|\/)xmltv\.php$/ },
  // Playback URLs carry the credentials in the path: /live|movie|series/USER/PASS/ID.ext and
  // /timeshift/USER/PASS/DURATION/START/ID.ext. The .m3u8 variant returns a playlist.
  {
    label: 'Xtream playback URL (.m3u8)',
    role: 'playlist',
    panel: 'xtream',
    action: 'media',
    path: /^\/(?:live|movie|series|timeshift)\/[^/]+\/[^/]+\/(?:[^/]+\/)*\d+\.m3u8$/,
  },
  {
    label: 'Xtream playback URL',
    role: 'stream',
    panel: 'xtream',
    action: 'stream',
    path: /^\/(?:live|movie|series|timeshift)\/[^/]+\/[^/]+\/(?:[^/]+\/)*\d+(?:\.[a-z0-9]{2,4})?$/,
  },
  // The short form /USER/PASS/ID.ts|.m3u8 (no prefix): only with a numeric id and an extension, or every
  // three-segment path would look like a stream.
  {
    label: 'Xtream short playback URL (.m3u8)',
    role: 'playlist',
    panel: 'xtream',
    action: 'media',
    path: /^\/[^/]+\/[^/]+\/\d+\.m3u8$/,
  },
  {
    label: 'Xtream short playback URL',
    role: 'stream',
    panel: 'xtream',
    action: 'stream',
    path: /^\/[^/]+\/[^/]+\/\d+\.ts$/,
  },

  // --- Stalker / Ministra portal (portal JS client c/xpcom.common.js: load({type, action}) calls) ---
  {
    label: 'Stalker portal',
    role: 'auth',
    panel: 'stalker',
    path: STALKER,
    query: { type: ['stb'], action: ['handshake', 'get_profile', 'do_auth'] },
    actionParam: 'action',
  },
  // Account page of the portal (type=account_info&action=get_main_info): the subscription end date.
  {
    label: 'Stalker portal',
    role: 'auth',
    panel: 'stalker',
    path: STALKER,
    query: { type: ['account_info'], action: [] },
    actionParam: 'action',
  },
  // create_link asks the portal for a playable (often temporary) URL: refusals here are stream refusals.
  {
    label: 'Stalker portal',
    role: 'stream',
    panel: 'stalker',
    path: STALKER,
    query: { type: ['itv', 'vod', 'tv_archive'], action: ['create_link'] },
    actionParam: 'action',
  },
  {
    label: 'Stalker portal',
    role: 'epg',
    panel: 'stalker',
    path: STALKER,
    query: { type: ['itv'], action: ['get_epg_info', 'get_short_epg'] },
    actionParam: 'action',
  },
  { label: 'Stalker portal', role: 'epg', panel: 'stalker', path: STALKER, query: { type: ['epg'] } },
  {
    label: 'Stalker portal',
    role: 'catalog',
    panel: 'stalker',
    path: STALKER,
    query: {
      type: ['itv', 'vod', 'series'],
      action: [
        'get_all_channels',
        'get_genres',
        'get_ordered_list',
        'get_categories',
        'get_all_fav_channels',
      ],
    },
    actionParam: 'action',
  },
  { label: 'Stalker portal (unknown action)', role: 'other', panel: 'stalker', path: STALKER },

  // --- DRM licence servers: the request that fetches the content key ---
  // PlayReady licence acquisition web service (Microsoft PlayReady server docs).
  { label: 'PlayReady rightsmanager.asmx', role: 'key', panel: 'drm', path: /rightsmanager\.asmx$/ },
  // Widevine: Google's proxy (proxy.uat.widevine.com/proxy?provider=…) and licence paths naming it.
  { label: 'Widevine licence', role: 'key', panel: 'drm', host: /(?:^|\.)widevine\./ },
  { label: 'Widevine licence', role: 'key', panel: 'drm', path: /\/widevine(?:\/|$|[-_.])/ },
  { label: 'Widevine proxy', role: 'key', panel: 'drm', path: /\/proxy$/, query: { provider: [] } },
  // FairPlay Streaming key server (Apple FPS) and generic licence endpoints of DRM services.
  { label: 'FairPlay licence', role: 'key', panel: 'drm', path: /\/(?:fps|fairplay)(?:\/|$)/ },
  {
    label: 'DRM licence endpoint',
    role: 'key',
    panel: 'drm',
    path: /\/(?:license|licence|getlicense|clearkey)(?:\/|$|\.)/,
  },

  // --- HLS (RFC 8216) ---
  // EXT-X-KEY URIs (RFC 8216 §4.3.2.4): AES-128 key files, /key/ and /keys endpoints.
  { label: 'HLS key (.key)', role: 'key', panel: 'hls', action: 'key', path: /\.key$/ },
  { label: 'HLS key endpoint', role: 'key', panel: 'hls', action: 'key', path: /\/keys?(?:\/|$)/ },
  // Master playlists by server convention: master*.m3u8, *_variant.m3u8 (Apple examples), playlist.m3u8
  // (Wowza, Nimble), index.m3u8 (Flussonic and many nginx setups).
  {
    label: 'HLS master playlist',
    role: 'playlist',
    panel: 'hls',
    action: 'master',
    path: /\/(?:master[^/]*|[^/]*_variant|playlist|index)\.m3u8$/,
  },
  // Media playlists by server convention: chunklist*.m3u8 (Wowza), chunks.m3u8 (Nimble), prog_index.m3u8
  // (Apple), mono.m3u8 / tracks-…/ (Flussonic).
  {
    label: 'HLS media playlist',
    role: 'playlist',
    panel: 'hls',
    action: 'media',
    path: /\/(?:chunklist[^/]*|chunks|prog_index|mono)\.m3u8$|\/tracks-[^/]+\/[^/]*\.m3u8$/,
  },
  { label: 'HLS playlist (.m3u8)', role: 'playlist', panel: 'hls', path: /\.m3u8$/ },
  // Plain M3U channel lists (the format Xtream's get.php exports and apps import).
  { label: 'M3U playlist (.m3u)', role: 'playlist', action: 'm3u', path: /\.m3u$/ },

  // --- DASH (ISO/IEC 23009-1) ---
  { label: 'DASH manifest (.mpd)', role: 'playlist', panel: 'dash', action: 'manifest', path: /\.mpd$/ },
  // Initialisation segments (init.mp4, init-stream0.m4s, video_init.mp4, …).
  {
    label: 'DASH init segment',
    role: 'stream',
    panel: 'dash',
    action: 'init',
    // A lookahead for "init", so each segment is scanned once (`[^/]*init[^/]*` retried every split).
    path: /\/(?=[^/]*init)[^/]*\.(?:mp4|m4s|m4v|m4a|cmfv|cmfa)$/,
  },

  // --- Media segments ---
  // MPEG-TS segments (RFC 8216 §3.2) and packed audio (§3.4).
  { label: 'MPEG-TS segment (.ts)', role: 'stream', panel: 'hls', action: 'segment', path: /\.ts$/ },
  { label: 'audio segment (.aac)', role: 'stream', panel: 'hls', action: 'segment', path: /\.aac$/ },
  // Fragmented MP4 / CMAF segments serve both DASH and HLS (RFC 8216 §3.3): no panel claimed.
  {
    label: 'fMP4 segment',
    role: 'stream',
    action: 'segment',
    path: /\.(?:m4s|mp4|m4v|m4a|cmfv|cmfa)$/,
  },
  // Continuous MPEG-TS over HTTP (Flussonic's /STREAM/mpegts, restreamers' ?output=mpegts).
  { label: 'MPEG-TS over HTTP', role: 'stream', action: 'mpegts', path: /\/mpegts$/ },

  // --- Generic web-player logins (custom panels, middleware APIs): the endpoint that hands out the session
  // the streams then depend on. Last before the MIME rows, so any IPTV-specific row wins.
  {
    label: 'login endpoint',
    role: 'auth',
    action: 'login',
    path: /(?:^|\/)(?:login|signin|sign-in|sign_in|authenticate|auth|session|sessions|token|oauth\/token)(?:\.php|\.json)?$/,
  },

  // --- MIME-type fallbacks, for URLs that say nothing (RFC 8216 §4: playlist types; ISO 23009-1 Annex C) ---
  {
    label: 'HLS playlist MIME type',
    role: 'playlist',
    panel: 'hls',
    mime: /^(?:application\/vnd\.apple\.mpegurl|application\/x-mpegurl|audio\/mpegurl|audio\/x-mpegurl)$/,
  },
  { label: 'DASH manifest MIME type', role: 'playlist', panel: 'dash', mime: /^application\/dash\+xml$/ },
  { label: 'MPEG-TS MIME type', role: 'stream', action: 'segment', mime: /^video\/mp2t$/ },
  {
    label: 'media segment MIME type',
    role: 'stream',
    action: 'segment',
    mime: /^(?:video\/mp4|audio\/mp4|video\/iso\.segment|audio\/aac)$/,
  },
];
