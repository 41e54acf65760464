/**
 * Where IPTV panel software puts the account in a URL path, as data. Each row is one route of a panel's
 * own router, read from its source (nginx rewrite tables, the URLs its PHP emits), with the keyword that
 * starts the route and the positions, counted after the keyword, of the username, password and tokens.
 *
 * Sources (pinned):
 * - XC: original Xtream Codes 2.x nginx.conf, tweakunwanted/OpenXC-Main@0dfeddfe146d018317f41062447c9dcd363a53ba
 *   nginx/conf/nginx.conf (the same block as xtream-ui R22/CK41, adilem/XtreamUI-CK41-DECODED@6fbab78
 *   nginx/conf/nginx.conf L49–L62).
 * - XCVM: XC_VM (open XUI.one derivative), Vateron-Media/XC_VM@12eb43e0ddeb367433447a9c69da723d2383ff69
 *   src/bin/nginx/conf/nginx.conf (rewrite block), and @0284fd7 src/includes/streaming.php L1440–L1457 (HLS
 *   lines `/hls/{TOKEN}`, key lines `URI="/key/{TOKEN}"`).
 * - STALKER: iptvhakr/stalker_portal@72deceee server/lib/itv.class.php L47 (`rewrite ^/ch/(.*) …?key=$1`:
 *   temporary link keys in the path).
 *
 * The rule the rows share: after an account keyword the next two segments are the account, whatever follows
 * them (an id, `123/index.m3u8`, `123/segment_5.ts`, `1234_7.ts`, a long extension, a trailing slash):
 * nginx's `(.*)` matches all of these, so must we. Token rows apply only to token-looking segments
 * (`tokenLike`), so `/hls/index.m3u8` or `/auth/login` keep their path.
 */

export interface AccountRoute {
  /** Lower-cased path segment that starts the route. */
  keyword: string;
  /** Segments after the keyword, at least (a trailing slash counts as an empty last segment). */
  minAfter: number;
  /** …and at most, for the short token forms. */
  maxAfter?: number;
  /** Positions after the keyword of the username and the password. */
  account?: readonly [user: number, pass: number];
  /** Positions after the keyword of opaque tokens (encrypted account, access token, link key). */
  tokens?: readonly number[];
  /** A position after the keyword that must hold a numeric stream id (`123`, `123.ts`): tells token forms apart. */
  streamIdAt?: number;
}

