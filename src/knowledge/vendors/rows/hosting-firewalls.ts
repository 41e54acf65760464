import type { VendorRow } from '../schema.ts';

/**
 * Web firewalls that hosting companies put in front of the sites they host (server-side modules and managed
 * services). Markers from the wafw00f plugins and identYwaf, as cited per marker.
 */
export const HOSTING_FIREWALL_ROWS: readonly VendorRow[] = [
  {
    id: 'cloudlinux',
    name: 'CloudLinux (shared hosting limits)',
    kind: 'platform',
    markers: [
      // Its page when a hosting account's resource limits (LVE) are reached, "508 Resource Limit Is Reached … The website is
      // temporarily unable to service your request as it exceeded resource limit. Please try again later."
      // (https://github.com/vnestoruk/ban-dera/issues/7): the site's hosting plan, on the server's side.
      {
        on: 'body',
        key: 'unable to service your request as it exceeded resource limit',
        weight: 0.9,
        own: true,
        statuses: [503, 508],
      },
    ],
  },
  {
    id: 'imunify360',
    name: 'Imunify360 (CloudLinux)',
    kind: 'waf',
    markers: [
      // Its bot protection refusing an API call with its own sentence on a 200, {"message": "Access denied by Imunify360
      // bot-protection. IPs used for automation should be whitelisted"} from a WordPress REST route on cPanel hosting
      // (riccardopirani/appcondomini@df1b2a4ac1bd42d6b7415f5ef7d2ad3fd3aae97a:COME_RISOLVERE.md).
      {
        on: 'body-match',
        key: 'bot-protection refusal',
        // As the answer itself, not a forum page or a help article quoting it (review "78.").
        value: /^\s*(?:\{\s*"(?:message|error|detail)"\s*:\s*")?Access denied by Imunify360 bot-protection\b/,
        statuses: [200, 403],
        weight: 0.95,
        own: true,
        action: 'block',
        errorKey: 'imunify360-block',
        inSuccess: true,
      },
      // Server: imunify360(-webshield) — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/imunify360.py
      // WebShield's JavaScript check on HTTP 200, "<title>One moment, please...</title>" and "Please wait while your request
      // is being verified..." behind "Server: imunify360-webshield" (a scanner's copy, s3rgeym/httpscan@
      // bdb8ad3e4679e10760f3378a311c8ae02041ed41:src/httpscan.py).
      // By its title: the sentence alone is quoted by articles about it (review).
      {
        on: 'body',
        key: '<title>One moment, please...</title>',
        weight: 0.6,
        action: 'challenge',
        statuses: [200, 403, 503],
      },
      { on: 'header', key: 'server', value: /^imunify360/i, weight: 0.95, own: true },
      // protected.by.{0,10}?imunify360 — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/imunify360.py
      {
        on: 'body-match',
        key: 'protected-by-imunify360',
        value: /protected.by.{0,10}imunify360/i,
        weight: 0.9,
        own: true,
      },
      // Its CAPTCHA page says so on HTTP 200, "www.anticor.org … is protected by Imunify360 … We have noticed an
      // unusual activity" to a feed reader (https://github.com/FreshRSS/FreshRSS/issues/4412).
      {
        on: 'body-match',
        key: 'imunify360 captcha',
        // In its CAPTCHA page's own note, not a control panel's or a host's sales text (review).
        value: /class="cap_note[^"]{0,60}">\s*is protected by Imunify360\b/,
        weight: 0.9,
        action: 'challenge',
        own: true,
      },
      // powered.by.{0,10}?imunify360 — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/imunify360.py
      {
        on: 'body-match',
        key: 'powered-by-imunify360',
        value: /powered.by.{0,10}imunify360/i,
        weight: 0.9,
        own: true,
      },
      // imunify360.preloader — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/imunify360.py
      {
        on: 'body-match',
        key: 'imunify360-preloader',
        value: /imunify360.preloader/i,
        weight: 0.9,
        own: true,
      },
    ],
  },
  {
    id: 'siteground',
    name: 'SiteGround (anti-bot / security rules)',
    kind: 'waf',
    markers: [
      // The CAPTCHA page — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/siteground.py
      {
        on: 'body',
        key: 'Our system thinks you might be a robot!',
        weight: 0.95,
        action: 'challenge',
        errorKey: 'siteground-challenge',
        own: true,
      },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/siteground.py
      {
        on: 'body',
        key: 'access is restricted due to a security rule',
        weight: 0.9,
        action: 'block',
        errorKey: 'siteground-block',
        own: true,
      },
      // The CAPTCHA path — stamparm/identYwaf@ae7e44ae8da6f01be3f63d7edfe6ea77240ff42c:data.json ("siteground")
      {
        on: 'body',
        key: '/.well-known/captcha/',
        weight: 0.85,
        action: 'challenge',
        errorKey: 'siteground-challenge',
        own: true,
      },
      // Its CAPTCHA announced in a header, "SG-Captcha: challenge", on a 202 whose page refreshes to
      // /.well-known/sgcaptcha/ (https://github.com/woocommerce/woocommerce-rest-api/issues/294).
      {
        on: 'header',
        key: 'sg-captcha',
        value: /^challenge$/i,
        weight: 0.95,
        action: 'challenge',
        errorKey: 'siteground-challenge',
        own: true,
      },
      {
        on: 'body-match',
        key: 'refresh to /.well-known/sgcaptcha/',
        // The refresh itself, not an article that names the path (review).
        value: /content="\d{1,3};\s*\/\.well-known\/sgcaptcha\//,
        weight: 0.9,
        action: 'challenge',
        errorKey: 'siteground-challenge',
        own: true,
      },
    ],
  },
  {
    id: 'godaddy',
    name: 'GoDaddy Website Security (firewall)',
    kind: 'waf',
    markers: [
      // GoDaddy (security|website firewall), split in two literals — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/godaddy.py
      {
        on: 'body',
        key: 'GoDaddy security',
        weight: 0.9,
        action: 'block',
        errorKey: 'godaddy-block',
        own: true,
      },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/godaddy.py
      {
        on: 'body',
        key: 'GoDaddy website firewall',
        weight: 0.95,
        action: 'block',
        errorKey: 'godaddy-block',
        own: true,
      },
    ],
  },
  {
    id: 'bitninja',
    name: 'BitNinja',
    kind: 'waf',
    markers: [
      // The browser-check / CAPTCHA page — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/bitninja.py
      {
        on: 'body',
        key: 'Security check by BitNinja',
        weight: 0.95,
        action: 'challenge',
        errorKey: 'bitninja-challenge',
        own: true,
      },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/bitninja.py
      {
        on: 'body',
        key: 'Visitor anti-robot validation',
        weight: 0.9,
        action: 'challenge',
        errorKey: 'bitninja-challenge',
        own: true,
      },
    ],
  },
  {
    id: 'sitelock',
    name: 'SiteLock TrueShield',
    kind: 'waf',
    markers: [
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/sitelock.py
      {
        on: 'body',
        key: 'SiteLock incident ID',
        weight: 0.95,
        action: 'block',
        errorKey: 'sitelock-block',
        own: true,
      },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/sitelock.py
      { on: 'body', key: 'SiteLock will remember you', weight: 0.9, own: true },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/sitelock.py
      {
        on: 'body',
        key: 'Sitelock is leader in Business Website Security Services',
        weight: 0.9,
        own: true,
      },
      // sitelock[_\-]shield([_\-]logo|[\-_]badge)?: also the trust seal on ordinary pages — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/sitelock.py
      {
        on: 'body-match',
        key: 'sitelock-shield',
        value: /sitelock[_-]shield/i,
        weight: 0.4,
        ref: true,
      },
    ],
  },
  {
    id: 'wpmudev',
    name: 'WPMU DEV hosting WAF',
    kind: 'waf',
    markers: [
      // Schema 02's block page (the plugin wants three strings and a 403) — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/wpmudev.py
      {
        on: 'body',
        key: '<h1>Whoops, this request has been blocked!',
        weight: 0.85,
        action: 'block',
        own: true,
        statuses: [403],
      },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/wpmudev.py
      { on: 'body', key: 'This request has been deemed suspicious', weight: 0.6, own: true },
      // Schema 01's page, telling the owner where the WAF log is — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/wpmudev.py
      {
        on: 'body',
        key: 'Click on the Logs tab, then the WAF Log.',
        weight: 0.85,
        action: 'block',
        own: true,
        statuses: [403],
      },
    ],
  },
  {
    id: 'hostinger-cdn',
    name: 'Hostinger CDN (hCDN)',
    kind: 'cdn',
    markers: [
      // The CDN in front of Hostinger's hosting stamps "server: hcdn" on all it answers and carries (an origin's own
      // 403 or 404 too, review); its bot check to a command-line client was a 403 "Checking your browser before
      // accessing. Just a moment..." with it (https://github.com/jgravelle/jcodemunch-mcp/issues/417).
      { on: 'header', key: 'server', value: /^hcdn$/i, weight: 0.95, passThrough: true },
      {
        on: 'body',
        key: 'Checking your browser before accessing',
        weight: 0.6,
        action: 'challenge',
        own: true,
        statuses: [403],
      },
    ],
  },
];
