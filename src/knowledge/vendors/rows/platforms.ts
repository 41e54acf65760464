import type { VendorRow } from '../schema.ts';

/** Hosting platforms and smaller CDNs: mostly presence markers, a few with block pages of their own. */
export const PLATFORM_ROWS: readonly VendorRow[] = [
  {
    id: 'mashery',
    name: 'TIBCO Mashery (API gateway)',
    kind: 'platform',
    markers: [
      // Its proxy's banner on the answers it writes itself (Server: Mashery Proxy, Flexget/Flexget@05b661f5:
      // tests/cassettes/test_rottentomatoes…) and its error-code header, X-Mashery-Error-Code: ERR_403_…
      // (https://developer.mashery.com/docs/read/mashery_api/20/oauth_supporting_methods/OAuth_Generated_Errors).
      // The banner is on everything it passes through (a backend's own refusal too, review): it names, it does not sign.
      { on: 'header', key: 'server', value: /^Mashery Proxy/i, weight: 0.9, passThrough: true },
      { on: 'header', key: 'x-mashery-error-code', weight: 0.9, own: true },
      // Its refusal of an inactive developer key, as recorded whole in the cassette above.
      {
        on: 'body-match',
        key: 'Account Inactive',
        // Its other error shape too, {"code":403,"type":"Forbidden","detail":"Account Inactive"} (the battle.net API it
        // fronted, https://github.com/benweier/blizzard.js/issues/66).
        value:
          /^\s*\{(?:"error":\s*"Account Inactive"|"code":\s*403,\s*"type":\s*"Forbidden",\s*"detail":\s*"Account Inactive")\}\s*$/,
        weight: 0.8,
        own: true,
      },
    ],
    codes: [
      // Only the code its OAuth errors page shows: a request it cannot tie to a developer key (the page above).
      { from: 'x-mashery-error-code', pattern: /^(ERR_403_NOT_AUTHORIZED)$/, key: 'mashery-auth' },
    ],
  },
  {
    id: 'kong',
    name: 'Kong Gateway',
    kind: 'platform',
    markers: [
      // Server: kong/<version> on its own answers, Via: <http version> kong/<version> on what it proxies, its
      // latency headers (Kong/kong@22246ef28c16842098369b494eef879222e30c7b:kong/meta.lua, kong/init.lua,
      // kong/runloop/handler.lua, kong/constants.lua).
      { on: 'header', key: 'server', value: /^kong\/\d/i, weight: 0.9, own: true },
      { on: 'header', key: 'via', value: /\bkong\/\d/i, weight: 0.85 },
      { on: 'header', key: 'x-kong-response-latency', weight: 0.85 },
      { on: 'header', key: 'x-kong-upstream-latency', weight: 0.85 },
      { on: 'header', key: 'x-kong-proxy-latency', weight: 0.85 },
      // Its router's own answer for an address no route serves, 404 {"message": "no Route matched with those values"}
      // (curl -i in https://github.com/Kong/kong/issues/4294), with Kong 3's "request_id" beside it, or as plain text.
      {
        on: 'body-match',
        key: 'no route',
        value:
          /^\s*(?:\{\s*"message"\s*:\s*"no Route matched with those values"\s*(?:,\s*"request_id"\s*:\s*"[0-9a-f]{16,64}"\s*)?\}|no Route matched with those values\.?)\s*$/,
        weight: 0.9,
        own: true,
        statuses: [404],
      },
      // Its plugins' refusals: key-auth "No API key found in request" (and "Invalid authentication credentials"
      // before Kong 3.6, https://github.com/Kong/kong/issues/7101), acl "You cannot consume this service"
      // (kong/plugins/key-auth/handler.lua, kong/plugins/acl/handler.lua at the commit above; 4d03ca45edfa54c76e5d2d4271892f37b7524ddd).
      {
        on: 'body',
        key: 'No API key found in request',
        weight: 0.95,
        own: true,
        action: 'auth',
        errorKey: 'kong-auth',
      },
      // The same plugin's older wording, "No API key found in headers or querystring" (https://github.com/Kong/kong/issues/2013).
      {
        on: 'body',
        key: 'No API key found in headers or querystring',
        weight: 0.95,
        own: true,
        action: 'auth',
        errorKey: 'kong-auth',
      },
      // Its rate-limiting plugin's answer, the whole body {"message":"API rate limit exceeded"} on a 429
      // (Kong/docs.konghq.com@fb0334b0c3f75363112b1d546387b9b3fd704553:app/_hub/kong-inc/rate-limiting/overview/_index.md).
      // Whole only: other APIs say "API rate limit exceeded for <address>" (GitHub's) in their own envelopes. With Kong 3's
      // request_id beside it, as its router's answer above has it.
      {
        on: 'body-match',
        key: 'rate limit',
        value:
          /^\s*\{\s*"message"\s*:\s*"API rate limit exceeded"\s*(?:,\s*"request_id"\s*:\s*"[0-9a-f]{16,64}"\s*)?\}\s*$/,
        weight: 0.85,
        own: true,
        action: 'rate-limit',
        statuses: [429],
      },
      {
        on: 'body',
        key: 'You cannot consume this service',
        weight: 0.95,
        own: true,
        action: 'block',
        errorKey: 'kong-denied',
      },
    ],
  },
  {
    id: 'apisix',
    name: 'Apache APISIX',
    kind: 'platform',
    markers: [
      // "Server: APISIX web server" in its docs' examples (apisix.apache.org/docs/apisix/3.2/plugins/uri-blocker,
      // the grpc-transcode and cors plugin pages), "APISIX/<version>" in later releases.
      { on: 'header', key: 'server', value: /^APISIX\b/, weight: 0.9, own: true },
      // Its error pages, OpenResty's with a line of its own under them: "Powered by <a
      // href="https://apisix.apache.org/">APISIX</a>." (a 500 pasted in https://github.com/apache/apisix/issues/11382).
      {
        on: 'body',
        key: 'Powered by <a href="https://apisix.apache.org/">APISIX</a>',
        weight: 0.9,
        own: true,
      },
    ],
  },
  {
    id: 'heroku',
    name: 'Heroku',
    kind: 'platform',
    markers: [
      // Its router adds Via: 1.1 vegur (heroku/vegur@65d168f757e0ddb448f41cfb9e4b0281c747378d:src/vegur_utils.erl;
      // https://github.com/heroku/vegur/issues/188); apps live on *.herokuapp.com
      // (https://devcenter.heroku.com/articles/heroku-improved-router). The router adds it to every answer it carries:
      // a refusal with it and nothing of Heroku's own is the app's (httpbin's Digest challenge from gunicorn,
      // Flexget/Flexget@05b661f561b55147735538c0898abe966eb7525b:tests/cassettes/test_download.TestDownloadAuth.test_download_auth).
      { on: 'header', key: 'via', value: /^1\.1 vegur$/i, weight: 0.9, passThrough: true },
      { on: 'host', key: 'herokuapp.com', weight: 0.7 },
      // Its own error page frames herokucdn.com/error-pages/… (https://github.com/Puepis/issue-test/issues/20;
      // earlier s3.amazonaws.com/heroku_pages/, https://github.com/HabitRPG/habitica/issues/2655) with status 503
      // when the app failed (https://devcenter.heroku.com/articles/error-codes), "No such app" for a name that
      // is not there (https://github.com/jsonresume/resume-cli/issues/109).
      {
        on: 'body',
        key: 'herokucdn.com/error-pages/application-error',
        weight: 0.95,
        own: true,
        action: 'origin-error',
        errorKey: 'heroku-app-error',
      },
      // The "No such app" page frames error-pages/no-such-app.html (its text lives in the frame).
      {
        on: 'body',
        key: 'herokucdn.com/error-pages/no-such-app',
        weight: 0.95,
        own: true,
        action: 'unknown',
        errorKey: 'heroku-no-such-app',
      },
      {
        on: 'body',
        key: 's3.amazonaws.com/heroku_pages/',
        weight: 0.9,
        own: true,
        action: 'origin-error',
        errorKey: 'heroku-app-error',
      },
      // The same page as people copy it from the screen, "Application error / An error occurred in the application and
      // your page could not be served" (https://github.com/requests/httpbin/issues/510,
      // https://github.com/oscarmorrison/nightmare-heroku/issues/15).
      {
        on: 'body',
        key: 'An error occurred in the application and your page could not be served',
        weight: 0.9,
        own: true,
        action: 'origin-error',
        errorKey: 'heroku-app-error',
        // Its router's status for it (a 401 or an article that quotes the sentence is not it, review).
        statuses: [503],
      },
      {
        on: 'body',
        key: 'There is no app configured at that hostname',
        weight: 0.95,
        own: true,
        action: 'unknown',
        errorKey: 'heroku-no-such-app',
      },
    ],
  },
  {
    id: 'vercel',
    name: 'Vercel',
    kind: 'cdn',
    markers: [
      // https://vercel.com/docs/headers/response-headers (x-vercel-id, x-vercel-cache, server: Vercel)
      { on: 'header', key: 'x-vercel-id', weight: 0.95 },
      { on: 'header', key: 'server', value: /^Vercel$/i, weight: 0.9 },
      { on: 'header', key: 'x-vercel-cache', weight: 0.85, passThrough: true },
      // Its own error page, "404: NOT_FOUND Code: NOT_FOUND ID: fra1::4hqpk-1745266764256-a195fef235b1"
      // (https://github.com/cooderl/wewe-rss/issues/399; its codes, https://vercel.com/docs/errors), the request's id
      // as x-vercel-id gives it; and its plain-text "The deployment could not be found on Vercel."
      // (https://github.com/vercel/examples/issues/877).
      {
        on: 'body-match',
        key: 'error page',
        value: /\bCode: [A-Z_]{4,60}\s+ID: [a-z]{3}\d::[a-z0-9]{5}-\d{13}-[0-9a-f]{12}\b/,
        weight: 0.9,
        own: true,
      },
      { on: 'body', key: 'The deployment could not be found on Vercel', weight: 0.9, own: true },
      // Firewall mitigation header (challenge / deny): https://vercel.com/docs/vercel-firewall
      {
        on: 'header',
        key: 'x-vercel-mitigated',
        value: /^challenge$/i,
        weight: 0.95,
        action: 'challenge',
        errorKey: 'vercel-challenge',
        own: true,
      },
      {
        on: 'header',
        key: 'x-vercel-mitigated',
        value: /^deny$/i,
        weight: 0.95,
        action: 'block',
        errorKey: 'vercel-deny',
        own: true,
      },
      // Challenge interstitial (identYwaf "vercel", wafw00f plugins/vercel.py).
      {
        on: 'body',
        key: 'Vercel Security Checkpoint',
        weight: 0.95,
        action: 'challenge',
        errorKey: 'vercel-challenge',
        own: true,
      },
      { on: 'header', key: 'x-vercel-error', weight: 0.95, own: true },
      // Its page for an address no deployment serves, "The deployment could not be found on Vercel.
      // DEPLOYMENT_NOT_FOUND" (curl's output in https://github.com/vercel/examples/issues/877).
      { on: 'body', key: 'The deployment could not be found on Vercel', weight: 0.9, own: true },
      // Its page for a deployment it switched off or its owner paused, with or without the request's ID (sources below).
      // On its statuses for them only, its markup between the words (a page that quotes the text is not it, review).
      {
        on: 'body-match',
        key: 'deployment switched off',
        value: /\bCode: (?:<code>)?DEPLOYMENT_(?:DISABLED|PAUSED)\b/,
        weight: 0.9,
        own: true,
        statuses: [402, 451, 503],
      },
    ],
    // Platform error codes: https://vercel.com/docs/errors. Its page for a deployment it switched off says the code
    // in the body, "402: PAYMENT_REQUIRED Code: DEPLOYMENT_DISABLED ID: arn1::6zsv8-…" (https://github.com/kangoka/tiktodv3/issues/184),
    // "451: DEPLOYMENT_DISABLED Code: DEPLOYMENT_DISABLED" (https://github.com/anuraghazra/github-readme-stats/issues/378),
    // "503: SERVICE_UNAVAILABLE Code: DEPLOYMENT_PAUSED" (…/issues/4867).
    codes: [
      { from: 'x-vercel-error', pattern: /^([A-Z][A-Z_]+)$/ },
      {
        from: 'body',
        pattern: /\bCode: (?:<code>)?(DEPLOYMENT_(?:DISABLED|PAUSED))\b/,
        statuses: [402, 451, 503],
      },
    ],
  },
  {
    id: 'fly-io',
    name: 'Fly.io',
    // Its proxy stamps every answer of the apps it runs: a refusal is the app's, as on Heroku.
    kind: 'platform',
    markers: [
      // fly-request-id, Server: Fly/<build> (<date>), Via: … fly.io (enthec/webappanalyzer@1b9eee8154c0f01e7888c5242cf6fbbc4a3fcea6:src/technologies/f.json "Fly.io";
      // superfly/docs@005ac199c198c315d68127bf36692f86da72e3ed:networking/request-headers.html.md).
      { on: 'header', key: 'fly-request-id', weight: 0.95 },
      { on: 'header', key: 'server', value: /^Fly\/\w+ \(/, weight: 0.9 },
      { on: 'header', key: 'via', value: /\bfly\.io$/, weight: 0.85 },
    ],
  },
  {
    id: 'render',
    name: 'Render',
    kind: 'cdn',
    // x-render-origin-server names the app's server, "Render" when Render answered itself (enthec/webappanalyzer@1b9eee8154c0f01e7888c5242cf6fbbc4a3fcea6:src/technologies/r.json "Render").
    markers: [
      { on: 'header', key: 'x-render-origin-server', value: /^Render$/i, weight: 0.9, own: true },
      // Any other value is the app's own server: the answer came through Render from the app.
      { on: 'header', key: 'x-render-origin-server', weight: 0.85, passThrough: true },
      // Its router's own failures name themselves, "x-render-routing: dynamic-hibernate-error-503" for a free service
      // asleep (curl -I in colmeta/compliancecopilot2@b80be536cbda12ff909676a352bef54fdfbf8f3f:RENDER_HIBERNATION_FIX.md).
      { on: 'header', key: 'x-render-routing', value: /-error-\d{3}$/, weight: 0.9, own: true },
      // Its whole answer for a service it suspended or its owner suspended, "This service has been suspended." / "…
      // suspended by its owner." in plain text (https://github.com/CybriaTech/CybriaGG/issues/9 "Render shuts it down",
      // https://github.com/AhmadIbrahiim/Website-downloader/issues/85, https://github.com/abskmj/iptv-youtube-live/issues/22).
      {
        on: 'body-match',
        key: 'service suspended',
        value: /^\s{0,4}This service has been suspended(?: by its owner)?\.\s{0,4}$/i,
        weight: 0.85,
        action: 'block',
        errorKey: 'render-suspended',
        own: true,
        statuses: [503],
      },
    ],
  },
  {
    id: 'firebase-hosting',
    name: 'Firebase Hosting',
    kind: 'platform',
    // Vary names x-fh-requested-host (enthec/webappanalyzer@1b9eee8154c0f01e7888c5242cf6fbbc4a3fcea6:src/technologies/f.json "Firebase").
    markers: [
      { on: 'header', key: 'vary', value: /x-fh-requested-host/i, weight: 0.9 },
      // Its page for an address with nothing deployed: "Site Not Found / Why am I seeing this? … You haven't deployed an
      // app yet. You may have deployed an empty directory. This is a custom domain, but we haven't finished setting it
      // up yet." (https://github.com/amruthpillai/All-The-Words-That-I-Know/issues/3, https://github.com/rvaidun/befake/issues/78).
      { on: 'body', key: 'You may have deployed an empty directory', weight: 0.9, own: true },
    ],
  },
  {
    id: 'github-pages',
    name: 'GitHub Pages',
    kind: 'platform',
    markers: [
      // Sites on *.github.io (enthec/webappanalyzer@1b9eee8154c0f01e7888c5242cf6fbbc4a3fcea6:src/technologies/g.json "GitHub Pages"); its 404 "There isn't a GitHub Pages site here."
      // (https://github.com/chaos-eng/chaos-eng.github.io/issues/56). Server: GitHub.com alone is github.com's too.
      { on: 'host', key: 'github.io', weight: 0.85 },
      { on: 'body', key: "There isn't a GitHub Pages site here", weight: 0.95, own: true },
    ],
  },
  {
    id: 'hubspot',
    name: 'HubSpot CMS',
    // Sites it hosts answer through Cloudflare (Cloudflare for SaaS): its own headers name the answer's author.
    kind: 'platform',
    markers: [
      // x-hs-hub-id, X-Powered-By: HubSpot (enthec/webappanalyzer@1b9eee8154c0f01e7888c5242cf6fbbc4a3fcea6:src/technologies/h.json
      // "HubSpot CMS Hub").
      { on: 'header', key: 'x-hs-hub-id', weight: 0.9 },
      { on: 'header', key: 'x-powered-by', value: /^HubSpot\b/i, weight: 0.9 },
      // Its edge's own missing-page answer, "x-hs-reason: 404 predicted at edge" beside x-hs-prerendered-error, through
      // Cloudflare (https://github.com/nkanaev/yarr/issues/247, a feed reader's curl -I).
      { on: 'header', key: 'x-hs-reason', weight: 0.9, own: true },
      { on: 'header', key: 'x-hs-prerendered-error', weight: 0.9, own: true },
    ],
  },
  {
    id: 'yinzcam',
    name: 'YinzCam (sports clubs’ apps and video)',
    kind: 'platform',
    markers: [
      // The video-token service of the leagues' apps it runs (signon-live-nrl.yinzcam.com/subscription/videotoken), its
      // refusal <RestErrorResponse><ErrorCode>SECURITY_EXCEPTION</ErrorCode>…"You are not authorized to access this
      // content." (aussieaddons/plugin.video.nrl-live@c8594494cca19ca55cc243be941c117c2f3b9ffa:
      // resources/tests/fakes/xml/EMBED_TOKEN_FAIL.xml,
      // resources/lib/config.py).
      { on: 'host', key: 'yinzcam.com', weight: 0.85 },
      // Its shape, not the element alone: <RestErrorResponse> is the root any Spring or Jackson-XML error class of that name
      // gets (review).
      {
        on: 'body-match',
        key: 'RestErrorResponse with UserMessage',
        value: /<RestErrorResponse>\s{0,10}<ErrorCode>[A-Z_]{3,40}<\/ErrorCode>\s{0,10}<UserMessage>/,
        weight: 0.8,
        own: true,
      },
    ],
  },
  {
    id: 'redbee',
    name: 'Red Bee Media (OTT platform)',
    kind: 'platform',
    markers: [
      // Its Exposure API, the broadcasters' entitlement and play service (exposure.api.redbee.live/v2/customer/RTBF/
      // businessunit/Auvio/entitlement/…/play, https://github.com/Catch-up-TV-and-More/plugin.video.catchuptvandmore/issues/1477).
      { on: 'host', key: 'redbee.live', weight: 0.85 },
      // Its licence proxies for broadcasters, c4.eme.lp.aws.redbeemedia.com/wvlicenceproxy-service/widevine/acquire
      // (Channel 4's, answering 400 with its own status object, https://github.com/xbmc/inputstream.adaptive/issues/995).
      { on: 'host', key: 'redbeemedia.com', weight: 0.85 },
    ],
  },
  {
    id: 'oracle-cloud',
    name: 'Oracle Cloud Infrastructure (Object Storage and its other APIs)',
    // Its own services answer with it, as a store answers for its buckets: the refusal is theirs.
    kind: 'store',
    markers: [
      // Every API of its cloud (Object Storage among them) answers with its request id, opc-request-id, and errors as
      // {"code": "NotAuthenticated", "message": …} (oci-cli's report, https://github.com/oracle/oci-cli/issues/68).
      { on: 'header', key: 'opc-request-id', weight: 0.85 },
      // Its own error's code, not the header alone: its API Gateway puts the header on a backend's answers too (review).
      {
        on: 'body-match',
        key: 'OCI error code',
        value: /"code":\s?"NotAuthenticated"/,
        weight: 0.8,
        own: true,
      },
    ],
  },
  {
    id: 'o2switch',
    name: 'o2switch',
    // Its front stamps every hosted site's answer: a site's own 403 is the site's (review).
    kind: 'platform',
    // The French host's caching front, "Server: o2switch PowerBoost" (https://github.com/miniflux/miniflux-legacy/issues/426).
    markers: [{ on: 'header', key: 'server', value: /^o2switch\b/i, weight: 0.9 }],
  },
  {
    id: 'netlify',
    name: 'Netlify',
    kind: 'cdn',
    markers: [
      // Wappalyzer "Netlify"; cache-status per RFC 9211 as Netlify documents it
      // (https://docs.netlify.com/platform/caching/).
      { on: 'header', key: 'x-nf-request-id', weight: 0.95 },
      { on: 'header', key: 'server', value: /^Netlify/i, weight: 0.9 },
      { on: 'header', key: 'cache-status', value: /Netlify Edge/i, weight: 0.8, passThrough: true },
      // Its "Site not found" page ends with "Netlify Internal ID: <id>" (https://github.com/gareth618/pastemd/issues/3).
      { on: 'body', key: 'Netlify Internal ID:', weight: 0.9, own: true },
      // Its plain answer for a site name nobody has, "Not Found - Request ID: 01FH76G…" (a ULID), as
      // https://github.com/EdOverflow/can-i-take-over-xyz/pull/239 quotes it for *.netlify.app.
      {
        on: 'body-match',
        key: 'plain 404',
        value: /^\s*Not Found - Request ID: [0-9A-Z]{26}\s*$/,
        weight: 0.9,
        own: true,
        statuses: [404],
      },
      // Its stock 404 for a path a deployed site does not have, "If this is your site, and you weren’t expecting a 404 for
      // this path, please visit Netlify’s “page not found” support guide" (https://github.com/stackblitz/bolt.new/issues/10331).
      {
        on: 'body',
        key: 'If this is your site, and you weren’t expecting a 404 for this path',
        weight: 0.9,
        own: true,
        statuses: [404],
      },
      // Its page for a project paused at its plan's usage limit ("visitors will find a message that says Site not
      // available that mentions your site is paused", https://docs.netlify.com/manage/accounts-and-billing/billing/resume-paused-projects):
      // "Site not available / This site was paused as it reached its usage limits" (https://github.com/lihaoze123/cptracker/issues/14).
      {
        on: 'body',
        key: 'This site was paused as it reached its usage limits',
        weight: 0.9,
        action: 'block',
        errorKey: 'netlify-paused',
        own: true,
      },
    ],
  },
  {
    id: 'stackpath',
    name: 'StackPath (Highwinds)',
    kind: 'cdn',
    markers: [
      { on: 'header', key: 'server', value: /^StackPath/i, weight: 0.9 },
      { on: 'header-prefix', key: 'x-sp-', weight: 0.7 },
      // X-HW: Highwinds, StackPath's CDN (cdn-detector data/headers.json).
      { on: 'header', key: 'x-hw', weight: 0.8 },
      { on: 'header', key: 'x-provided-by', value: /^StackCDN/i, weight: 0.8 },
      // WAF block page (wafw00f plugins/stackpath.py, identYwaf "stackpath").
      {
        on: 'body',
        key: 'triggered the service and blocked your request',
        weight: 0.9,
        action: 'block',
        errorKey: 'stackpath-waf-block',
        own: true,
      },
      {
        on: 'body',
        key: 'is using a security service for protection against online attacks',
        weight: 0.8,
        own: true,
      },
    ],
  },
  {
    id: 'gcore',
    name: 'Gcore',
    kind: 'cdn',
    markers: [
      // X-ID / X-ID-FE ending in the node name "-gc<NN>" (Wappalyzer "Gcore").
      { on: 'header', key: 'x-id', value: /-gc\d{2}$/i, weight: 0.85 },
      { on: 'header', key: 'x-id-fe', value: /-gc\d{2}$/i, weight: 0.85 },
      // Its video hosting's delivery domain, as its secure-token guide shows it
      // (https://gcore.com/docs/cdn/video-cdn/secure-token: demo-files-protected.gvideo.io).
      { on: 'host', key: 'gvideo.io', weight: 0.85 },
      // Its video secure token in the path, /videos/<id>/<token>/<expiry>/master.m3u8, refused 410 once expired
      // (G-Core/product-documentation@5b666307cd89d0bb047dd97c3b4a632ac9de1ac4:streaming/interaction-with-cdn/video-secure-token.mdx).
      {
        on: 'url',
        key: 'video secure token',
        value: /^[a-z]+:\/\/[^/?#]*\.gvideo\.io\/videos\/[\w-]{1,80}\/[\w-]{16,64}\/\d{10}\//i,
        weight: 0.6,
        action: 'auth',
        errorKey: 'gcore-token',
        statuses: [403, 410],
      },
    ],
  },
  {
    id: 'keycdn',
    name: 'KeyCDN',
    kind: 'cdn',
    markers: [
      // Server: keycdn-engine (Wappalyzer "KeyCDN").
      { on: 'header', key: 'server', value: /^keycdn-engine$/i, weight: 0.95 },
      // Zone URLs are <zone>-<id>.kxcdn.com; a Secure Token link carries token= and expire=, refused with 403 when
      // not valid and 410 Gone once expired (https://keycdn.com/support/secure-token, .../cdn-error-codes).
      { on: 'host', key: 'kxcdn.com', weight: 0.9 },
      {
        on: 'url',
        key: 'Secure Token',
        // On its own zones only (token= and expire= are common names); both parameters, in either order.
        value: /^(?=[a-z]+:\/\/[^/?#]*\.kxcdn\.com[/:?#])(?=[^#]*[?&]token=)(?=[^#]*[?&]expire=)/i,
        weight: 0.5,
        action: 'auth',
        errorKey: 'keycdn-token',
        statuses: [403, 410],
      },
    ],
  },
  {
    id: 'cdn77',
    name: 'CDN77',
    kind: 'cdn',
    markers: [
      // Server: CDN77-Turbo and the X-77-* family (Wappalyzer "CDN77"; cdn_rules.json of cdn-server-info).
      { on: 'header', key: 'server', value: /^CDN77/i, weight: 0.95 },
      { on: 'header-prefix', key: 'x-77-', weight: 0.9 },
    ],
  },
  {
    id: 'medianova',
    name: 'Medianova',
    kind: 'cdn',
    markers: [
      // Server: MNCDN, X-MNRequest-Id (cdn_rules.json of cdn-server-info).
      { on: 'header', key: 'server', value: /^MNCDN/i, weight: 0.9 },
      // Its delivery hosts, <region>.mncdn.com (a Turkish channel's signed playlist, mn-nl.mncdn.com/dogusdyg_ntv/…smil/
      // playlist.m3u8, ipstreet312/freeiptv@7f4df0fa93b1c1e7af230fedf780432bd9719e75:ressources/tur/ntv.m3u8).
      { on: 'host', key: 'mncdn.com', weight: 0.85 },
      { on: 'header', key: 'x-mnrequest-id', weight: 0.9 },
      { on: 'header', key: 'x-mserver', weight: 0.6 },
    ],
  },
  {
    id: 'qrator',
    name: 'Qrator',
    kind: 'waf',
    markers: [
      // Server: QRATOR (wafw00f plugins/qrator.py); qrator_* session cookies.
      { on: 'header', key: 'server', value: /^QRATOR/i, weight: 0.95 },
      { on: 'cookie-prefix', key: 'qrator_', weight: 0.85 },
    ],
  },
  {
    id: 'ddos-guard',
    name: 'DDoS-Guard',
    kind: 'waf',
    markers: [
      // Server: ddos-guard and __ddg1_/__ddg2_/__ddgid_/__ddgmark_ cookies (wafw00f plugins/ddosguard.py).
      { on: 'header', key: 'server', value: /^ddos-guard$/i, weight: 0.95 },
      { on: 'cookie-prefix', key: '__ddg', weight: 0.9 },
      // The browser check loads its script from check.ddos-guard.net (FlareSolverr challenge selectors).
      {
        on: 'body',
        key: 'check.ddos-guard.net',
        weight: 0.95,
        action: 'challenge',
        errorKey: 'ddos-guard-challenge',
        own: true,
      },
      { on: 'body', key: 'DDoS-Guard', weight: 0.6, own: true },
    ],
  },
  {
    id: 'wangsu',
    name: 'Wangsu / CDNetworks',
    kind: 'cdn',
    markers: [
      // X-WS-Request-Id, X-Px, Server PWS/ChinaNetCenter (cdn_rules.json of cdn-server-info; cdn-detector).
      { on: 'header', key: 'x-ws-request-id', weight: 0.85 },
      { on: 'header', key: 'server', value: /^(?:PWS|ChinaNetCenter)\b/i, weight: 0.8 },
      // Its edge's own name, "Server: Cdn Cache Server V2.0" with X-Ws-Request-Id and X-Cache-Error: ERR_… on its errors
      // (https://github.com/Ekultek/WhatWaf/issues/328).
      { on: 'header', key: 'server', value: /^Cdn Cache Server\b/i, weight: 0.85 },
      { on: 'header', key: 'x-px', weight: 0.6 },
      { on: 'header', key: 'x-hello-human', value: /cdnetworks/i, weight: 0.85 },
      // CDNetworks delivery hostnames *.cdngc.net / *.gccdn.net / *.panthercdn.com
      // (catchpoint/WebPageTest.agent@560e4d5a5ca10b479c925e90a6f19cfbc655f5b7:internal/optimization_checks.py,
      // cdn_cnames 'CDNetworks').
      { on: 'host', key: 'cdngc.net', weight: 0.85 },
      { on: 'host', key: 'gccdn.net', weight: 0.85 },
      { on: 'host', key: 'panthercdn.com', weight: 0.85 },
    ],
  },
  {
    id: 'chinacache',
    name: 'ChinaCache',
    kind: 'cdn',
    // Powered-By-ChinaCache (wafw00f plugins/chinacache.py).
    markers: [{ on: 'header', key: 'powered-by-chinacache', weight: 0.95 }],
  },
  {
    id: 'alibaba',
    name: 'Alibaba Cloud CDN',
    kind: 'cdn',
    markers: [
      // Its CC protection's page, "The website is under attack, You have requested too frequently", on a 403 when a
      // client passes its per-minute rule (https://aliyuncs.cn/post-796.html, a troubleshooting guide to its 403s).
      {
        on: 'body',
        key: 'The website is under attack, You have requested too frequently',
        weight: 0.9,
        own: true,
      },
      // EagleId, Ali-Swift-Global-Savetime, X-Swift-*, Via cacheNN.l2…: headers of an Alibaba CDN response
      // (help.aliyun.com cache configuration example).
      { on: 'header', key: 'eagleid', weight: 0.85 },
      { on: 'header', key: 'ali-swift-global-savetime', weight: 0.9, passThrough: true },
      { on: 'header', key: 'x-swift-savetime', weight: 0.85, passThrough: true },
      { on: 'header', key: 'x-swift-cachetime', weight: 0.85 },
      { on: 'header', key: 'via', value: /cache\d+\.l2/i, weight: 0.7 },
      // Not `Server: Tengine` alone: Tengine is Taobao's open-source nginx (https://github.com/alibaba/tengine) that
      // other services run as their own server (EZVIZ's HLS origin answering 404 with it,
      // https://github.com/mangui/flashls/issues/478); Alibaba's nodes say so in the headers above.
      // X-Tengine-Error: the CDN node refused, not the origin, and its value says why
      // (https://www.alibabacloud.com/help/en/cdn/user-guide/access-control-troubleshooting-guide): URL
      // authentication (auth_key missing, expired or wrong), the service's Referer and User-Agent lists, its IP lists.
      {
        on: 'header',
        key: 'x-tengine-error',
        value: /^denied by req auth/i,
        weight: 0.95,
        action: 'auth',
        errorKey: 'alibaba-url-auth',
        own: true,
      },
      {
        on: 'header',
        key: 'x-tengine-error',
        value: /^(?:denied by referer acl|black ua|not in white ua)/i,
        weight: 0.95,
        action: 'block',
        errorKey: 'alibaba-access-rule',
        own: true,
      },
      {
        on: 'header',
        key: 'x-tengine-error',
        value: /^denied by ip acl/i,
        weight: 0.95,
        action: 'block',
        errorKey: 'alibaba-ip-rule',
        own: true,
      },
      { on: 'header', key: 'x-tengine-error', weight: 0.9, own: true },
      // Alibaba Cloud WAF (Aliyundun) block page (wafw00f plugins/aliyundun.py, identYwaf "aliyundun").
      {
        on: 'body',
        key: "Sorry, your request has been blocked as it may cause potential threats to the server's security",
        weight: 0.95,
        action: 'block',
        errorKey: 'alibaba-waf-block',
        own: true,
      },
      {
        on: 'body',
        key: 'errors.aliyun.com',
        weight: 0.9,
        action: 'block',
        errorKey: 'alibaba-waf-block',
        own: true,
      },
    ],
  },
  // Proxy networks a scraper's or a viewer's traffic goes through: their own error headers say the proxy answered.
  {
    id: 'brightdata',
    name: 'Bright Data (proxy network)',
    kind: 'platform',
    markers: [
      // Its Proxy Manager's and super proxies' error headers: "x-lpm-error: connect ECONNREFUSED …" on a 502
      // (https://github.com/luminati-io/luminati-proxy/issues/119), "x-luminati-error" with "x-luminati-error-code:
      // expect_element" (https://help.brightdata.com/hc/en-us/articles/13294853383313-Error-code-502), and RFC 9209's
      // Proxy-Status as its error catalogue shows it, spelt "brd.brighdata.io" there
      // (https://docs.brightdata.com/cn/proxy-networks/errorCatalog).
      { on: 'header', key: 'x-lpm-error', weight: 0.95, own: true },
      { on: 'header', key: 'x-luminati-error', weight: 0.95, own: true },
      { on: 'header', key: 'x-luminati-error-code', weight: 0.95, own: true },
      // Its Web Unlocker's error headers, "x-brd-error: Request Failed (bad_endpoint): …" with "x-brd-error-code:
      // ub_bad_endpoint_robots" (https://docs.brightdata.com/scraping-automation/web-unlocker/error-codes).
      // On its own refusals and failures only: a page it fetched whole is the target's (review).
      {
        on: 'header',
        key: 'x-brd-error-code',
        weight: 0.95,
        own: true,
        statuses: [400, 401, 403, 407, 429, 500, 502, 503, 504],
      },
      // With an error of its own only: "received-status" alone is the target's answer it passed on (RFC 9209; review).
      {
        on: 'header',
        key: 'proxy-status',
        value: /^brd\.bright?data\.io\b.*;\s*error=/i,
        weight: 0.9,
        own: true,
      },
    ],
    codes: [
      // Its Web Unlocker's code for a site kept from accounts in "immediate access" mode (not yet verified) by the site's
      // robots.txt (its error-codes page above): the account's access level.
      {
        from: 'x-brd-error-code',
        pattern: /^(ub_bad_endpoint_robots)$/i,
        keys: { UB_BAD_ENDPOINT_ROBOTS: 'brightdata-robots' },
      },
    ],
  },
  {
    id: 'oxylabs',
    name: 'Oxylabs (proxy network)',
    kind: 'platform',
    markers: [
      // Its proxies' refusals, "X-Error-Description: Access denied: restricted target. Please contact support or your
      // account manager if you have any questions." (https://developers.oxylabs.io/proxies/mobile-proxies/response-codes).
      {
        on: 'header',
        key: 'x-error-description',
        value:
          /^Access denied: (?:restricted target|traffic limit reached)\. Please contact support or your account manager/i,
        weight: 0.9,
        own: true,
      },
    ],
  },
  {
    id: 'scrapoxy',
    name: 'Scrapoxy (proxy manager)',
    kind: 'platform',
    // Its own answer when the proxy it chose fails, the whole text "error in proxy request"
    // (https://github.com/scrapoxy/scrapoxy/issues/13).
    markers: [
      {
        on: 'body-match',
        key: 'error in proxy request',
        value: /^\s*error in proxy request\s*$/,
        weight: 0.85,
        own: true,
      },
    ],
  },
  {
    id: 'imgix',
    name: 'imgix (image delivery)',
    kind: 'platform',
    // Its delivery hosts, <source>.imgix.net, refusing a request without the signature the source requires
    // (https://github.com/simonw/sfms-history/issues/10).
    markers: [{ on: 'host', key: 'imgix.net', weight: 0.85 }],
  },
  {
    id: 'tencent',
    name: 'Tencent Cloud CDN / EdgeOne',
    kind: 'cdn',
    markers: [
      // EdgeOne default headers: https://www.tencentcloud.com/document/product/1145/54212 ; X-NWS-LOG-UUID on the
      // classic CDN (cdn_rules.json of cdn-server-info); Server: TencentEdgeOne (Wappalyzer "EdgeOne").
      { on: 'header', key: 'eo-log-uuid', weight: 0.9 },
      { on: 'header', key: 'eo-cache-status', weight: 0.85, passThrough: true },
      { on: 'header', key: 'x-nws-log-uuid', weight: 0.9 },
      // Its video-on-demand delivery's server name, on a hotlink-protection 403 its documentation shows (tencentyun/
      // intlcloud-documents@02ec31c2626e18091982c1934bd4aded84cf5043, VOD "Key hotlink protection", English version).
      { on: 'header', key: 'server', value: /^NWS_VP$/i, weight: 0.85 },
      { on: 'header', key: 'server', value: /^TencentEdgeOne$/i, weight: 0.9 },
      // Its loop counter (the CDN-Loop field of RFC 8586) on its own 423: a request that went round its nodes and came
      // back, "423 Locked … cdn-loop: TencentEdgeOne; loops=16" behind Cloudflare (`curl -I` in
      // gengyue2468/www@61b27f35677bb089bea9219dc04eb94bc02d8dc6:src/content/blog/edgeone-test.md): the service's own
      // configuration sends it back, no rule about the viewer.
      {
        on: 'header',
        key: 'cdn-loop',
        value: /^TencentEdgeOne;\s?loops=(?:[2-9]|\d{2,3})\b/i,
        weight: 0.9,
        action: 'origin-error',
        errorKey: 'tencent-loop',
        own: true,
        statuses: [423],
      },
      // Tencent Cloud WAF block page (wafw00f plugins/qcloud.py, identYwaf "tencent").
      {
        on: 'body',
        key: '腾讯云Web应用防火墙',
        weight: 0.9,
        action: 'block',
        errorKey: 'tencent-waf-block',
        own: true,
      },
      // The same WAF under its "T-Sec" name, its default page's assets on imgcache.qq.com behind "Server:
      // nginx" (https://github.com/Ekultek/WhatWaf/issues/1195: "本页面为腾讯T-Sec Web应用防火墙(WAF)默认提示页面").
      {
        on: 'body',
        key: 'T-Sec Web应用防火墙',
        weight: 0.9,
        action: 'block',
        errorKey: 'tencent-waf-block',
        own: true,
      },
      // EdgeOne's own notice, "您的请求已被该站点的安全策略拦截，由Tencent Cloud EdgeOne提供防护" (your request was stopped
      // by this site's security policy; protection by Tencent Cloud EdgeOne, https://github.com/reqable/reqable-app/issues/2045).
      {
        on: 'body',
        key: '由Tencent Cloud EdgeOne提供防护',
        weight: 0.9,
        action: 'block',
        errorKey: 'tencent-waf-block',
        own: true,
      },
      { on: 'body', key: 'imgcache.qq.com/qcloud/security/static/', weight: 0.85, own: true },
      {
        on: 'body',
        key: 'waf.tencent-cloud.com',
        weight: 0.9,
        action: 'block',
        errorKey: 'tencent-waf-block',
        own: true,
      },
      // EdgeOne's block page, "Restricted Access … The security policy of this website has blocked you" signed
      // "Protected by Tencent Cloud EdgeOne", served with its own status 567
      // (https://github.com/chatanywhere/GPT_API_free/issues/392; EdgeOne's own status codes:
      // https://www.tencentcloud.com/document/product/1145/58009).
      {
        on: 'body',
        key: 'Protected by Tencent Cloud EdgeOne',
        weight: 0.95,
        action: 'block',
        errorKey: 'tencent-waf-block',
        own: true,
      },
    ],
    // Codes of its own (https://www.tencentcloud.com/document/product/228/42177): 509 a ban for a CC attack, 514
    // the per-IP request-rate limit set in its console.
    statusRules: [
      { statuses: [509], action: 'block', when: 'always', errorKey: 'tencent-cc-ban' },
      { statuses: [514], action: 'rate-limit', when: 'always', errorKey: 'tencent-ip-limit' },
    ],
  },
  {
    id: 'ngrok',
    name: 'ngrok (tunnel)',
    kind: 'cdn',
    markers: [
      // Its edge's own pages carry their error's code first, ERR_NGROK_3208 for a banned account's hostname
      // (https://github.com/KURO-CODE/Skeleton/issues/5), ERR_NGROK_8012 when its agent could not reach the site's server
      // (https://github.com/kittiescaties/discord-boost-bot/issues/25). The code at a line's start: an article citing one
      // mid-sentence, or a page quoting it in a tag, is not its page (review).
      {
        on: 'body-match',
        key: 'error page',
        value: /(?:^|\n)[ \t]*ERR_NGROK_\d{3,4}\b/,
        weight: 0.9,
        own: true,
      },
    ],
  },
  {
    id: 'localtunnel',
    name: 'localtunnel',
    kind: 'cdn',
    markers: [
      // Its server's answer when no client holds the tunnel, the whole text "503 - Tunnel Unavailable" (its maintainer,
      // https://github.com/localtunnel/localtunnel/issues/668).
      {
        on: 'body-match',
        key: 'tunnel unavailable',
        value: /^\s*503 - Tunnel Unavailable\s*$/,
        weight: 0.9,
        own: true,
        action: 'origin-error',
        statuses: [503],
      },
    ],
  },
  {
    id: 'jenkins',
    name: 'Jenkins (build server)',
    kind: 'platform',
    markers: [
      // Its version and the caller it saw on every answer, X-Jenkins: 2.19.4, X-You-Are-Authenticated-As: anonymous,
      // X-Required-Permission on a refusal (curl -i of a build trigger's 403 in
      // https://github.com/yona-projects/yona/issues/103).
      { on: 'header', key: 'x-jenkins', value: /^\d+\.\d+/, weight: 0.9, own: true },
      { on: 'header', key: 'x-you-are-authenticated-as', weight: 0.9, own: true },
      // A refusal to a caller it saw as anonymous: not signed in (its "Authentication required" page).
      {
        on: 'header',
        key: 'x-you-are-authenticated-as',
        value: /^anonymous$/,
        weight: 0.9,
        own: true,
        action: 'auth',
        statuses: [403],
      },
      // Its CSRF filter refuses a POST without the crumb it issues, in its own words, through Jetty's error page
      // ("Error 403 No valid crumb was included in the request", https://github.com/pycontribs/jenkinsapi/issues/503; the
      // sentence is CrumbFilter's, jenkinsci/jenkins@d703b10fd6f9b6412d5e3450d5d637dae98d9550:
      // core/src/main/java/hudson/security/csrf/CrumbFilter.java).
      // Its refusal's only: a page that quotes the sentence (a Q&A's 404, a blog) is not Jenkins' (review).
      {
        on: 'body',
        key: 'No valid crumb was included in the request',
        weight: 0.9,
        own: true,
        statuses: [403],
      },
    ],
  },
  {
    id: 'forgejo',
    name: 'Forgejo / Gitea (code forge)',
    kind: 'platform',
    markers: [
      // Its API's error object names the API's Swagger page, {"message":"…","url":"https://<host>/api/swagger"}: APIError
      // with setting.API.SwaggerURL (offsoc/forgejo@6577a4f10c7a58193b42705615222c6e9199eb9e:services/context/api.go, the
      // shape Gitea's API has too; https://github.com/Mic92/gitea-mq/issues/67): the forge's own writing, whose message says
      // why it refused.
      {
        on: 'body-match',
        key: 'api swagger url',
        value: /\/api\/swagger"\s{0,4}\}\s{0,4}$/,
        weight: 0.85,
        own: true,
      },
      // Codeberg's Forgejo servers name themselves (x-server-name: s_forgejo_secondary_…, its registry's 401,
      // https://github.com/CodesWhat/drydock/issues/415).
      { on: 'header', key: 'x-server-name', value: /(?:^|_)forgejo_/i, weight: 0.85 },
    ],
  },
  {
    id: 'api-umbrella',
    name: 'API Umbrella (API gateway)',
    kind: 'platform',
    markers: [
      // Its own error object, {"error": {"code": "API_KEY_MISSING", "message": "No api_key was supplied. Get one at …"}},
      // with the codes of its error templates (NREL/api-umbrella@eac5a7c32d971c7f193179da3469d3cbd561d590:config/schema.cue,
      // src/api-umbrella/example-website/content/docs/errors.md), as api.data.gov and regulations.gov answer
      // (https://github.com/regulationsgov/developers/issues/78). Its JSON form only: its HTML, XML and CSV forms name
      // the code without the object around it.
      {
        on: 'body-match',
        key: 'api umbrella error',
        value:
          /^\s*\{\s*"error"\s*:\s*\{\s*"code"\s*:\s*"(?:API_KEY_(?:MISSING|INVALID|DISABLED|UNVERIFIED|UNAUTHORIZED)|OVER_RATE_LIMIT|HTTPS_REQUIRED)"/,
        weight: 0.85,
        own: true,
      },
    ],
  },
  {
    id: 'dice',
    name: 'DICE (Endeavor Streaming) OTT platform',
    kind: 'platform',
    markers: [
      // Its front-office API for the services it runs (WWE Network's login, dce-frontoffice.imggaming.com/api/v2/login,
      // answering {"status": 401, "code": "UNAUTHORIZED", "messages": ["API Key is invalid"]},
      // https://github.com/streamlink/streamlink/issues/5674).
      { on: 'host', key: 'imggaming.com', weight: 0.9, own: true },
    ],
  },
  {
    id: 'gigya',
    name: 'SAP Customer Data Cloud (Gigya) login service',
    kind: 'platform',
    markers: [
      // Its REST answers carry a 32-hex callId beside errorCode, statusCode and statusReason, {"callId":
      // "0f34ac6540fa4da9adbb67e1a22f3fd4","errorCode":403013,"errorDetails":"Unverified user",…} on HTTP 200
      // (hacf-fr/renault-api@1a811837b5ee7d7c85f088d82f10c1e4fac25b57:tests/fixtures/gigya/error/get_jwt.403013.json).
      // Beside its errorCode: a callId alone is any API's request id (review).
      {
        on: 'body-match',
        key: 'gigya callId',
        value: /"callId"\s*:\s*"[0-9a-f]{32}"\s*,\s*"errorCode"\s*:/,
        weight: 0.85,
        own: true,
      },
    ],
  },
  {
    id: 'apigee',
    name: 'Apigee (API gateway)',
    kind: 'platform',
    markers: [
      // Its fault object, {"fault":{"faultstring":"Invalid ApiKey","detail":{"errorcode":"oauth.v2.InvalidApiKey"}}} and
      // "policies.ratelimit.QuotaViolation", as Ticketmaster's API documents them
      // (ticketmaster-api/ticketmaster-api.github.io@c01b199d506a0ee5f15f31427c31eeedaedc82d2:
      // products-and-docs/apis/discovery-manual/v2/index.md, products-and-docs/apis/getting-started/index.md).
      // The whole envelope only: an app's own error that quotes an upstream's fault is the app's (review). Its rate limits
      // by their code, whatever the status: Spike Arrest and Quota answer HTTP 500 unless the service opted into 429
      // (review; Apigee's tutorials).
      {
        on: 'body-match',
        key: 'apigee rate limit',
        value:
          /^\s*\{\s*"fault"\s*:\s*\{\s*"faultstring"\s*:\s*"[^"\\]{0,300}"\s*,\s*"detail"\s*:\s*\{\s*"errorcode"\s*:\s*"policies\.ratelimit\.[A-Za-z]{2,40}"/,
        weight: 0.9,
        own: true,
        action: 'rate-limit',
      },
      {
        on: 'body-match',
        key: 'apigee key refused',
        value:
          /^\s*\{\s*"fault"\s*:\s*\{\s*"faultstring"\s*:\s*"[^"\\]{0,300}"\s*,\s*"detail"\s*:\s*\{\s*"errorcode"\s*:\s*"(?:steps\.)?(?:oauth\.v2|keymanagement\.service)\.[A-Za-z]{2,60}"/,
        weight: 0.9,
        own: true,
        action: 'auth',
        // Its OAuth policy's setup faults answer 500 with the same prefix: a refused key only on a 4xx (review).
        statuses: [400, 401, 403],
      },
      // The same fault on other statuses names it without the auth reading (a 404 or a 429 it answered, review).
      {
        on: 'body-match',
        key: 'apigee oauth fault',
        value:
          /^\s*\{\s*"fault"\s*:\s*\{\s*"faultstring"\s*:\s*"[^"\\]{0,300}"\s*,\s*"detail"\s*:\s*\{\s*"errorcode"\s*:\s*"(?:steps\.)?(?:oauth\.v2|keymanagement\.service)\.[A-Za-z]{2,60}"/,
        weight: 0.85,
        own: true,
        statuses: [404, 405, 429, 500, 502, 503],
      },
      // (Its steps' own spelling, "steps.oauth.v2.FailedToResolveAPIKey", apigee/api-platform-samples@
      // 1618184f3a2e317753a2044b4ecec595852a3689:learn-edge/fault-handling-1/README.md, is the key refused too.)
      // Any other fault of its own, named but read by the answer's status (a service callout's failure, a step's); not the
      // two above again (their evidence once, review).
      {
        on: 'body-match',
        key: 'apigee fault',
        value:
          /^\s*\{\s*"fault"\s*:\s*\{\s*"faultstring"\s*:\s*"[^"\\]{0,300}"\s*,\s*"detail"\s*:\s*\{\s*"errorcode"\s*:\s*"(?!policies\.ratelimit\.|oauth\.v2\.|keymanagement\.service\.)[a-z]{2,20}\.[A-Za-z]{2,40}\.[A-Za-z]{2,60}"/,
        weight: 0.85,
        own: true,
      },
      // A ServiceCallout step that failed, as a proxy's SOAP fault turned JSON carries it: "errorcode":
      // "steps.servicecallout.ExecutionFailed" (Safaricom's Daraja, https://github.com/bnjunge/MPESA-API-Tutorial/issues/3).
      { on: 'body', key: '"errorcode":"steps.servicecallout.', weight: 0.85, own: true },
    ],
  },
  {
    id: 'cpanel',
    name: 'cPanel (web hosting control panel)',
    kind: 'platform',
    markers: [
      // Its page for a hosting account its host suspended, "This Account has been suspended. Contact your hosting provider
      // for more information." (https://github.com/Joel2B/WP-Script-API/issues/1): the site owner's account (account).
      {
        on: 'body-match',
        key: 'account suspended',
        value:
          /^\s*(?:<[^>]{0,200}>\s*|Account Suspended\s*){0,24}This Account has been suspended\.?\s*(?:<[^>]{0,200}>\s*){0,4}\[?Contact your hosting provider/i,
        weight: 0.9,
        own: true,
        action: 'block',
        errorKey: 'cpanel-suspended',
        inSuccess: true,
      },
      // Its API's envelope, {"cpanelresult":{"apiversion":"2","error":"Access denied",…}}
      // (https://github.com/ynsmroztas/cPanelSniper/issues/4).
      {
        on: 'body-match',
        key: 'api result',
        value: /^\s*\{\s*"cpanelresult"\s*:\s*\{/,
        weight: 0.9,
        own: true,
      },
      // The same envelope's "Access denied" on a 403 to a login (https://github.com/CpanelInc/cpanel-dynamicdns-tools/issues/7):
      // the login refused.
      {
        on: 'body-match',
        key: 'api access denied',
        value:
          /^\s*\{\s*"cpanelresult"\s*:\s*\{(?:[^{}]|\{[^{}]{0,200}\}){0,300}"error"\s*:\s*"Access denied"/,
        weight: 0.8,
        own: true,
        action: 'auth',
        errorKey: 'cpanel-denied',
        statuses: [401, 403],
      },
    ],
  },
  {
    id: 'plesk',
    name: 'Plesk (web hosting control panel)',
    kind: 'platform',
    markers: [
      // Its XML API, https://<host>:8443/enterprise/control/agent.php, answering in its own <packet> (dns-lexicon/dns-lexicon@
      // e23b58aa321770147d45cf7fdc7526920e021b29: tests/fixtures/cassettes/plesk/).
      {
        on: 'url',
        key: 'xml api',
        value: /\/enterprise\/control\/agent\.php(?:[?#]|$)/,
        weight: 0.9,
        own: true,
      },
      // Its <packet version="…"> envelope as the answer's root (the same cassettes; a system error, <packet
      // version="1.6.9.1"><system><status>error</status><errcode>1029</errcode>…, https://github.com/plesk/api-examples/issues/7).
      {
        on: 'body-match',
        key: 'xml api packet',
        value:
          /^\s*(?:<\?xml[^>]{0,100}>\s*)?<packet version="\d\.\d{1,2}\.\d{1,2}\.\d{1,2}"\s*>\s*<(?:system|[a-z-]{2,30})>/,
        weight: 0.85,
        own: true,
      },
    ],
  },
  {
    id: 'tyk',
    name: 'Tyk API gateway',
    kind: 'platform',
    markers: [
      // Its own answers carry "X-Generator: tyk.io" ({"error": "Authorization field missing"} on a 401, a refused key's
      // 403: TykTechnologies/tyk-docs@95922c952e677f1b455f06028c04b4b7bb9e10bf:tyk-stack/tyk-operator/create-an-api.mdx,
      // snippets/create-api-include.mdx).
      { on: 'header', key: 'x-generator', value: /^tyk\.io$/i, weight: 0.9, own: true },
    ],
  },
  {
    id: 'wso2',
    name: 'WSO2 API Manager (gateway)',
    kind: 'platform',
    markers: [
      // Its gateway's security fault, <ams:fault xmlns:ams="http://wso2.org/apimanager/security"><ams:code>900900</ams:code>…
      // (https://github.com/wso2/product-apim/issues/12019).
      { on: 'body', key: 'xmlns:ams="http://wso2.org/apimanager/security"', weight: 0.9, own: true },
    ],
  },
  {
    id: 'azure-api-management',
    name: 'Azure API Management (API gateway)',
    kind: 'platform',
    markers: [
      // Its own refusal of a subscription key, {"statusCode": 401, "message": "Access denied due to invalid subscription
      // key. Make sure to provide a valid key for an active subscription."} (MTN MoMo's API,
      // https://github.com/mtvbrianking/laravel-mtn-momo/issues/77; Bing's, https://github.com/MicrosoftDocs/azure-docs/issues/25159).
      // On its own 401 only: an app that quotes the message in its error is the app's answer (review).
      {
        on: 'body',
        key: 'Access denied due to invalid subscription key',
        weight: 0.9,
        own: true,
        statuses: [401],
      },
      {
        on: 'body',
        key: 'Access denied due to missing subscription key',
        weight: 0.9,
        own: true,
        statuses: [401],
      },
    ],
  },
];