const ACCOUNT_ROUTES: readonly AccountRoute[] = [
  // XC L49 `^/live/(.*)/(.*)/(.*)\.(.*)$`; XCVM `^/live/(u)/(p)/(\d+)\.(ext)$` and `…/(\d+)$`.
  { keyword: 'live', minAfter: 3, account: [0, 1] },
  // XCVM `^/live/(.*)/(\d+)\.(.*)$`, `^/live/(.*)/(\d+)$`: a 32-hex access token instead of the account.
  { keyword: 'live', minAfter: 2, maxAfter: 2, tokens: [0], streamIdAt: 1 },
  // XC L50 `^/movie/(.*)/(.*)/(.*)$`; XCVM the same, and `^/movie/(.*)/(.*)$` with an access token.
  { keyword: 'movie', minAfter: 3, account: [0, 1] },
  { keyword: 'movie', minAfter: 2, maxAfter: 2, tokens: [0], streamIdAt: 1 },
  // XC L51, XCVM: series, same two forms.
  { keyword: 'series', minAfter: 3, account: [0, 1] },
  { keyword: 'series', minAfter: 2, maxAfter: 2, tokens: [0], streamIdAt: 1 },
  // XCVM `^/timeshift/(token)/(dur)/(start)/(id)\.(ext)$`: the token form has one segment less.
  { keyword: 'timeshift', minAfter: 4, maxAfter: 4, tokens: [0], streamIdAt: 3 },
  // XC L57, XCVM `^/timeshift/(u)/(p)/(dur)/(start)/(id)\.(ext)$`.
  { keyword: 'timeshift', minAfter: 3, account: [0, 1] },
  // XC L58 `^/timeshifts/(u)/(p)/(dur)/(id)/(start)\.(ext)$`.
  { keyword: 'timeshifts', minAfter: 3, account: [0, 1] },
  // XCVM `^/subtitle/(u)/(p)/(sid)/(id)$` and `^/subtitle/(u)/(p)/(id)$`.
  { keyword: 'subtitle', minAfter: 3, account: [0, 1] },
  // XCVM `^/thumb/(u)/(p)/(\d+)$` and `^/thumb/(token)/(\d+)$`.
  { keyword: 'thumb', minAfter: 3, account: [0, 1] },
  { keyword: 'thumb', minAfter: 2, maxAfter: 2, tokens: [0], streamIdAt: 1 },
  // XCVM `^/playlist/(u)/(p)/(type)$`, `^/playlist/(u)/(p)$`.
  { keyword: 'playlist', minAfter: 2, account: [0, 1] },
  // XCVM `^/player_api/(u)/(p)/(action)$`, `^/player_api/(u)/(p)$`.
  { keyword: 'player_api', minAfter: 2, account: [0, 1] },
  // XCVM `^/epg/(u)/(p)/gz$`, `^/epg/(u)/(p)$`.
  { keyword: 'epg', minAfter: 2, account: [0, 1] },
  // XC L55 `^/hls/(u)/(p)/(stream)/(token)/(segment)$` (xtream-ui rewrites every segment of a playlist so).
  { keyword: 'hls', minAfter: 4, account: [0, 1], tokens: [3] },
  // XCVM `^/hls/(.*)$`: the whole tail is an encrypted token holding the account.
  { keyword: 'hls', minAfter: 1, maxAfter: 1, tokens: [0] },
  // XC L56 `^/hlsr/(token)/(u)/(p)/(stream)/(key_seg)/(segment)$`.
  { keyword: 'hlsr', minAfter: 4, account: [1, 2], tokens: [0] },
  // XCVM `^/play/(token)/(ext)$`, `^/play/(token)$`: encrypted `live/USER/PASS/ID` tokens.
  { keyword: 'play', minAfter: 1, maxAfter: 2, tokens: [0] },
  // XCVM `^/key/(token)$` (HLS AES key URIs), and the token-only redirects of auth.php.
  { keyword: 'key', minAfter: 1, maxAfter: 1, tokens: [0] },
  { keyword: 'auth', minAfter: 1, maxAfter: 1, tokens: [0] },
  { keyword: 'vauth', minAfter: 1, maxAfter: 1, tokens: [0] },
  { keyword: 'tsauth', minAfter: 1, maxAfter: 1, tokens: [0] },
  { keyword: 'thauth', minAfter: 1, maxAfter: 1, tokens: [0] },
  { keyword: 'subauth', minAfter: 1, maxAfter: 1, tokens: [0] },
  { keyword: 'probe', minAfter: 1, maxAfter: 1, tokens: [0] },
  // STALKER itv.class.php L47: `/ch/<key>` temporary links.
  { keyword: 'ch', minAfter: 1, maxAfter: 1, tokens: [0] },
  // Kaltura's playManifest takes its session key as a path pair, …/playManifest/entryId/<id>/…/ks/<KS>/a.m3u8
  // (review of the twenty-third batch; the same key as the `ks` parameter, src/redact/secret-fields.ts).
  { keyword: 'ks', minAfter: 1, tokens: [0] },
];

/**
 * The route without a keyword: XC L52 `^/(.*)/(.*)/(.*).ch$`, L60 `^/(.*)/(.*)/(\d+)$`, XCVM
 * `^/(u)/(p)/(\d+)\.(ext)$`. Exactly three segments, the last a stream id; these first segments are
 * ordinary path words of CDNs and players, never taken for a username.
 */
export const SHORT_FORM_PATH_WORDS: ReadonlySet<string> = new Set([
  ...ACCOUNT_ROUTES.map((route) => route.keyword),
  'hlsr',
  'dash',
  'vod',
  'stream',
  'streams',
  'segment',
  'segments',
  'chunks',
  'media',
  'images',
  'img',
  'static',
  'assets',
  'logo',
  'logos',
  'api',
  'content',
]);

export const ROUTES_BY_KEYWORD: ReadonlyMap<string, readonly AccountRoute[]> = (() => {
  const byKeyword = new Map<string, AccountRoute[]>();
  for (const route of ACCOUNT_ROUTES) {
    const rows = byKeyword.get(route.keyword) ?? [];
    rows.push(route);
    byKeyword.set(route.keyword, rows);
  }
  return byKeyword;
})();
