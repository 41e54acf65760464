import type { VendorRow } from '../schema.ts';

export const MAJOR_CDN_ROWS: readonly VendorRow[] = [
  {
    id: 'akamai',
    name: 'Akamai',
    kind: 'cdn',
    markers: [
      // AkamaiGHost answers on the edge's own pages (wafw00f plugins/kona.py; identYwaf "kona").
      { on: 'header', key: 'server', value: /^AkamaiGHost/i, weight: 0.9, own: true },
      // NetStorage, Akamai's own storage behind the edge, signs its answers "Server: AkamaiNetStorage": a 404 "Not found"
      // in a committed HAR of hotstar.com (joshianant34/HAR@772d8c0dc64e3581cfa6c1462470875dc05a8205:network.har), a
      // block page kept there (https://github.com/Ekultek/WhatWaf/issues/985). Not on a 403: the storage wrote it, not the
      // edge's firewall (whose pages say AkamaiGHost), and a CDN named on a bare 403 reads as its protection (review).
      {
        on: 'header',
        key: 'server',
        value: /^AkamaiNetStorage$/i,
        weight: 0.9,
        statuses: [400, 401, 404, 410, 500, 502, 503, 504],
      },
      // Global Request Number: https://techdocs.akamai.com/property-mgr/docs/return-akamai-grn
      { on: 'header', key: 'akamai-grn', weight: 0.9 },
      { on: 'header', key: 'x-akamai-transformed', weight: 0.85 },
      { on: 'header', key: 'x-akamai-request-id', weight: 0.9 },
      { on: 'header', key: 'server-timing', value: /\bak_p\b/, weight: 0.8 },
      // The deny page's reference repeated in X-Reference-Error, Akamai-Cache-Status on the edge's own answers
      // (https://github.com/Ekultek/WhatWaf/issues/1139, /issues/1162), Server-Timing "cdn-cache; desc=…, edge; dur=…"
      // kept when Server is stripped (/issues/1384, /issues/1191), Akamai-Request-BC on media delivery
      // (https://github.com/matthuisman/i.mjh.nz/issues/308).
      { on: 'header', key: 'x-reference-error', weight: 0.9, own: true },
      { on: 'header', key: 'akamai-cache-status', weight: 0.85 },
      { on: 'header', key: 'server-timing', value: /\bcdn-cache; desc=\w+, edge; dur=/, weight: 0.6 },
      { on: 'header', key: 'akamai-request-bc', weight: 0.85 },
      // Delivery domains of Akamai's media networks (https://github.com/LaQuay/TDTChannels/issues/190,
      // https://github.com/mitxp/HbbTV-Testsuite/issues/50, https://github.com/xteve-project/xTeVe/issues/171).
      { on: 'host', key: 'akamaihd.net', weight: 0.9 },
      { on: 'host', key: 'akamaized.net', weight: 0.9 },
      // Its own APIs answer on <client>.luna.akamaiapis.net (https://techdocs.akamai.com/developer/docs/set-up-authentication-credentials);
      // their errors are Problem Details whose type is an Akamai URI, https://problems.luna.akamaiapis.net/… in
      // the docs (https://techdocs.akamai.com/developer/docs/error-responses), resource-impl.luna.akamaiapis.net/probs/…
      // as a user met it (https://github.com/akamai/edgegrid-curl/issues/2).
      {
        on: 'body-match',
        key: 'Akamai problem type',
        value: /"(?:type|problemType)"\s*:\s*"https:\/\/[a-z-]+\.luna\.akamaiapis\.net\//,
        weight: 0.9,
        own: true,
      },
      {
        on: 'body-match',
        key: 'Akamai problem type (refused)',
        value: /"(?:type|problemType)"\s*:\s*"https:\/\/[a-z-]+\.luna\.akamaiapis\.net\//,
        weight: 0.9,
        own: true,
        // A 401 or 403 from Akamai's own API is the API refusing the caller's credentials (EdgeGrid), not its firewall.
        action: 'auth',
        statuses: [401, 403],
      },
      // EdgeAuth token refused: X-Error-Reason: auth-failure (i.mjh.nz #308 above), the reason phrases "Forbidden
      // token format" and "Missing hdnts" (https://github.com/streamlink/streamlink/issues/4726, /issues/5435).
      {
        on: 'header',
        key: 'x-error-reason',
        value: /auth-failure/i,
        weight: 0.6,
        action: 'auth',
        errorKey: 'akamai-token',
        own: true,
      },
      { on: 'reason', key: 'token format', weight: 0.8, action: 'auth', errorKey: 'akamai-token', own: true },
      {
        on: 'reason',
        key: 'missing hdnts',
        weight: 0.85,
        action: 'auth',
        errorKey: 'akamai-token',
        own: true,
      },
      // EdgeAuth token parameters (hdnts/hdnea/hdntl in the query or a path segment, __token__ by default):
      // https://github.com/kaltura/nginx-vod-module/issues/423, https://github.com/streamlink/streamlink/issues/5203,
      // akamai/EdgeAuth-Token-Python@db92c7fffbe9ed093e38e63f94d0f7191e1f6e83:akamai/edgeauth/edgeauth.py.
      ...['hdnts', 'hdnea', 'hdntl', '__hdnea__', '__token__'].map(
        (key) =>
          ({
            on: 'param',
            key,
            weight: 0.6,
            action: 'auth',
            errorKey: 'akamai-token',
            statuses: [403],
          }) as const,
      ),
      // Pragma debug cache status "TCP_MISS from a23-…": https://techdocs.akamai.com/edge-diagnostics/docs/pragma-headers
      { on: 'header', key: 'x-cache', value: /^TCP_\w+ from a[\d-]+/i, weight: 0.9, passThrough: true },
      // Bot Manager cookies (_abck, bm_sz, ak_bmsc, bm_sv): Akamai Bot Manager cookie documentation, Wappalyzer
      // "Akamai Bot Manager".
      { on: 'cookie', key: '_abck', weight: 0.85 },
      { on: 'cookie', key: 'ak_bmsc', weight: 0.85 },
      { on: 'cookie', key: 'bm_sz', weight: 0.8 },
      { on: 'cookie', key: 'bm_sv', weight: 0.8 },
      // Visitor Prioritization (waiting room) cookie.
      { on: 'cookie-prefix', key: 'akavpau_', weight: 0.8 },
      // Default deny page: "Access Denied … You don't have permission to access … Reference #18.…",
      // linking errors.edgesuite.net. https://community.akamai.com/ "Why is Akamai blocking me?"
      { on: 'body', key: 'errors.edgesuite.net', weight: 0.95, own: true },
      { on: 'body', key: 'Reference #18.', weight: 0.85, action: 'block', own: true },
      // Its referer check's deny page, "<H1>Referral Denied</H1> You don't have permission to access …" (stats.nba.com's,
      // https://github.com/bradleyfay/py-Goldsberry/issues/20, its 403 in https://github.com/bttmly/nba/issues/21): the
      // site's rule about the page the request came from, enforced at Akamai's edge.
      {
        on: 'body',
        key: '<H1>Referral Denied</H1>',
        weight: 0.9,
        action: 'block',
        errorKey: 'akamai-referral',
        own: true,
        statuses: [403],
      },
      // Akamai's sentence quotes the whole URL asked for ("…access "http://host/path" on this server."); Apache's
      // stock 403 says the same words about a bare path (/auth-content-targetting/NA/CA/ in
      // https://github.com/aabilio/PyDownTV2/issues/17), so only the quoted URL counts.
      {
        on: 'body-match',
        key: "You don't have permission to access",
        value: /You don't have permission to access "https?:\/\//,
        weight: 0.3,
      },
      // The page whole, its "Access Denied" heading right before that sentence, as a client kept its text without the
      // reference (NBA's stats API, https://github.com/seemethere/nba_py/issues/42; twenty of the corpus's Akamai pages
      // have both): Apache's stock 403 is headed "Forbidden".
      {
        on: 'body-match',
        key: 'Access Denied … permission to access "http…"',
        value: /Access Denied\s*(?:<\/h1>\s*)?You don't have permission to access "https?:\/\//i,
        weight: 0.85,
        action: 'block',
        own: true,
        // Its denial's status only: the same words on a 401 or a 404 are someone else's page (review).
        statuses: [403],
      },
      // Its edge's error page for other failures, "An error occurred while processing your request.<p> Reference
      // #132.…" (on bilibili's video delivery, motebaya/bilibili-dl@2f22a349543c70b027353778583e41a940d47a14:README.md),
      // with the reference written out in entities as the edge sends it; or as a page's text was copied, without its
      // markup, when the reference has its own four-part shape ("An error occurred while processing your request.
      // Reference #199.86c9a652.1440277182.3332196" on Reshet's VOD, https://github.com/sikkio/xbmc-israel/issues/245).
      {
        on: 'body-match',
        key: 'An error occurred while processing your request. Reference #',
        value:
          /An error occurred while processing your request\.(?:<p>\s*Reference #\d|\s*Reference #\d{1,3}\.[0-9a-f]{4,12}\.\d{6,12}\.[0-9a-f]{4,12}\b)/i,
        weight: 0.9,
        own: true,
      },
    ],
    codes: [
      // Its referer check's page names its own cause whatever its reference's family (review of the seventy-fifth batch).
      { from: 'body', pattern: /<H1>(Referral) Denied<\/H1>/, key: 'akamai-referral', statuses: [403] },
      // The "18" family is a security denial; other families are edge/origin failures.
      { from: 'body', pattern: /Reference #(18\.[0-9a-f]+\.\d+\.[0-9a-f]+)/i, key: 'akamai-reference' },
      // An edge failure on a server error only: another status with this page is another rule's (Hotstar answers a
      // VPN with 475 and this page, https://github.com/serv0id/shitstar/issues/7), review.
      {
        from: 'body',
        pattern: /Reference #(\d+\.[0-9a-f]+\.\d+\.[0-9a-f]+)/i,
        key: 'akamai-edge-error',
        statuses: [500, 502, 503, 504],
      },
    ],
    statusRules: [
      { statuses: [403], action: 'block', when: 'own-page' },
      {
        statuses: [500, 502, 503, 504],
        action: 'origin-error',
        when: 'own-page',
      },
    ],
  },
  {
    id: 'fastly',
    name: 'Fastly',
    kind: 'cdn',
    markers: [
      // https://www.fastly.com/documentation/reference/http/http-headers/X-Served-By/ (cache-{dc}{node}-{DC})
      { on: 'header', key: 'x-served-by', value: /^cache-[a-z]{3}/i, weight: 0.85 },
      // https://www.fastly.com/documentation/reference/http/http-headers/ (Fastly-Debug-*, X-Timer)
      { on: 'header', key: 'x-fastly-request-id', weight: 0.95 },
      { on: 'header-prefix', key: 'fastly-debug-', weight: 0.9 },
      // A service's own header naming the cache node in Fastly's form, fastly-host: cache-muc13973-MUC beside Server:
      // Varnish on Flathub's 503 (curl -I in https://github.com/flathub/flathub/issues/7240). By the node's name only:
      // an origin's own fastly-* header (Magento's Fastly-Module-Enabled) is set where Fastly is not in the answer (review).
      {
        on: 'header-prefix',
        key: 'fastly-',
        // Newer nodes carry the airport's four-letter code too (cache-lhr-klhr1230045-LHR, cache-fra-eddf…-FRA), and a
        // chain of nodes is listed with commas (review).
        value:
          /^cache-[a-z]{3}(?:-[a-z]{4})?\d+-[A-Z]{3}(?:, ?cache-[a-z]{3}(?:-[a-z]{4})?\d+-[A-Z]{3}){0,4}$/,
        weight: 0.8,
      },
      { on: 'header', key: 'x-timer', value: /^S\d+\.\d+,VS\d/, weight: 0.7 },
      { on: 'header', key: 'via', value: /varnish/i, weight: 0.2 },
      // Fastly's synthetic page for a hostname no service claims.
      {
        on: 'body',
        key: 'Fastly error: unknown domain',
        weight: 0.95,
        action: 'origin-error',
        errorKey: 'fastly-unknown-domain',
        own: true,
      },
      // Fastly's synthetic error pages spell "Guru Mediation" and name the cache node, "Details: cache-vie6339-VIE …",
      // where stock Varnish writes "Guru Meditation" and "XID:" (https://github.com/jsdelivr/jsdelivr/issues/18098,
      // https://github.com/LibreELEC/LibreELEC.tv/issues/8278); newer nodes carry a second name,
      // "Details: cache-mia-kmia1760095-MIA" (https://github.com/zachlagden/Pi-hole-Optimized-Blocklists/issues/89).
      { on: 'body', key: 'Guru Mediation', weight: 0.85, own: true },
      {
        on: 'body-match',
        key: 'cache node',
        value: /Details: cache-[a-z]{3}(?:-[a-z]{4})?\d+-[A-Z]{3}\b/,
        weight: 0.9,
        own: true,
      },
    ],
    statusRules: [
      {
        // Fastly Next-Gen WAF (formerly Signal Sciences) answers a blocked request with 406 by default
        // (Fastly docs, "Next-Gen WAF: blocking response code").
        statuses: [406],
        action: 'block',
        when: 'always',
        note: '406 from Fastly: the default response of its Next-Gen WAF when it blocks a request',
      },
      { statuses: [429], action: 'rate-limit', when: 'own-page' },
      { statuses: [500, 502, 503, 504], action: 'origin-error', when: 'own-page' },
    ],
  },
  {
    id: 'imperva',
    name: 'Imperva (Incapsula)',
    kind: 'waf',
    markers: [
      // X-Iinfo on every response through Imperva's edge: https://http.dev/x-iinfo ; X-CDN: Incapsula/Imperva
      // (Wappalyzer "Imperva"). Cookies incap_ses_*, visid_incap_*, nlbi_*: Imperva cookie documentation.
      { on: 'header', key: 'x-iinfo', weight: 0.95 },
      { on: 'header', key: 'x-cdn', value: /Incapsula|Imperva/i, weight: 0.95 },
      { on: 'cookie-prefix', key: 'incap_ses_', weight: 0.9 },
      { on: 'cookie-prefix', key: 'visid_incap_', weight: 0.9 },
      { on: 'cookie-prefix', key: 'nlbi_', weight: 0.7 },
      { on: 'cookie', key: 'reese84', weight: 0.7 },
      // Block page "Request unsuccessful. Incapsula incident ID: …" and its /_Incapsula_Resource iframe/script
      // (wafw00f plugins/incapsula.py).
      { on: 'body', key: 'Incapsula incident ID', weight: 0.95, action: 'block', own: true },
      { on: 'body', key: '_Incapsula_Resource', weight: 0.9, own: true },
      // Its interstitial: a page that is nothing but its resource script, noindex (a 200 recorded in
      // microlinkhq/is-antibot@d192a16b4e1745fa5711ec5ff99f7cadf3061150:providers/imperva/failed.json).
      {
        on: 'body-match',
        key: 'interstitial',
        value:
          /^\s*<html>\s*<head>\s*<meta name="robots" content="noindex,nofollow">\s*<script src="\/_Incapsula_Resource\?[^"]*">\s*<\/script>\s*<body>\s*<\/body>\s*<\/html>\s*$/i,
        weight: 0.95,
        action: 'challenge',
        own: true,
      },
      // Its Advanced Bot Protection page (formerly Distil Networks), titled "Pardon Our Interruption", whose head
      // template reads `window.isImpervaSpaSupport` before loading the challenge script
      // (https://github.com/daijro/camoufox/issues/90). The title alone is also any site's maintenance page: it
      // names the page's author, only the script says it is the challenge.
      { on: 'body', key: '<title>Pardon Our Interruption</title>', weight: 0.85, own: true },
      { on: 'body', key: 'window.isImpervaSpaSupport', weight: 0.95, action: 'challenge', own: true },
    ],
    codes: [
      { from: 'body', pattern: /Incapsula incident ID:?\s*([0-9]+(?:-[0-9]+)+)/i, key: 'imperva-incident' },
    ],
    statusRules: [{ statuses: [403], action: 'block', when: 'own-page' }],
  },
  {
    id: 'bunny',
    name: 'bunny.net',
    kind: 'cdn',
    markers: [
      // "Server: BunnyCDN-{PoP Code}-{Server-ID}": https://docs.bunny.net/cdn/troubleshooting/run-traceroute
      { on: 'header', key: 'server', value: /^BunnyCDN/i, weight: 0.95 },
      // Response headers CDN-PullZone, CDN-RequestId, CDN-Cache, CDN-RequestCountryCode, CDN-Uid, CDN-CachedAt:
      // https://bunny.net/docs/cdn/request-headers-to-origin (same family seen by the visitor).
      { on: 'header', key: 'cdn-pullzone', weight: 0.9 },
      { on: 'header', key: 'cdn-requestid', weight: 0.9 },
      { on: 'header', key: 'cdn-uid', weight: 0.8 },
      { on: 'header', key: 'cdn-requestcountrycode', weight: 0.8 },
      { on: 'header', key: 'cdn-cachedat', weight: 0.8, passThrough: true },
      { on: 'header', key: 'cdn-cache', weight: 0.8, passThrough: true },
      // Edge server id (bunny.net docs quoted in https://github.com/CIDRAM/CIDRAM/issues/56).
      { on: 'header', key: 'cdn-serverid', weight: 0.85 },
      // Pull zones are <zone>.b-cdn.net; token authentication signs links with token= and expires=, and "a 403
      // page is returned" otherwise (https://docs.bunny.net/docs/cdn-token-authentication; a refused Stream
      // playlist in https://github.com/BunnyWay/BunnyCDN.TokenAuthentication/issues/8).
      { on: 'host', key: 'b-cdn.net', weight: 0.9 },
      // Bunny Stream's player and its files, https://iframe.mediadelivery.net/embed/{video_library_id}/{video_id} and
      // player.mediadelivery.net (https://docs.bunny.net/docs/stream-embedding-videos): bunny.net answers there itself
      // (its "404 - File Not Found" page for a playlist, https://github.com/mal1k-me/bunny-cdn-drm-video-dl/issues/16).
      { on: 'host', key: 'mediadelivery.net', weight: 0.9 },
      // Its missing file there is its own answer, whatever the page loads (review: only 404 and 410, as a 403 there may
      // be a rule of the library's owner).
      { on: 'host', key: 'mediadelivery.net', weight: 0.9, own: true, statuses: [404, 410] },
      // There a link signed for the library's token authentication carries token= and expires= ("a valid token and
      // expires pair if token authentication is enabled", https://bunny.net/docs/api-reference/stream/oembed/get-oembed-data):
      // its 403 is that token refused, as for a pull zone's below. Only with both: a bare 403 may say another cause.
      {
        on: 'url',
        key: 'Stream token authentication',
        value: /^(?=[a-z]+:\/\/[^/?#]*\.mediadelivery\.net[/:?#])(?=[^#]*[?&]token=)(?=[^#]*[?&]expires=)/i,
        weight: 0.5,
        action: 'auth',
        errorKey: 'bunny-token',
        statuses: [403],
      },
      {
        on: 'url',
        key: 'token authentication',
        // On its own zones only (token= and expires= are everyone's names); both parameters, in either order.
        value: /^(?=[a-z]+:\/\/[^/?#]*\.b-cdn\.net[/:?#])(?=[^#]*[?&]token=)(?=[^#]*[?&]expires=)/i,
        weight: 0.5,
        action: 'auth',
        errorKey: 'bunny-token',
        statuses: [403],
      },
      // A pull zone suspended or missing (https://github.com/VSCodium/vscodium/issues/1910,
      // https://github.com/domtronn/nuzlocke.app/issues/205).
      {
        on: 'body',
        key: 'Domain suspended or not configured',
        weight: 0.9,
        action: 'block',
        errorKey: 'bunny-domain-suspended',
        own: true,
      },
      { on: 'body', key: 'check your BunnyCDN account configuration', weight: 0.9, own: true },
    ],
  },
  {
    id: 'azure-app-service',
    name: 'Azure App Service',
    kind: 'platform',
    markers: [
      // Its page for an app that is not running, "Error 403 - This web app is stopped. The web app you have attempted to
      // reach is currently stopped and does not accept any requests." (https://github.com/parse-community/parse-server-example/issues/32):
      // its owner stopped it, or its plan's quota stopped it.
      {
        on: 'body',
        key: 'The web app you have attempted to reach is currently stopped',
        weight: 0.9,
        own: true,
        action: 'origin-error',
        errorKey: 'azure-app-service-stopped',
        statuses: [403],
      },
    ],
  },
  {
    id: 'azure-front-door',
    name: 'Azure Front Door',
    kind: 'cdn',
    markers: [
      // Reference string on every response: https://learn.microsoft.com/en-us/azure/frontdoor/refstring
      { on: 'header', key: 'x-azure-ref', weight: 0.9 },
      { on: 'header', key: 'x-azure-ref-originshield', weight: 0.9 },
      // Health-probe marker: https://learn.microsoft.com/en-us/azure/frontdoor/front-door-http-headers-protocol
      { on: 'header', key: 'x-fd-healthprobe', weight: 0.8 },
      {
        on: 'header',
        key: 'x-cache',
        value: /^(?:TCP_\w+|CONFIG_NOCACHE|PRIVATE_NOSTORE)$/,
        weight: 0.5,
        passThrough: true,
      },
      { on: 'cookie', key: 'ASLBSA', weight: 0.7 },
      { on: 'cookie', key: 'ASLBSACORS', weight: 0.7 },
      // Unconfigured host / no healthy origin page (Microsoft Q&A on Front Door 400/503 responses).
      {
        on: 'body',
        key: "Our services aren't available right now",
        weight: 0.9,
        action: 'origin-error',
        errorKey: 'azure-front-door-unavailable',
        own: true,
      },
      // WAF default block: 403 "The request is blocked." with the reference string.
      // https://learn.microsoft.com/en-us/azure/web-application-firewall/afds/waf-front-door-configure-custom-response-code
      {
        on: 'body',
        key: 'The request is blocked.',
        weight: 0.7,
        action: 'block',
        errorKey: 'azure-waf-block',
        own: true,
        statuses: [403],
      },
    ],
  },
  {
    id: 'azure-app-gateway',
    name: 'Azure Application Gateway',
    kind: 'waf',
    markers: [
      // Its own pages end with "Microsoft-Azure-Application-Gateway/v2" (wafw00f plugins/applicationgateway.py).
      {
        on: 'header',
        key: 'server',
        value: /^Microsoft-Azure-Application-Gateway/i,
        weight: 0.95,
        own: true,
      },
      { on: 'body', key: 'Microsoft-Azure-Application-Gateway', weight: 0.9, own: true },
      // WAF default block body: https://learn.microsoft.com/en-us/azure/web-application-firewall/ag/configure-custom-response-code
      {
        on: 'body',
        key: 'The request is blocked.',
        weight: 0.5,
        action: 'block',
        own: true,
        statuses: [403],
      },
      { on: 'cookie', key: 'ApplicationGatewayAffinity', weight: 0.8 },
      { on: 'cookie', key: 'ApplicationGatewayAffinityCORS', weight: 0.8 },
    ],
    statusRules: [
      {
        statuses: [403],
        action: 'block',
        when: 'own-page',
        errorKey: 'azure-waf-block',
      },
      {
        statuses: [502, 504],
        action: 'origin-error',
        when: 'own-page',
      },
    ],
  },
  {
    id: 'google-cloud',
    name: 'Google Cloud (load balancer / Cloud Armor)',
    kind: 'cdn',
    markers: [
      // Via: 1.1 google on Cloud CDN / external load balancer responses (Wappalyzer "Google Cloud CDN").
      { on: 'header', key: 'via', value: /^1\.1 google$/i, weight: 0.6 },
      // App Engine / Cloud Run front end (Wappalyzer "Google Cloud Load Balancing").
      { on: 'header', key: 'server', value: /^Google Frontend$/i, weight: 0.6 },
      { on: 'header', key: 'x-cloud-trace-context', weight: 0.3 },
      { on: 'header', key: 'x-guploader-uploadid', weight: 0.7 },
      // Its front end's own 500 page, "<h1>Error: Server Error</h1> <h2>The server encountered an error and could not
      // complete your request.<p>Please try again in 30 seconds.</h2>" (an App Engine site's,
      // https://github.com/SpectoLabs/hoverfly/issues/982), and its load balancer's 502, "…encountered a temporary error
      // and could not…" (https://github.com/vmware-archive/gcp-pcf-quickstart/issues/73).
      {
        on: 'body-match',
        key: 'front end error page',
        value:
          /The server encountered (?:a temporary error|an error) and could not complete your request\.<p>Please try again in 30 seconds\./i,
        weight: 0.85,
        action: 'origin-error',
        own: true,
        statuses: [500, 502, 503],
      },
      // Identity-Aware Proxy refusing a request without its sign-in, "Invalid IAP credentials: empty token" on a 401 (a
      // Go client's log behind IAP, https://github.com/flyteorg/flyte/issues/6089).
      {
        on: 'body',
        key: 'Invalid IAP credentials',
        weight: 0.9,
        action: 'auth',
        own: true,
        statuses: [401, 403],
      },
      // Cloud CDN's signed request, its Expires, KeyName and Signature
      // (https://cloud.google.com/sdk/gcloud/reference/compute/sign-url), as discovery+ and Viu carry them in a path
      // segment, /x-goog-token=Expires=1662201810&KeyName=prod-sign-url-key-eu&Signature=…/master.mpd (a refused
      // fragment in https://github.com/yt-dlp/yt-dlp/issues/4187; gcpcdn.viu.com's in players' demo configs). A 403 on
      // one is the CDN's check of the link.
      {
        on: 'url',
        key: 'signed path',
        value: /\/x-goog-token=[^/?#]{0,400}?\bKeyName=[^&/?#]{1,100}&Signature=/,
        weight: 0.85,
        action: 'auth',
        errorKey: 'google-cloud-signed',
        statuses: [403],
      },
      // Cloud Armor deny-403 answers with the load balancer's minimal page
      // ("<!doctype html>…<title>403</title>403 Forbidden"), as shown in Google Cloud Skills Boost labs.
      {
        on: 'body',
        key: '<title>403</title>403 Forbidden',
        weight: 0.75,
        action: 'block',
        errorKey: 'google-cloud-armor-deny',
        own: true,
        statuses: [403],
      },
      // Google front end's own 403 page ("403. That's an error."). Not where the address it echoes is Google's own
      // video link, /videoplayback?… (Drive's, https://github.com/ArdiArtani/Google-Drive-Player-Script/issues/1 and
      // /issues/3; YouTube's on googlevideo.com): there Google's video service refused its signed link, not a load
      // balancer a Cloud customer runs. The page sets the address in <code> (review).
      {
        on: 'body-match',
        key: 'Google front end 403',
        value: /Your client does not have permission to get URL(?! (?:<code>)?\/videoplayback\?)/,
        weight: 0.8,
        own: true,
      },
      // App Engine's denial-of-service block (dos.yaml) answers "403 Sorry..." behind "Server: Google Frontend":
      // "We're sorry... but your computer or network may be sending automated queries"
      // (https://github.com/snarfed/bridgy/issues/642).
      {
        on: 'body',
        key: 'your computer or network may be sending automated queries',
        weight: 0.9,
        action: 'block',
        own: true,
      },
    ],
  },
  {
    id: 'edgio',
    name: 'Edgio (Edgecast / Limelight)',
    kind: 'cdn',
    markers: [
      // Server ECAcc/ECS/ECD and X-EC-Debug (Wappalyzer "Azure CDN", "EdgeCast"; wafw00f plugins/edgecast.py).
      { on: 'header', key: 'server', value: /^(?:ECAcc|ECS|ECD)\b/, weight: 0.85 },
      { on: 'header-prefix', key: 'x-ec-', weight: 0.7 },
      // Edgio (Layer0) headers and cookies (Wappalyzer "Edgio").
      { on: 'header', key: 'x-0-status', weight: 0.9 },
      { on: 'header', key: 'x-0-t', weight: 0.9 },
      { on: 'cookie-prefix', key: 'layer0_', weight: 0.8 },
      // Limelight (wafw00f plugins/limelight.py).
      { on: 'cookie-prefix', key: 'limelight', weight: 0.6 },
      { on: 'header', key: 'x-limelight-edge-traffic', weight: 0.8 },
      // Delivery hostnames: Limelight *.llnwd.net / *.llnw.net / *.llnwi.net, Edgecast *.edgecastcdn.net
      // (catchpoint/WebPageTest.agent@560e4d5a5ca10b479c925e90a6f19cfbc655f5b7:internal/optimization_checks.py,
      // cdn_cnames 'Limelight' and 'Edgecast').
      { on: 'host', key: 'llnwd.net', weight: 0.85 },
      { on: 'host', key: 'llnw.net', weight: 0.85 },
      { on: 'host', key: 'llnwi.net', weight: 0.85 },
      { on: 'host', key: 'edgecastcdn.net', weight: 0.85 },
    ],
  },
];
