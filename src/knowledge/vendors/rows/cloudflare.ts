import type { VendorRow } from '../schema.ts';

export const CLOUDFLARE_ROWS: readonly VendorRow[] = [
  // Stream is delivered from its own hostnames; it inherits every Cloudflare marker (a 1020 on a Stream URL is
  // still a Cloudflare firewall rule). https://developers.cloudflare.com/stream/viewing-videos/
  {
    id: 'cloudflare-stream',
    name: 'Cloudflare Stream',
    // The video platform itself (its signed videos' 401s are its own rule), not a CDN in front of a service.
    kind: 'platform',
    parent: 'cloudflare',
    markers: [
      { on: 'host', key: 'cloudflarestream.com', weight: 0.97 },
      { on: 'host', key: 'videodelivery.net', weight: 0.97 },
      // Its API refusing an account that has not turned Stream on, "Cloudflare Stream not enabled"
      // (https://github.com/mondoohq/mql/pull/9300): the account's plan.
      {
        on: 'body',
        key: 'Cloudflare Stream not enabled',
        weight: 0.95,
        action: 'block',
        errorKey: 'cloudflare-stream-not-enabled',
        own: true,
      },
    ],
  },
  {
    id: 'cloudflare',
    name: 'Cloudflare',
    kind: 'cdn',
    markers: [
      // Ray ID, "<16 hex>-<IATA>": https://developers.cloudflare.com/fundamentals/reference/cloudflare-ray-id/
      { on: 'header', key: 'cf-ray', value: /^[0-9a-f]{8,}(?:-[a-z]{3,4})?$/i, weight: 0.95 },
      // Its public resolver's DNS-over-HTTPS hosts (cloudflare-dns.com, family.cloudflare-dns.com for 1.1.1.1 for Families,
      // https://github.com/wingman-jr-addon/wingman_jr/issues/213): whatever answers there is Cloudflare's own resolver.
      { on: 'host', key: 'cloudflare-dns.com', weight: 0.95, own: true },
      // Cloudflare Access's refusal as data for a client that is not a browser: its message, status, the application's
      // audience tag (64 hex) and the Ray ID, {"message": "Forbidden. You don't have permission to view this. Please contact
      // your system administrator.", "status_code": 403, "aud": "78cc…", "ray_id": "9927494edd3304f4"}
      // (renauld94/admins@adcb636b2759e77bbab998dfe2972dbd10a16535:deploy/cloudflare_access_remediation.md).
      {
        on: 'body-match',
        key: 'access refusal',
        value:
          /"status_code"\s*:\s*40[13]\s*,\s*"aud"\s*:\s*"[0-9a-f]{64}"\s*,\s*"ray_id"\s*:\s*"[0-9a-f]{16}"/,
        weight: 0.9,
        own: true,
        // Its application's identity rule, not a firewall's (review "77.").
        action: 'auth',
        errorKey: 'cloudflare-access',
      },
      // "cloudflare" / "cloudflare-nginx" in Server: Cloudflare docs, "Troubleshooting Cloudflare 5XX errors"
      // (developers.cloudflare.com/support/troubleshooting/cloudflare-errors/troubleshooting-cloudflare-5xx-errors/).
      { on: 'header', key: 'server', value: /^cloudflare/i, weight: 0.9 },
      // The only value is "challenge", set on every Challenge Page type:
      // https://developers.cloudflare.com/cloudflare-challenges/challenge-types/challenge-pages/detect-response/
      {
        on: 'header',
        key: 'cf-mitigated',
        value: /^challenge$/i,
        weight: 0.95,
        action: 'challenge',
        errorKey: 'cloudflare-challenge',
        own: true,
      },
      // Challenge-platform response headers (cf-chl-gen, cf-chl-out): same source, challenge flow.
      { on: 'header-prefix', key: 'cf-chl-', weight: 0.9, action: 'challenge', own: true },
      // Set when the response went through Cloudflare's cache logic, i.e. came from the origin; Cloudflare's own
      // block pages carry none. https://developers.cloudflare.com/cache/concepts/cache-responses/
      { on: 'header', key: 'cf-cache-status', weight: 0.85, passThrough: true },
      // Older responses: cf-request-id (2020–2021) and Expect-CT reporting to Cloudflare
      // (https://github.com/Ekultek/WhatWaf/issues/1186, /issues/1064).
      { on: 'header', key: 'cf-request-id', weight: 0.9 },
      { on: 'header', key: 'expect-ct', value: /report-uri\.cloudflare\.com/, weight: 0.8 },
      // Cookies: https://developers.cloudflare.com/fundamentals/reference/policies-compliances/cloudflare-cookies/
      { on: 'cookie', key: '__cf_bm', weight: 0.8 },
      { on: 'cookie', key: 'cf_clearance', weight: 0.85 },
      { on: 'cookie', key: '__cflb', weight: 0.8 },
      { on: 'cookie', key: '_cfuvid', weight: 0.8 },
      { on: 'cookie', key: '__cfruid', weight: 0.8 },
      { on: 'cookie', key: '__cfduid', weight: 0.8 },
      { on: 'cookie-prefix', key: 'cf_chl_', weight: 0.8, action: 'challenge' },
      // Default 1xxx/5xx error pages (same troubleshooting pages) and their stylesheet and footer.
      { on: 'body', key: 'used Cloudflare to restrict access', weight: 0.95, action: 'block', own: true },
      { on: 'body', key: 'Cloudflare Ray ID', weight: 0.9, own: true },
      { on: 'body', key: '/cdn-cgi/styles/cf.errors.css', weight: 0.9, own: true },
      { on: 'body', key: 'cf-error-details', weight: 0.85, own: true },
      { on: 'body', key: 'Attention Required! | Cloudflare', weight: 0.95, own: true },
      { on: 'body', key: 'Sorry, you have been blocked', weight: 0.9, own: true },
      // The block page's explanation, which a client quotes alone when it keeps the text only: "This website is using a
      // security service to protect itself from online attacks." (Podcast Index's API to a feed fetcher,
      // https://github.com/Podcastindex-org/docs-api/issues/117; with the page whole, https://github.com/bokub/linky/issues/61,
      // https://github.com/npm/cli/issues/8588).
      {
        on: 'body',
        key: 'This website is using a security service to protect itself from online attacks',
        weight: 0.9,
        action: 'block',
        own: true,
        // On its block's status only: a help page or a chat message quoting the sentence on a 200 is no block (review).
        statuses: [403],
      },
      // Its newer challenge page's headline, <h2 id="…" class="ch-title">Performing security verification</h2> under the
      // site's name (soccerdata's scraper on sofifa.com, https://github.com/probberechts/soccerdata/issues/947): the check,
      // on its refusal's status.
      {
        on: 'body-match',
        key: 'challenge headline',
        value: /class="ch-title">Performing security verification</,
        weight: 0.9,
        action: 'challenge',
        errorKey: 'cloudflare-challenge',
        own: true,
        statuses: [403, 503],
      },
      // Its older CAPTCHA page's explanation block, <h2 data-translate="why_captcha_headline">Why do I have to complete a
      // CAPTCHA?</h2> (a stored copy of the page, KawaiiNET/kcdn@3a3294c265287d8a155f5468aeb23fe2450a9008:
      // jscripts/s_f8b0311b3c26e76dabef4bd07236b9bd018226bb2ee79aae7e8164fb3d94469fb50f1b192a292e9c.js), which tools quote
      // alone when the page's head was cut (https://github.com/Jackett/Jackett/issues/3369).
      {
        on: 'body',
        key: 'data-translate="why_captcha_headline"',
        weight: 0.9,
        action: 'challenge',
        errorKey: 'cloudflare-challenge',
        own: true,
      },
      // Non-browser clients get the bare text "error code: 1020" and nothing else, no header of Cloudflare's
      // (https://github.com/curl/curl/issues/5127, https://github.com/JimmyLaurent/cloudflare-scraper/issues/27).
      { on: 'body-match', key: 'error code', value: /^\s*error code: 1\d{3}\s*$/, weight: 0.95, own: true },
      // Its older "I'm Under Attack" check, a 503 whose Refresh header sends the browser to /cdn-cgi/l/chk_jschl
      // (https://github.com/FreshRSS/FreshRSS/issues/1646).
      {
        on: 'header',
        key: 'refresh',
        value: /\/cdn-cgi\/l\/chk_jschl/i,
        weight: 0.95,
        action: 'challenge',
        errorKey: 'cloudflare-challenge',
        own: true,
      },
      // The same check's page as a 503, "Checking your browser before accessing", its form posting to the address asked
      // with the check's __cf_chl_jschl_tk__ parameter, <form class="challenge-form" id="challenge-form" action="…?
      // __cf_chl_jschl_tk__=…" (GitLab's API behind it, https://github.com/jdalrymple/gitbeaker/issues/1392). The form, on
      // a refusal: the parameter alone is in any address a visitor kept from it (a canonical link, review).
      {
        on: 'body',
        key: 'class="challenge-form" id="challenge-form"',
        statuses: [403, 503],
        weight: 0.95,
        action: 'challenge',
        errorKey: 'cloudflare-challenge',
        own: true,
      },
      { on: 'body', key: 'Ray ID', weight: 0.5, own: true },
      // Its block page's template by its own class names, as a client kept a part of it, '<span class="cf-code-label">Error
      // code <span>1020</span></span> … <div class="cf-error-description">' (https://github.com/Jackett/Jackett/issues/13844).
      { on: 'body', key: 'class="cf-error-description"', weight: 0.85, own: true },
      // Its managed challenge's sentence, "<site> needs to review the security of your connection before proceeding."
      // (kick.com's to yt-dlp, https://github.com/yt-dlp/yt-dlp/issues/6553).
      {
        on: 'body',
        key: 'needs to review the security of your connection before proceeding',
        weight: 0.9,
        action: 'challenge',
        errorKey: 'cloudflare-challenge',
        own: true,
        statuses: [403, 429, 503],
      },
      // Its Waiting Room's JSON for apps, on HTTP 200: {"cfWaitingRoom": {"inWaitingRoom": true, "waitTime": 5, …}}
      // (cloudflare/cloudflare-docs@b35babe985a8146e08a47a6b54cb15f9a0ee8eae:
      // products/waiting-room/src/content/how-to/mobile-traffic.md).
      {
        on: 'body-match',
        key: 'waiting room json',
        value: /^\s*\{\s*"cfWaitingRoom"\s*:\s*\{/,
        weight: 0.9,
        own: true,
      },
      // Its structured (JSON) error for API clients: "cloudflare_error":true beside ray_id, error_code and a
      // footer "This error was generated by Cloudflare on behalf of the website owner." (a 522 pasted in
      // https://github.com/anthropics/claude-code/issues/90947).
      { on: 'body', key: '"cloudflare_error":true', weight: 0.95, own: true },
      // 1010's sentence, "The owner of this website (<host>) has banned your access based on your browser's
      // signature (<ray>-ua48)", as a person copies the page's text (https://github.com/PostmonAPI/postmon/issues/121;
      // the title of 1010 in "Troubleshooting Cloudflare 1XXX errors", https://support.cloudflare.com/hc/articles/360029779472#error1010).
      {
        on: 'body',
        key: "has banned your access based on your browser's signature",
        weight: 0.9,
        own: true,
        // On the status its page is served with: the sentence quoted on a forum's 200 or in a 404 page is no refusal (review).
        statuses: [403],
        action: 'block',
        errorKey: 'cloudflare-1010',
      },
      // 1009's sentence, "The owner of this website (<host>) has banned the country or region your IP address is in
      // (<country>) from accessing this website.", with its number (https://github.com/Flowseal/zapret-discord-youtube/issues/5375)
      // and as a person copies it alone (https://github.com/gfwlist/gfwlist/issues/2009).
      {
        on: 'body',
        key: 'has banned the country or region your IP address is in',
        weight: 0.9,
        own: true,
        statuses: [403],
        action: 'geo',
        errorKey: 'cloudflare-1009',
      },
      // 1015 title, "Troubleshooting Cloudflare 1XXX errors" (…/troubleshooting-cloudflare-1xxx-errors/#error-1015).
      // As page text only, its own line or element: an API's own JSON says the same words in a string (Discord's {"message":
      // "You are being rate limited.", "retry_after": …}, https://github.com/Dracovian/Discord-Scraper/pull/69), or in a
      // sentence of its own ("Slow down, you are being rate limited", review).
      {
        on: 'body-match',
        key: 'You are being rate limited',
        value: /(?:^|[>\n:.\u2013-]|\b1015)[ \t]{0,8}You are being rate limited(?!\.?")/i,
        weight: 0.9,
        statuses: [429],
        action: 'rate-limit',
        errorKey: 'cloudflare-1015',
        own: true,
      },
      // Its 1xxx errors as JSON for a client that asks for it, typed by their page in its documentation:
      // {"type": "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/
      // error-1033/", "title": "Error 1033: Cloudflare Tunnel error", "status": 530, …}, on a quick tunnel's
      // trycloudflare.com address (https://github.com/orchidfiles/ungate/issues/28). As the error's type only: an
      // origin's JSON that links Cloudflare's documentation is the origin's (review).
      {
        on: 'body-match',
        key: 'typed 1xxx error',
        value:
          /"type"\s*:\s*"https:\/\/developers\.cloudflare\.com\/support\/troubleshooting\/http-status-codes\/cloudflare-1xxx-errors\/error-\d{4}\/?"/,
        weight: 0.95,
        own: true,
      },
      // Interstitial challenge page: title and the challenge-platform script it loads.
      // https://developers.cloudflare.com/cloudflare-challenges/challenge-types/challenge-pages/
      // Also injected into the site's own pages by JavaScript detections: a reference, not a challenge by itself
      // (https://developers.cloudflare.com/cloudflare-challenges/challenge-types/javascript-detections/).
      { on: 'body', key: '/cdn-cgi/challenge-platform/', weight: 0.9, action: 'challenge', ref: true },
      { on: 'body', key: '_cf_chl_opt', weight: 0.95, action: 'challenge', own: true },
      {
        on: 'body',
        key: 'Just a moment...',
        weight: 0.6,
        action: 'challenge',
        own: true,
        statuses: [403, 429, 503],
      },
    ],
    codes: [
      // 1xxx numbers "appear in the HTML body" ("Troubleshooting Cloudflare 1XXX errors"): the HTML
      // page wraps it in span.cf-error-code; non-HTML clients get "error code: 1020" as plain text.
      { from: 'body', pattern: /class="cf-error-code">\s*(\d{3,4})\s*</ },
      // The current page template puts the number in a bare span after `<span data-translate="error">`.
      { from: 'body', pattern: />\s*Error\s*<\/span>\s*<span[^>]*>\s*(1\d{3}|52\d|530)\s*</ },
      { from: 'body', pattern: /\berror(?: code)?:?\s*(1\d{3}|52\d|530)\b/i },
      // The 1015 page carries its number only in its feedback script, "errorCode:1015"
      // (https://github.com/firstof9/ha-gasbuddy/issues/184).
      { from: 'body', pattern: /\berrorCode:\s*(1\d{3})\b/ },
      // The block page's label with the number in a span of its own, "Error code <span>1020</span>" (the page above).
      { from: 'body', pattern: /class="cf-code-label">\s*Error code\s*<span>\s*(1\d{3})\s*</ },
    ],
    statusRules: [
      {
        // 520–527 and 530 are Cloudflare's own codes for a failed exchange with the origin.
        statuses: [520, 521, 522, 523, 524, 525, 526, 527, 530],
        action: 'origin-error',
        when: 'always',
        codeFromStatus: true,
        note: "Cloudflare's own status code: the origin server failed, not your connection",
      },
      {
        statuses: [403],
        action: 'block',
        when: 'no-pass-through',
        note: 'no cf-cache-status: Cloudflare probably answered itself',
      },
      {
        statuses: [429],
        action: 'rate-limit',
        when: 'no-pass-through',
        note: 'no cf-cache-status, so a Cloudflare rate-limiting rule answered',
      },
    ],
  },
];
