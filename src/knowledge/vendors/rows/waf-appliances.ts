import type { VendorRow } from '../schema.ts';

/** Web application firewalls that sit in front of (or inside) the service's own server. */
export const WAF_APPLIANCE_ROWS: readonly VendorRow[] = [
  {
    id: 'sucuri',
    name: 'Sucuri Website Firewall',
    kind: 'waf',
    markers: [
      // X-Sucuri-ID, X-Sucuri-Cache, X-Sucuri-Block, Server: Sucuri/Cloudproxy and the block page
      // "Access Denied - Sucuri Website Firewall" (wafw00f plugins/sucuri.py, identYwaf "sucuri").
      { on: 'header', key: 'x-sucuri-id', weight: 0.95 },
      { on: 'header', key: 'x-sucuri-cache', weight: 0.9, passThrough: true },
      {
        on: 'header',
        key: 'x-sucuri-block',
        weight: 0.95,
        action: 'block',
        errorKey: 'sucuri-block',
        own: true,
      },
      // Block IDs name the rule class; GEO0x are the country blocks ("Access from your Country was disabled
      // by the administrator", Sucuri's "Block access from countries" firewall setting).
      { on: 'header', key: 'x-sucuri-block', value: /^GEO/i, weight: 0.95, action: 'geo', own: true },
      { on: 'body', key: 'Access from your Country was disabled', weight: 0.95, action: 'geo', own: true },
      { on: 'header', key: 'server', value: /^Sucuri(?:\/Cloudproxy)?/i, weight: 0.95 },
      { on: 'cookie-prefix', key: 'sucuri_cloudproxy_uuid_', weight: 0.85 },
      {
        on: 'body',
        key: 'Sucuri Website Firewall',
        weight: 0.9,
        action: 'block',
        errorKey: 'sucuri-block',
        own: true,
      },
      { on: 'body', key: 'cloudproxy@sucuri.net', weight: 0.9, own: true },
      // Block page stylesheets, also on the GoDaddy white-label page (https://github.com/Ekultek/WhatWaf/issues/1164,
      // /issues/1562).
      { on: 'body', key: 'cdn.sucuri.net/', weight: 0.9, own: true },
      // Its JavaScript check, a page whose obfuscated script sets the sucuri_cloudproxy_uuid cookie and reloads ("You are
      // being redirected…", often on HTTP 200): what scrapers look for to tell it apart
      // (codemanki/cloudscraper@829e4d3c1fd21d8b8b940ca6e56757a970b56ada:index.js, `sucuri_cloudproxy_js`).
      // The page itself, not the name: its title first, then the script within a few hundred characters (an article or
      // a scraper's source that quotes the name is not the check, review).
      {
        on: 'body-match',
        key: 'Sucuri JavaScript check',
        value:
          /^\s*<html>\s*(?:<head>\s*)?<title>You are being redirected\.\.\.<\/title>[\s\S]{0,400}?<script>[^<]{0,200}?sucuri_cloudproxy_js=''/,
        weight: 0.9,
        action: 'challenge',
        errorKey: 'sucuri-challenge',
        own: true,
      },
    ],
  },
  {
    id: 'crowdsec',
    name: 'CrowdSec (its bouncer)',
    kind: 'waf',
    markers: [
      // The ban page its bouncers show a banned address, HTTP 403 ("If the client IP is on ban list, it will get a http
      // code 403 response"): "<title>CrowdSec Access Forbidden</title>" … "This security check has been powered by" CrowdSec
      // (maxlerebourg/crowdsec-bouncer-traefik-plugin@1c47726fd2db9629292c1021b0f6b9170f1c320d:ban.html and its README);
      // "<title>CrowdSec Ban</title>" in its own nginx/OpenResty bouncer's
      // (crowdsecurity/lua-cs-bouncer@2444d2c36d0b8cfd720bcd41eb8c1fbe493e2d52:templates/ban.html). On a 403 only: a page
      // that shows the template is not the ban (review).
      {
        on: 'body-match',
        key: 'CrowdSec ban page',
        value: /<title>CrowdSec (?:Access Forbidden|Ban)<\/title>/,
        weight: 0.95,
        action: 'block',
        errorKey: 'crowdsec-block',
        own: true,
        statuses: [403],
      },
    ],
  },
  {
    id: 'f5',
    name: 'F5 BIG-IP (ASM / LTM)',
    kind: 'waf',
    markers: [
      // ASM blocking page and support ID (wafw00f plugins/f5bigipasm.py, identYwaf "asm").
      {
        on: 'body',
        // Cut before its last word: a Spanish site's page says "administrador" (an appointment bot met it on the
        // Spanish government's booking site, https://github.com/cita-bot/cita-bot/issues/65).
        key: 'The requested URL was rejected. Please consult with your administ',
        weight: 0.95,
        action: 'block',
        errorKey: 'f5-asm-block',
        own: true,
      },
      // The page's title, kept when operators reword the text, and served with HTTP 200
      // (https://github.com/Ekultek/WhatWaf/issues/1371, /issues/1400).
      {
        on: 'body',
        key: '<title>Request Rejected</title>',
        weight: 0.85,
        action: 'block',
        errorKey: 'f5-asm-block',
        own: true,
      },
      // TS + 6/8 hex digits session cookies (F5 K6850); BIGipServer persistence (LTM); APM sessions.
      { on: 'cookie-prefix', key: 'TS01', weight: 0.75 },
      { on: 'cookie-prefix', key: 'BIGipServer', weight: 0.7 },
      { on: 'cookie', key: 'MRHSession', weight: 0.8 },
      { on: 'cookie', key: 'LastMRH_Session', weight: 0.8 },
      { on: 'header', key: 'server', value: /^big-?ip$/i, weight: 0.8 },
    ],
    codes: [{ from: 'body', pattern: /support ID is:?\s*(\d{6,})/i, key: 'f5-asm-block' }],
  },
  {
    id: 'barracuda',
    name: 'Barracuda WAF',
    kind: 'waf',
    markers: [
      // Cookies and block-page sentence (wafw00f plugins/barracuda.py, identYwaf "barracuda").
      { on: 'cookie', key: 'barra_counter_session', weight: 0.9 },
      { on: 'cookie', key: 'BNI__BARRACUDA_LB_COOKIE', weight: 0.9 },
      { on: 'cookie-prefix', key: 'BNI_persistence', weight: 0.85 },
      { on: 'cookie-prefix', key: 'BNES_', weight: 0.85 },
      { on: 'cookie-prefix', key: 'BNIS_', weight: 0.85 },
      {
        on: 'body',
        key: 'when this page occurred and the event ID found at the bottom of the page',
        weight: 0.9,
        action: 'block',
        errorKey: 'barracuda-block',
        own: true,
      },
      { on: 'body', key: 'Barracuda Networks', weight: 0.6, own: true },
    ],
  },
  {
    id: 'fortiweb',
    name: 'Fortinet FortiWeb',
    kind: 'waf',
    markers: [
      // FORTIWAFSID cookie; block page with .fgd_icon, "Web Page Blocked", "Attack ID" (wafw00f plugins/fortiweb.py).
      { on: 'cookie', key: 'FORTIWAFSID', weight: 0.9 },
      { on: 'body', key: 'fgd_icon', weight: 0.85, own: true },
      {
        on: 'body',
        key: 'Web Page Blocked',
        weight: 0.5,
        action: 'block',
        errorKey: 'fortiweb-block',
        own: true,
      },
    ],
    codes: [
      // Tags between the label and the number, bounded: `(?:<[^>]*>\s*)*` backtracks quadratically.
      { from: 'body', pattern: /Attack ID:?(?:\s|<[^<>]{0,200}>){0,40}(\d{5,12})/i, key: 'fortiweb-block' },
    ],
  },
  {
    id: 'modsecurity',
    name: 'ModSecurity',
    kind: 'waf',
    markers: [
      // Default pages and Server tokens (wafw00f plugins/modsecurity.py, identYwaf "modsecurity").
      { on: 'header', key: 'server', value: /mod_security|NOYB/i, weight: 0.9 },
      {
        on: 'body',
        key: 'This error was generated by Mod_Security',
        weight: 0.95,
        action: 'block',
        errorKey: 'modsecurity-block',
        own: true,
      },
      { on: 'body', key: 'rules of the mod_security module', weight: 0.9, action: 'block', own: true },
      { on: 'body', key: 'mod_security rules triggered', weight: 0.9, action: 'block', own: true },
      { on: 'body', key: '/modsecurity-errorpage/', weight: 0.9, own: true },
      // Hosting providers' own 406 pages spell it with a space (https://github.com/Ekultek/WhatWaf/issues/1471).
      {
        on: 'body',
        key: 'blocked by Mod Security',
        weight: 0.85,
        action: 'block',
        errorKey: 'modsecurity-block',
        own: true,
      },
    ],
    statusRules: [
      {
        statuses: [403, 406],
        action: 'block',
        when: 'own-page',
        errorKey: 'modsecurity-block',
      },
    ],
  },
  {
    id: 'wordfence',
    name: 'Wordfence',
    kind: 'waf',
    markers: [
      // Block page texts (wafw00f plugins/wordfence.py, identYwaf "wordfence").
      {
        on: 'body',
        key: 'Generated by Wordfence',
        weight: 0.95,
        action: 'block',
        errorKey: 'wordfence-block',
        own: true,
      },
      {
        on: 'body',
        key: 'Your access to this site has been limited by the site owner',
        weight: 0.9,
        action: 'block',
        errorKey: 'wordfence-block',
        own: true,
      },
      { on: 'body', key: 'Wordfence blocking rules', weight: 0.9, action: 'block', own: true },
      // Its rate-limit and country-block page: "Your access to this service has been temporarily limited. …
      // (HTTP response code 503) Reason: Access from your area has been temporarily limited for security
      // reasons." (https://github.com/OpenLogicProject/OpenLogic/issues/193, a country block).
      {
        on: 'body',
        key: 'Your access to this service has been temporarily limited',
        weight: 0.85,
        action: 'block',
        own: true,
      },
      {
        on: 'body',
        key: 'Access from your area has been temporarily limited',
        weight: 0.9,
        action: 'geo',
        own: true,
      },
      { on: 'header', key: 'server', value: /wf[_-]?WAF/i, weight: 0.8 },
    ],
  },
  {
    id: 'reblaze',
    name: 'Reblaze',
    kind: 'waf',
    markers: [
      // rbzid cookie, Server "Reblaze Secure Web Gateway", session-terminated page (wafw00f plugins/reblaze.py).
      { on: 'cookie-prefix', key: 'rbzid', weight: 0.9 },
      { on: 'cookie-prefix', key: 'rbzsessionid', weight: 0.9 },
      { on: 'header', key: 'server', value: /Reblaze Secure Web Gateway/i, weight: 0.95 },
      {
        on: 'body',
        key: 'current session has been terminated',
        weight: 0.85,
        action: 'block',
        errorKey: 'reblaze-block',
        own: true,
      },
    ],
  },
  {
    id: 'radware',
    name: 'Radware (AppWall / Bot Manager)',
    kind: 'waf',
    markers: [
      // AppWall page and X-SL-CompState (wafw00f plugins/radware.py, identYwaf "radware").
      { on: 'header', key: 'x-sl-compstate', weight: 0.9 },
      {
        on: 'body',
        key: 'Unauthorized Request Blocked',
        weight: 0.9,
        action: 'block',
        errorKey: 'radware-block',
        own: true,
      },
      {
        on: 'body',
        key: 'CloudWebSec@radware.com',
        weight: 0.95,
        action: 'block',
        errorKey: 'radware-block',
        own: true,
      },
      {
        on: 'body',
        key: 'because we have detected unauthorized activity',
        weight: 0.9,
        action: 'block',
        own: true,
      },
      // Bot Manager (ex-ShieldSquare): __uzm* cookies and the validate.perfdrive.com captcha.
      { on: 'cookie-prefix', key: '__uzm', weight: 0.85 },
      {
        on: 'body',
        key: 'perfdrive.com',
        weight: 0.9,
        action: 'challenge',
        errorKey: 'radware-captcha',
        own: true,
      },
    ],
  },
  {
    id: 'airlock',
    name: 'Airlock Gateway (Ergon)',
    kind: 'waf',
    markers: [
      // Set-Cookie ^al[_-]?(sess|lb)= (matched without regard to case) — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/airlock.py
      // (Ekultek/WhatWaf@06c815ac541c9bba5c1a0f43ad8abfd44d6abcde:content/plugins/airlock.py)
      // The names exactly (a prefix would also take Laravel's "al_session" for an app named "al", review).
      { on: 'cookie', key: 'AL_SESS', weight: 0.85 },
      { on: 'cookie', key: 'AL_LB', weight: 0.85 },
      { on: 'cookie', key: 'al_sess', weight: 0.85 },
      { on: 'cookie', key: 'al_lb', weight: 0.85 },
      { on: 'cookie', key: 'al-sess', weight: 0.85 },
      { on: 'cookie', key: 'al-lb', weight: 0.85 },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/airlock.py (identYwaf "airlock")
      {
        on: 'body',
        key: 'server detected a syntax error in your request',
        weight: 0.85,
        action: 'block',
        own: true,
      },
    ],
  },
  {
    id: 'alertlogic',
    name: 'Alert Logic WAF',
    kind: 'waf',
    markers: [
      // Its block page poses as a 404 ("requested url cannot be found … Reference ID"); the reference line and
      // the redirect script — stamparm/identYwaf@ae7e44ae8da6f01be3f63d7edfe6ea77240ff42c:data.json ("alertlogic");
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/alertlogic.py
      { on: 'body', key: '<p class="lid">Reference ID:', weight: 0.85, action: 'block', own: true },
      { on: 'body', key: 'timed_redirect(seconds, url)', weight: 0.6, own: true },
    ],
  },
  {
    id: 'ptaf',
    name: 'PT Application Firewall (Positive Technologies)',
    kind: 'waf',
    markers: [
      // <pre>Request.ID:.{0,10}?\d{4}\-(\d{2})+.{0,35}?pre> under an <h1> Forbidden (both required by the plugin;
      // the request-id line alone, its date part bounded) — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/ptaf.py
      {
        on: 'body-match',
        key: 'ptaf-request-id',
        value: /<pre>Request.ID:.{0,10}\d{4}-\d{2}/i,
        weight: 0.85,
        action: 'block',
        own: true,
      },
    ],
  },
  {
    id: 'dotdefender',
    name: 'dotDefender (Applicure)',
    kind: 'waf',
    markers: [
      // X-dotDefender-denied — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/dotdefender.py
      { on: 'header', key: 'x-dotdefender-denied', weight: 0.95, action: 'block', own: true },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/dotdefender.py (identYwaf "dotdefender")
      { on: 'body', key: 'dotDefender Blocked Your Request', weight: 0.95, action: 'block', own: true },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/dotdefender.py
      {
        on: 'body',
        key: 'Applicure is the leading provider of web application security',
        weight: 0.9,
        own: true,
      },
    ],
  },
  {
    id: 'webknight',
    name: 'AQTRONIX WebKnight (IIS)',
    kind: 'waf',
    markers: [
      // Status 999 "No Hacking", 404 "Hack Not Found" — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/webknight.py
      { on: 'reason', key: 'No Hacking', weight: 0.9, action: 'block', own: true, statuses: [999] },
      { on: 'reason', key: 'Hack Not Found', weight: 0.9, action: 'block', own: true, statuses: [404] },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/webknight.py (identYwaf "webknight")
      { on: 'body', key: 'WebKnight Application Firewall Alert', weight: 0.95, action: 'block', own: true },
      // AQTRONIX.{0,10}?WebKnight — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/webknight.py
      {
        on: 'body-match',
        key: 'aqtronix-webknight',
        value: /AQTRONIX.{0,10}WebKnight/i,
        weight: 0.9,
        own: true,
      },
      // HTTP Error 999.0 - AW Special Error — stamparm/identYwaf@ae7e44ae8da6f01be3f63d7edfe6ea77240ff42c:data.json ("webknight")
      { on: 'body', key: 'HTTP Error 999.0 - AW Special Error', weight: 0.9, action: 'block', own: true },
    ],
  },
  {
    id: 'urlscan',
    name: 'Microsoft URLScan (IIS)',
    kind: 'waf',
    markers: [
      // Rejected[-_]By[_-]UrlScan — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/urlscan.py (identYwaf "urlscan")
      {
        on: 'body-match',
        key: 'rejected-by-urlscan',
        value: /Rejected[-_]By[-_]UrlScan/i,
        weight: 0.95,
        action: 'block',
        own: true,
      },
      // wafw00f also reads "A custom filter or module, such as URLScan" — but that is a line of IIS's stock
      // detailed 404.0 page under "Most likely causes", on every missing file (review): left out.
    ],
  },
  {
    id: 'denyall',
    name: 'DenyAll (Rohde & Schwarz)',
    kind: 'waf',
    markers: [
      // Reason phrase "Condition Intercepted" (on a 200 in the plugin) — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/denyall.py
      // (Ekultek/WhatWaf@06c815ac541c9bba5c1a0f43ad8abfd44d6abcde:content/plugins/denyall.py)
      { on: 'reason', key: 'Condition Intercepted', weight: 0.9, action: 'block', own: true },
    ],
  },
  {
    id: 'kemp',
    name: 'Kemp LoadMaster (Progress)',
    kind: 'waf',
    markers: [
      // X-ServedBy: KEMP-LM (the plugin also wants a 403 with the stock "403 Forbidden" title, which any server
      // writes: the header says only that the load balancer carried the answer) — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/kemp.py
      { on: 'header', key: 'x-servedby', value: /KEMP-LM/i, weight: 0.8, passThrough: true },
    ],
  },
  {
    id: 'ibm-datapower',
    name: 'IBM DataPower Gateway',
    kind: 'waf',
    markers: [
      // X-Backside-Transport: (OK|FAIL) — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/ibmdatapower.py
      // (Ekultek/WhatWaf@06c815ac541c9bba5c1a0f43ad8abfd44d6abcde:content/plugins/datapower.py, anchored). "OK" reads as the
      // backend's answer relayed; "FAIL" as the gateway answering itself.
      { on: 'header', key: 'x-backside-transport', value: /^OK/i, weight: 0.85, passThrough: true },
      { on: 'header', key: 'x-backside-transport', value: /^FAIL/i, weight: 0.85 },
    ],
  },
];
