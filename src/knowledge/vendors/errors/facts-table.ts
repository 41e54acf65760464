/**
 * The vendors' error codes the engine reads, one row per vendor (src/knowledge/vendors/errors/facts.ts reads
 * them). Data only: the extension's worker reads it from its knowledge file when a refusal first needs it
 * (src/knowledge/shipped.ts).
 *
 * The rows ship to the extension, so they are written compactly: per vendor, space-separated
 * `code:action:layer` triples (`b` block, `c` challenge, `g` geo, `r` rate-limit, `o` origin-error, `a` auth,
 * `u` unknown; the layer in full). `key=code:…` gives a key that is not `<vendor>-<code>`.
 */

export const ROWS: Readonly<Record<string, string>> = {
  // Cloudflare 1xxx errors: https://developers.cloudflare.com/support/troubleshooting/cloudflare-errors/troubleshooting-cloudflare-1xxx-errors/
  // challenge: https://developers.cloudflare.com/cloudflare-challenges/ ; 52x/530 (the server behind
  // Cloudflare failed): https://developers.cloudflare.com/support/troubleshooting/cloudflare-errors/troubleshooting-cloudflare-5xx-errors/
  cloudflare:
    '1003:b:app 1005:b:waf 1006:b:waf 1007:b:waf 1008:b:waf 1009:g:geo 1010:b:waf 1011:b:app 1012:b:waf ' +
    '1015:r:rate-limit 1016:o:server 1020:b:waf challenge:c:waf 520:o:server 521:o:server 522:o:server ' +
    '523:o:server 524:o:server 525:o:server 526:o:server 527:o:server 530:o:server access:a:auth',
  // geo: https://repost.aws/knowledge-center/cloudfront-troubleshoot-403-errors ; 50x:
  // https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/troubleshooting-response-errors.html ;
  // signed: a signed URL or signed cookie refused (MissingKey, InvalidKey, "Access denied"):
  // https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-signed-urls.html
  cloudfront: 'geo:g:geo 502:o:server 503:o:server 504:o:server signed:a:app',
  // https://docs.aws.amazon.com/waf/latest/developerguide/waf-captcha-and-challenge-actions.html
  'aws-waf': 'block:b:waf captcha:c:waf challenge:c:waf',
  // Akamai community "Why is Akamai blocking me?", the Reference # error translator; token: EdgeAuth token
  // refused (X-Error-Reason: auth-failure, "Missing hdnts"), https://techdocs.akamai.com/adaptive-media-delivery/docs/add-token-auth
  akamai: 'reference:b:waf edge-error:o:server token:a:app referral:b:app',
  // Imperva block page: "Request unsuccessful. Incapsula incident ID".
  imperva: 'incident:b:waf',
  // Block pages of web firewalls; each vendor's markers and their sources are in src/knowledge/vendors/rows/.
  sucuri: 'block:b:waf challenge:c:waf',
  crowdsec: 'block:b:waf',
  f5: 'asm-block:b:waf',
  barracuda: 'block:b:waf',
  fortiweb: 'block:b:waf',
  fortigate: 'block:b:waf',
  modsecurity: 'block:b:waf',
  wordfence: 'block:b:waf',
  reblaze: 'block:b:waf',
  radware: 'block:b:waf captcha:c:waf',
  indusface: 'block:b:waf',
  redshield: 'block:b:waf',
  csf: 'block:b:waf',
  // Firewalls of rows/firewall-products.ts, hosting-firewalls.ts and security-gateways.ts (their block and
  // challenge pages, from the wafw00f plugins cited there).
  netscaler: 'block:b:waf',
  webseal: 'block:b:waf',
  safeline: 'block:b:waf',
  nemesida: 'block:b:waf',
  dosarrest: 'block:b:waf',
  naxsi: 'block:b:waf',
  wangzhanbao: 'block:b:waf',
  // Chinese and other firewalls' block pages (rows/firewall-products.ts, rows/bot-managers.ts).
  yunjiasu: 'block:b:waf',
  yunsuo: 'block:b:waf',
  yundun: 'block:b:waf',
  knownsec: 'block:b:waf',
  janusec: 'block:b:waf',
  distil: 'challenge:c:waf',
  cloudbric: 'block:b:waf',
  'huawei-waf': 'block:b:waf',
  stormwall: 'block:b:waf',
  siteground: 'block:b:waf challenge:c:waf',
  godaddy: 'block:b:waf',
  bitninja: 'challenge:c:waf',
  sitelock: 'block:b:waf',
  paloalto: 'block:b:waf',
  sonicwall: 'block:b:waf geoip:g:geo',
  'sophos-utm': 'block:b:waf',
  watchguard: 'block:b:waf',
  cachewall: 'challenge:c:waf',
  'wts-waf': 'block:b:waf',
  anubis: 'challenge:c:waf',
  stackpath: 'waf-block:b:waf',
  // X-Tengine-Error values: https://www.alibabacloud.com/help/en/cdn/user-guide/access-control-troubleshooting-guide
  alibaba: 'waf-block:b:waf url-auth:a:app access-rule:b:app ip-rule:b:waf',
  // 509 "blocked due to CC attack", 514 "IP access frequency exceeds the limit":
  // https://www.tencentcloud.com/document/product/228/42177
  tencent: 'waf-block:b:waf cc-ban:b:waf ip-limit:r:rate-limit loop:o:server',
  // Secure Token: 403 for a token that is not valid, 410 Gone once it expired (https://keycdn.com/support/secure-token).
  keycdn: 'token:a:app',
  // Video secure token in the path: 410 once expired (its row's source).
  gcore: 'token:a:app',
  // x-amzn-ErrorType of a gateway response (https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html).
  'aws-api-gateway': 'denied:b:app unauthorized:a:auth throttled:r:rate-limit',
  // Kong's key-auth and acl plugins (rows/platforms.ts); Heroku's router pages (https://devcenter.heroku.com/articles/error-codes).
  kong: 'auth:a:auth denied:b:app',
  heroku: 'app-error:o:server no-such-app:u:not-found',
  // The load balancer answered for targets that failed or had no capacity (its own 502/503/504).
  'aws-elb': 'backend:o:server',
  // https://learn.microsoft.com/en-us/azure/frontdoor/troubleshoot-issues
  'azure-front-door': 'azure-waf-block=block:b:waf unavailable:o:server',
  'google-cloud': 'google-cloud-armor-deny=armor-deny:b:waf signed:a:app',
  // Hosting platforms that switched a service off for its plan: Netlify's pause at its usage limits
  // (https://docs.netlify.com/manage/accounts-and-billing/billing/resume-paused-projects), Render's suspension (rows/platforms.ts).
  netlify: 'paused:b:account',
  render: 'suspended:b:account',
  'azure-app-service': 'stopped:o:server',
  cpanel: 'suspended:b:account denied:a:auth',
  // Imunify360's bot protection's own sentence (rows/hosting-firewalls.ts).
  imunify360: 'block:b:waf',
  // Adobe Pass's enhanced error codes (rows/video-platforms.ts).
  'adobe-pass': 'denied:b:account signin:a:auth preview:b:account home:g:geo degraded:b:app partner:o:server',
  // https://vercel.com/docs/errors
  vercel:
    'deny:b:waf challenge:c:waf deployment-not-found:u:not-found function-invocation-failed:o:server ' +
    'function-invocation-timeout:o:server function-throttled:r:rate-limit deployment-disabled:b:account ' +
    'deployment-paused:b:account',
  // Bot checks only a real browser can pass.
  'ddos-guard': 'challenge:c:waf',
  datadome: 'captcha:c:waf block:b:waf',
  perimeterx: 'captcha:c:waf',
  kasada: 'challenge:c:waf',
  // Fastly's "unknown domain" page.
  fastly: 'unknown-domain:o:not-found',
  // "Domain suspended or not configured": the pull zone of the service's account.
  bunny: 'domain-suspended:b:account token:a:app',
  // Object stores' own error codes, grouped by meaning (src/knowledge/vendors/rows/stores.ts): a signed link or
  // token refused is the service's rule; an unknown access key is the credential; a missing object is not found.
  'aws-s3':
    'denied:b:app signed:a:app credentials:a:auth missing:u:not-found clock:a:device disabled:b:account ' +
    // SlowDown, "Reduce your request rate" on 503 (the error list above; DigitalOcean Spaces sends it too,
    // https://github.com/thephpleague/flysystem-aws-s3-v3/issues/278).
    'slowdown:r:rate-limit',
  'google-cloud-storage': 'denied:b:app signed:a:app missing:u:not-found',
  'ibm-cos': 'denied:b:app',
  // Backblaze B2's JSON codes: a bandwidth, transaction or storage cap reached is the service's plan with
  // its storage provider (https://backblaze.com/docs/cloud-storage-native-api-error-handling-and-status-codes).
  // A download authorization token refused (b2sdk's exception.py: 401 bad_auth_token / expired_auth_token): in
  // the link's `Authorization` parameter it is the service's signed link, in a header the caller's key.
  'backblaze-b2': 'cap:b:account denied:b:app signed:a:app',
  'azure-blob': 'signed:a:app credentials:a:auth missing:u:not-found disabled:b:account',
  // Video platforms' and session managers' own refusals (src/knowledge/vendors/rows/streaming.ts).
  brightcove: 'geo:g:geo denied:b:app sessions:b:account',
  theplatform: 'geo:g:geo',
  // Dailymotion's DM007 and Twitch's usher codes (rows/video-platforms.ts, rows/streaming.ts).
  dailymotion: 'geo:g:geo',
  // A PlayReady licence refused (the service's rule or its token), whatever the 500 says.
  playready: 'licence:a:app internal:o:server device-limit:b:account',
  twitch: 'geo:g:geo subscribers:b:account persisted:b:app',
  amino: 'sessions:b:account',
  // Streaming servers' token checks (src/knowledge/vendors/rows/streaming.ts).
  wowza: 'token:a:app',
  // Video platforms' own refusals (rows/video-platforms.ts): Kaltura's KExternalErrors codes, signed links.
  // Widevine's licence proxy (rows/streaming.ts).
  widevine: 'denied:b:app revoked:b:device',
  // PallyCon's licence codes (rows/video-platforms.ts).
  pallycon: 'token:a:app revoked:b:device plan:b:account period:b:account',
  // Squid's own error page for a request it could not serve (rows/security-gateways.ts).
  squid: 'fetch:u:network',
  // The Sophos Web Appliance's own page for a fetch it could not make (rows/security-gateways.ts).
  'sophos-web-appliance': 'fetch:u:network',
  // Vouch Proxy sending a request without a valid session to its sign-in (rows/security-gateways.ts).
  vouch: 'login:a:auth',
  // A router's security filter sending a flagged site to SafeBrowse's warning (rows/security-gateways.ts).
  safebrowse: 'block:b:waf',
  youtube:
    'url-signature:a:app login-required:b:account private:b:account bot-check:c:waf members:b:account country:g:geo ' +
    'unavailable:u:not-found app:b:app restricted:b:waf',
  // A 403 answered with a picture on its HLS is its geo-blocking (Streamlink's maintainer, streamlink/streamlink#5909).
  showroom: 'geo:g:geo',
  'cloudflare-stream': 'not-enabled:b:account',
  // Bright Data's Web Unlocker (rows/platforms.ts).
  brightdata: 'robots:b:account',
  kaltura:
    'not-found:u:not-found scheduling:b:app access-control:b:app ks:a:app geo:g:geo ks-expired:a:auth concurrency:b:account partner-blocked:b:account',
  mux: 'signed-url:a:app',
  jwplayer: 'signed-url:a:app',
  // Livepeer's playback gate (rows/video-platforms.ts).
  livepeer: 'token:a:app',
  'aws-ivs': 'token:a:app',
  // Media servers' own login (rows/media-servers.ts).
  tvheadend: 'auth:a:auth',
  threadfin: 'auth:a:auth',
  mashery: 'auth:a:auth',
  xteve: 'auth:a:auth',
  mediamtx: 'auth:a:auth',
  emby: 'auth:a:auth',
  plex: 'feature:b:account token:a:auth',
  rtp2httpd: 'token:a:app',
  antmedia: 'token:a:app jwt:a:auth scope:b:app',
  nimble: 'token:a:app',
  ovenmediaengine: 'token:a:app',
  flussonic: 'token:a:app',
  // XC_VM's error codes by meaning (src/knowledge/vendors/rows/panels.ts); `disguised`: its forged nginx 404.
  xtream:
    'auth:a:auth account:b:account geo:g:geo network-rule:g:geo device-rule:b:app token:a:app ' +
    'limit:r:rate-limit offline:o:server missing:u:not-found disguised:a:auth',
};
