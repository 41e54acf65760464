import type { VendorRow } from '../schema.ts';

/** Bot-management services: they usually answer with a challenge an IPTV app cannot solve. */
export const BOT_MANAGER_ROWS: readonly VendorRow[] = [
  {
    id: 'kasada',
    name: 'Kasada',
    kind: 'bot',
    markers: [
      // x-kpsdk-* headers on the 429 challenge and token exchange; KP_UIDz cookie (Wappalyzer "Kasada").
      { on: 'header-prefix', key: 'x-kpsdk-', weight: 0.95, own: true },
      // Its interstitial: a page that loads ips.js with the KP_UIDz parameter (a 429 pasted in
      // https://github.com/0x6a69616e/kpsdk-solver/issues/20). Its background sensor call (/fp) answers the same
      // page to every visitor (src/knowledge/vendors/sensors.ts), and is not read as a refusal.
      {
        on: 'body-match',
        key: 'ips.js interstitial',
        value: /\/ips\.js\?kp_uidz=/i,
        weight: 0.95,
        action: 'challenge',
        own: true,
      },
      { on: 'cookie-prefix', key: 'KP_UIDz', weight: 0.9 },
    ],
    statusRules: [
      {
        statuses: [429],
        action: 'challenge',
        when: 'own-page',
        errorKey: 'kasada-challenge',
        note: "Kasada's 429 is a proof-of-work challenge, not a real rate limit",
      },
    ],
  },
  {
    id: 'perimeterx',
    name: 'HUMAN (PerimeterX)',
    kind: 'bot',
    markers: [
      // _px, _px2, _px3, _pxhd, _pxvid, _pxff_*, pxcts: https://docs.humansecurity.com/applications-and-accounts/docs/cookies
      { on: 'cookie-prefix', key: '_px', weight: 0.75 },
      { on: 'cookie', key: 'pxcts', weight: 0.6 },
      // Block page: #px-captcha "Press & Hold", links to perimeterx whywasiblocked (wafw00f plugins/perimeterx.py).
      {
        on: 'body',
        key: 'px-captcha',
        weight: 0.95,
        action: 'challenge',
        errorKey: 'perimeterx-captcha',
        own: true,
      },
      {
        on: 'body',
        key: 'Press & Hold',
        weight: 0.6,
        action: 'challenge',
        errorKey: 'perimeterx-captcha',
        own: true,
      },
      // The sensor script's host: a site that integrates HUMAN loads it on every page (a reference only).
      { on: 'body', key: 'perimeterx.net', weight: 0.85, ref: true },
      // Block page ids and title, with and without its final period across versions
      // (https://github.com/alpkeskin/Chegg-Discord-Bot/issues/3, https://github.com/0xjas0/Chegg-Answer-Bot/issues/12
      // and /issues/34, https://github.com/Ekultek/WhatWaf/issues/47).
      { on: 'body', key: 'window._pxAppId', weight: 0.95, own: true },
      // Its captcha as JSON, for an API call: {"appId":"PX…",…,"blockScript":"/…/captcha/captcha.js?…"}
      // (https://github.com/matthew1232/stockx-api/issues/32), the script on its own host or a first-party path.
      {
        on: 'body-match',
        key: 'JSON captcha',
        value: /"blockScript":\s?"[^"]{0,160}captcha\.js\?/,
        weight: 0.95,
        action: 'challenge',
        errorKey: 'perimeterx-captcha',
        own: true,
      },
      {
        on: 'body',
        key: '<title>Access to this page has been denied',
        weight: 0.7,
        action: 'challenge',
        errorKey: 'perimeterx-captcha',
        own: true,
      },
      { on: 'body', key: '/whywasiblocked', weight: 0.9, action: 'block', own: true },
    ],
    statusRules: [
      {
        statuses: [403],
        action: 'challenge',
        when: 'own-page',
        errorKey: 'perimeterx-captcha',
      },
    ],
  },
  {
    id: 'datadome',
    name: 'DataDome',
    kind: 'bot',
    markers: [
      // X-DataDome, X-DataDome-CID, Server: DataDome, datadome cookie (Wappalyzer "DataDome").
      { on: 'header', key: 'x-datadome', weight: 0.95 },
      { on: 'header', key: 'x-datadome-cid', weight: 0.95 },
      { on: 'header', key: 'server', value: /^DataDome$/i, weight: 0.95 },
      { on: 'header', key: 'x-dd-b', weight: 0.7, own: true },
      { on: 'cookie', key: 'datadome', weight: 0.9 },
      // Its hard-block page, "You have been blocked", opens with a contact line and loads its check script
      // (https://github.com/psf/requests/issues/5331, https://github.com/Blount/Cheky/issues/95).
      {
        on: 'body',
        key: 'DataAccess@datadome.co',
        weight: 0.95,
        action: 'block',
        errorKey: 'datadome-block',
        own: true,
      },
      { on: 'body', key: 'ct.datadome.co/', weight: 0.9, own: true },
      { on: 'body', key: 'ct.datado.me/', weight: 0.9, own: true },
      // The captcha and device check load from geo.captcha-delivery.com (DataDome integration guides).
      {
        on: 'body',
        key: 'captcha-delivery.com',
        weight: 0.95,
        action: 'challenge',
        errorKey: 'datadome-captcha',
        own: true,
      },
    ],
    statusRules: [
      {
        // A 401 too, with its block header and no body: Reuters behind DataDome answering a reader app with "x-dd-b: 3"
        // and no WWW-Authenticate (https://github.com/acidus99/NewsWaffle/issues/1). A bot manager asks for no password.
        statuses: [401, 403],
        action: 'challenge',
        when: 'own-page',
        errorKey: 'datadome-captcha',
      },
    ],
  },
  {
    id: 'yandex-smartcaptcha',
    name: 'Yandex SmartCaptcha',
    kind: 'bot',
    markers: [
      // Its refusal page sends the person to yandex.ru/support/smart-captcha/ ("Если у вас возникли проблемы…"),
      // served as a 400 on Yandex's own API (https://github.com/dext0r/ha-yandex-station-intents/issues/35).
      {
        on: 'body',
        key: 'yandex.ru/support/smart-captcha',
        weight: 0.9,
        action: 'challenge',
        own: true,
      },
      // Its anti-robot 403 page, titled "403", loads the captcha's style sheet and Yandex's logos from yastatic.net
      // (a page pasted in https://pastebin.com/jpkfb1rV). Only on a 403: a login page may load a captcha's styles too.
      {
        on: 'body-match',
        key: 'anti-robot page',
        value: /<link rel="stylesheet" href="\/?captcha\.min\.css"\s*\/?>/,
        weight: 0.85,
        action: 'challenge',
        own: true,
        statuses: [403],
      },
    ],
  },
  {
    id: 'distil',
    name: 'Distil Networks (now Imperva)',
    kind: 'bot',
    markers: [
      // Its CAPTCHA form and callback, and the "anomaly detected" picture of its block page, spelt with a dot by
      // wafw00f and a hyphen by identYwaf (EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/distil.py; stamparm/identYwaf@ae7e44ae8da6f01be3f63d7edfe6ea77240ff42c:data.json "distil").
      {
        on: 'body',
        key: 'distilCaptchaForm',
        weight: 0.95,
        own: true,
        action: 'challenge',
        errorKey: 'distil-challenge',
      },
      {
        on: 'body',
        key: 'distilCallbackGuard',
        weight: 0.9,
        own: true,
        action: 'challenge',
        errorKey: 'distil-challenge',
      },
      // Its loader keeps the referrer in sessionStorage ("sessionStorage.setItem('distil_referrer', …)"), seen on
      // ImmobilienScout24's 405 "Ich bin kein Roboter" (https://github.com/flathunters/flathunter/issues/119). Sites
      // that use it load it on their good pages too: a likelihood, not the vendor's own word.
      { on: 'body', key: "setItem('distil_referrer'", weight: 0.5, ref: true },
      // Its interstitial's refresh to the CAPTCHA page, "<meta http-equiv="refresh" content="10; url=/distil_r_captcha.html?
      // requestId=…">" on HTTP 200 (eBay's sign-in, https://github.com/ruippeixotog/ebay-snipe-server/issues/13).
      {
        on: 'body',
        key: 'url=/distil_r_captcha.html?requestId=',
        weight: 0.9,
        own: true,
        action: 'challenge',
        errorKey: 'distil-challenge',
      },
      {
        on: 'body-match',
        key: 'anomaly detected picture',
        value: /cdn\.distilnetworks\.com\/images\/anomaly[.-]detected\.png/i,
        weight: 0.95,
        own: true,
        action: 'block',
      },
    ],
  },
];
