import type { VendorRow } from '../schema.ts';

/**
 * Web application firewalls and anti-DDoS services of security vendors and regional clouds, beyond the
 * appliances of waf-appliances.ts. Markers from the wafw00f plugins and identYwaf, as cited per marker.
 */
export const FIREWALL_PRODUCT_ROWS: readonly VendorRow[] = [
  {
    id: 'netscaler',
    name: 'Citrix NetScaler ADC (AppFirewall)',
    kind: 'waf',
    markers: [
      // Via: NS-CACHE (the integrated cache) — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/netscaler.py
      { on: 'header', key: 'via', value: /NS-CACHE/i, weight: 0.85, passThrough: true },
      // Cookies ^(ns_af=|citrix_ns_id|NSC_) — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/netscaler.py
      { on: 'cookie', key: 'ns_af', weight: 0.9 },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/netscaler.py
      { on: 'cookie-prefix', key: 'citrix_ns_id', weight: 0.9 },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/netscaler.py
      { on: 'cookie-prefix', key: 'NSC_', weight: 0.85 },
      // The scrambled Connection header ^(keep alive|close) — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/netscaler.py
      { on: 'header', key: 'cneonction', value: /^(?:keep alive|close)/i, weight: 0.9 },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/netscaler.py
      { on: 'header', key: 'nncoection', value: /^(?:keep alive|close)/i, weight: 0.9 },
      // (NS Transaction|AppFW Session) id, split in two literals — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/netscaler.py
      {
        on: 'body',
        key: 'AppFW Session id',
        weight: 0.95,
        action: 'block',
        errorKey: 'netscaler-block',
        own: true,
      },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/netscaler.py
      { on: 'body', key: 'NS Transaction id', weight: 0.9, own: true },
      // Violation Category.{0,5}?APPFW_ — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/netscaler.py
      {
        on: 'body-match',
        key: 'appfw-violation-category',
        value: /Violation Category.{0,5}APPFW_/i,
        weight: 0.95,
        action: 'block',
        errorKey: 'netscaler-block',
        own: true,
      },
      // Citrix\|NetScaler (an escaped pipe: the literal text) — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/netscaler.py
      { on: 'body', key: 'Citrix|NetScaler', weight: 0.8, own: true },
      // The block page title — stamparm/identYwaf@ae7e44ae8da6f01be3f63d7edfe6ea77240ff42c:data.json ("netscaler")
      {
        on: 'body',
        key: '<title>Application Firewall Block Page</title>',
        weight: 0.95,
        action: 'block',
        errorKey: 'netscaler-block',
        own: true,
      },
    ],
  },
  {
    id: 'webseal',
    name: 'IBM Security Verify Access (WebSEAL)',
    kind: 'waf',
    markers: [
      // Server: WebSEAL — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/webseal.py
      { on: 'header', key: 'server', value: /^WebSEAL/i, weight: 0.95 },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/webseal.py
      { on: 'body', key: 'This is a WebSEAL error message template file', weight: 0.95, own: true },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/webseal.py
      {
        on: 'body',
        key: 'WebSEAL server received an invalid HTTP request',
        weight: 0.95,
        action: 'block',
        errorKey: 'webseal-block',
        own: true,
      },
    ],
  },
  {
    id: 'link11',
    name: 'Link11 WAAP',
    kind: 'waf',
    markers: [
      // server: rhino-core-shield — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/link11.py
      { on: 'header', key: 'server', value: /^rhino-core-shield/i, weight: 0.95 },
    ],
  },
  {
    id: 'wallarm',
    name: 'Wallarm',
    kind: 'waf',
    markers: [
      // Server: nginx[\-_]wallarm — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/wallarm.py
      { on: 'header', key: 'server', value: /^nginx[-_]wallarm/i, weight: 0.95 },
    ],
  },
  {
    id: 'safeline',
    name: 'SafeLine (Chaitin Tech)',
    kind: 'waf',
    markers: [
      // <!\-\-\sevent id: — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/safeline.py
      {
        on: 'body-match',
        key: 'safeline-event-id',
        value: /<!--\sevent id:/i,
        weight: 0.9,
        action: 'block',
        errorKey: 'safeline-block',
        own: true,
      },
      // The block page's <!-- event_id: <32 hex> --> — stamparm/identYwaf@ae7e44ae8da6f01be3f63d7edfe6ea77240ff42c:data.json ("safeline")
      {
        on: 'body-match',
        key: 'safeline-event-id-hex',
        value: /<!-- event_id: [0-9a-f]{32} -->/i,
        weight: 0.95,
        action: 'block',
        errorKey: 'safeline-block',
        own: true,
      },
    ],
  },
  {
    id: 'dosarrest',
    name: 'DOSarrest',
    kind: 'waf',
    markers: [
      // X-DIS-Request-ID — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/dosarrest.py
      { on: 'header', key: 'x-dis-request-id', weight: 0.95 },
      // Server: DOSarrest(/3.5) — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/dosarrest.py
      { on: 'header', key: 'server', value: /^DOSarrest/i, weight: 0.95 },
      // Its block page, served without those headers to a scraper: "<title>463 Restricted Client - DOSarrest Internet
      // Security</title>" with its assets under /DOAError/ (https://github.com/SharpChiCity/SBRscraper/issues/15; the
      // same 463 in https://github.com/jemorriso/PySBR/issues/5). The title carries the status, so the template may
      // word other errors too: a block only on the refusals it was seen on, DOSarrest's page on any other (review).
      ...['DOSarrest Internet Security</title>', '/DOAError/assets/'].flatMap((key) => [
        {
          on: 'body',
          key,
          weight: 0.95,
          action: 'block',
          errorKey: 'dosarrest-block',
          statuses: [403, 463],
          own: true,
        } as const,
        { on: 'body', key, weight: 0.9, own: true } as const,
      ]),
    ],
  },
  {
    id: 'nemesida',
    name: 'Nemesida WAF',
    kind: 'waf',
    markers: [
      // @?nemesida(\-security)?\.com, split in two literals — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/nemesida.py
      { on: 'body', key: 'nemesida.com', weight: 0.85, own: true },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/nemesida.py
      { on: 'body', key: 'nemesida-security.com', weight: 0.85, own: true },
      // Suspicious activity detected.{0,10}?Access to the site is blocked — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/nemesida.py
      {
        on: 'body-match',
        key: 'nemesida-blocked',
        value: /Suspicious activity detected.{0,10}Access to the site is blocked/i,
        weight: 0.95,
        action: 'block',
        errorKey: 'nemesida-block',
        own: true,
      },
      // nwaf@ — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/nemesida.py
      { on: 'body', key: 'nwaf@', weight: 0.9, own: true },
    ],
    // wafw00f takes status 222 alone as Nemesida (its block status) — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/nemesida.py
    statusRules: [
      {
        statuses: [222],
        action: 'block',
        when: 'always',
        errorKey: 'nemesida-block',
        note: 'status 222 is the status Nemesida WAF answers blocked requests with',
      },
    ],
  },
  {
    id: 'naxsi',
    name: 'NAXSI',
    kind: 'waf',
    markers: [
      // X-Data-Origin: ^naxsi(.+)? — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/naxsi.py
      { on: 'header', key: 'x-data-origin', value: /^naxsi/i, weight: 0.95 },
      // Server: naxsi(.+)? (unanchored in the plugin; "naxsi/waf" in identYwaf) — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/naxsi.py
      { on: 'header', key: 'server', value: /naxsi/i, weight: 0.95 },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/naxsi.py
      {
        on: 'body',
        key: 'blocked by naxsi',
        weight: 0.95,
        action: 'block',
        errorKey: 'naxsi-block',
        own: true,
      },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/naxsi.py
      {
        on: 'body',
        key: 'naxsi blocked information',
        weight: 0.95,
        action: 'block',
        errorKey: 'naxsi-block',
        own: true,
      },
    ],
  },

  {
    id: 'wangzhanbao',
    name: '360 WangZhanBao (Qi An Xin WAF)',
    kind: 'waf',
    markers: [
      // Server: qianxin-waf — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/wzb360.py
      { on: 'header', key: 'server', value: /^qianxin-waf/i, weight: 0.95 },
      // WZWS-Ray — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/wzb360.py
      { on: 'header', key: 'wzws-ray', weight: 0.95 },
      // X-Powered-By-360WZB — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/wzb360.py
      { on: 'header', key: 'x-powered-by-360wzb', weight: 0.95 },
      // wzws\-waf\-cgi/ — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/wzb360.py
      { on: 'body', key: 'wzws-waf-cgi/', weight: 0.95, own: true },
      // wangshan\.360\.cn — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/wzb360.py
      { on: 'body', key: 'wangshan.360.cn', weight: 0.85, own: true },
    ],
    // wafw00f takes status 493 alone as WangZhanBao — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/wzb360.py
    statusRules: [
      {
        statuses: [493],
        action: 'block',
        when: 'always',
        errorKey: 'wangzhanbao-block',
        note: 'status 493 is the status 360 WangZhanBao answers blocked requests with',
      },
    ],
  },
  {
    id: 'jiasule',
    name: 'Jiasule (Knownsec)',
    kind: 'waf',
    markers: [
      // Server: jiasule\-waf — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/jiasule.py
      { on: 'header', key: 'server', value: /^jiasule-waf/i, weight: 0.95 },
      // Set-Cookie ^jsl_tracking(.+)?= — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/jiasule.py
      { on: 'cookie-prefix', key: 'jsl_tracking', weight: 0.9 },
      // Set-Cookie __jsluid= (unanchored; the names seen are __jsluid_h / __jsluid_s) — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/jiasule.py
      { on: 'cookie-prefix', key: '__jsluid', weight: 0.9 },
      // notice\-jiasule — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/jiasule.py
      { on: 'body', key: 'notice-jiasule', weight: 0.9, own: true },
      // static\.jiasule\.com — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/jiasule.py
      { on: 'body', key: 'static.jiasule.com', weight: 0.85, own: true },
    ],
  },
  {
    id: 'safedog',
    name: 'Safedog',
    kind: 'waf',
    markers: [
      // Set-Cookie ^safedog\-flow\-item= — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/safedog.py
      { on: 'cookie', key: 'safedog-flow-item', weight: 0.95 },
      // Server: Safedog — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/safedog.py
      { on: 'header', key: 'server', value: /^Safedog/i, weight: 0.95 },
      // safedogsite/broswer_logo\.jpg (sic) — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/safedog.py
      { on: 'body', key: 'safedogsite/broswer_logo.jpg', weight: 0.95, own: true },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/safedog.py
      { on: 'body', key: '404.safedog.cn/sitedog_stat.html', weight: 0.95, own: true },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/safedog.py
      { on: 'body', key: '404.safedog.cn/images/safedogsite/head.png', weight: 0.95, own: true },
    ],
  },
  {
    id: 'cloudbric',
    name: 'Cloudbric (Penta Security)',
    kind: 'waf',
    markers: [
      // <title>Cloudbric.{0,5}?ERROR! — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/cloudbric.py
      {
        on: 'body-match',
        key: 'cloudbric-error-title',
        value: /<title>Cloudbric.{0,5}ERROR!/i,
        weight: 0.95,
        own: true,
      },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/cloudbric.py
      {
        on: 'body',
        key: 'Your request was blocked by Cloudbric',
        weight: 0.95,
        action: 'block',
        errorKey: 'cloudbric-block',
        own: true,
      },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/cloudbric.py
      { on: 'body', key: 'please contact Cloudbric Support', weight: 0.9, own: true },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/cloudbric.py
      { on: 'body', key: 'cloudbric.zendesk.com', weight: 0.85, own: true },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/cloudbric.py
      { on: 'body', key: 'Cloudbric Help Center', weight: 0.85, own: true },
    ],
  },
  {
    id: 'huawei-waf',
    name: 'Huawei Cloud WAF',
    kind: 'waf',
    markers: [
      // Set-Cookie ^HWWAFSESID= and Server: HuaweiCloudWAF — EnableSecurity/wafw00f@329160cf4bb3abf77b7d79eafe049b36413c0fca:wafw00f/plugins/huaweicloud.py
      { on: 'cookie', key: 'HWWAFSESID', weight: 0.95 },
      { on: 'header', key: 'server', value: /^HuaweiCloudWAF/i, weight: 0.95 },
      // The same product signs "Server: CloudWAF" (also in a <meta http-equiv="Server">) with HWWAFSESID and
      // HWWAFSESTIME cookies on its 418 block page "访问被拦截！" (https://github.com/Ekultek/WhatWaf/issues/1520).
      { on: 'header', key: 'server', value: /^CloudWAF$/i, weight: 0.85 },
      { on: 'cookie', key: 'HWWAFSESTIME', weight: 0.9 },
      // The block page's contact address — wafw00f plugins/huaweicloud.py (as above).
      {
        on: 'body',
        key: 'hws_security@',
        weight: 0.9,
        action: 'block',
        errorKey: 'huawei-waf-block',
        own: true,
      },
    ],
  },
  {
    id: 'stormwall',
    name: 'StormWall',
    kind: 'waf',
    markers: [
      // Its 403 "Error 403: Access Denied" page loads its styles from static.stormwall.pro/error_pages/, behind
      // "Server: openresty" (https://github.com/Ekultek/WhatWaf/issues/1074).
      {
        on: 'body',
        key: 'static.stormwall.pro/error_pages/',
        weight: 0.95,
        action: 'block',
        errorKey: 'stormwall-block',
        own: true,
      },
      // Its JavaScript challenge on HTTP 200: a page that loads static.stormwall.pro/jsav…js, reloads itself and
      // hands its script the cookie to set, `const cN = "swp_token";` (https://github.com/VeNoMouS/cloudscraper/issues/229).
      // The cookie's name alone is not enough in a body: apps keep their own "swp_token" in local storage.
      { on: 'body', key: 'const cN = "swp_token"', weight: 0.9, action: 'challenge', own: true },
    ],
  },
  {
    id: 'yunjiasu',
    name: 'Baidu Yunjiasu (DuEdge)',
    kind: 'waf',
    markers: [
      // Server: yunjiasu…, its challenge's /.well-known/yunjiasu-cgi/ link and yjs_use_ob cookie (EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/baidu.py);
      // DuEdge's 403 page "DuEdge Event ID: <16 hex>" (stamparm/identYwaf@ae7e44ae8da6f01be3f63d7edfe6ea77240ff42c:data.json "duedge").
      { on: 'header', key: 'server', value: /yunjiasu/i, weight: 0.9 },
      { on: 'body', key: 'href="/.well-known/yunjiasu-cgi/', weight: 0.9, own: true, action: 'challenge' },
      { on: 'body', key: "document.cookie='yjs_use_ob=0", weight: 0.85, own: true, action: 'challenge' },
      // Its CAPTCHA page, "安全检查! | 百度云加速" (security check) with its stylesheet /cdn-cgi/styles/baidu.errors.css
      // (https://github.com/KyranRana/cloudflare-bypass/issues/116).
      { on: 'body', key: '/cdn-cgi/styles/baidu.errors.css', weight: 0.9, own: true, action: 'challenge' },
      {
        on: 'body-match',
        key: 'DuEdge Event ID',
        value: /DuEdge Event ID: [0-9a-f]{16}/,
        weight: 0.95,
        own: true,
        action: 'block',
        errorKey: 'yunjiasu-block',
      },
    ],
  },
  {
    id: 'yunsuo',
    name: 'Yunsuo',
    kind: 'waf',
    markers: [
      // The yunsuo_session cookie and its block page's logo (EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/yunsuo.py; stamparm/identYwaf@ae7e44ae8da6f01be3f63d7edfe6ea77240ff42c:data.json "yunsuo").
      { on: 'cookie', key: 'yunsuo_session', weight: 0.9 },
      {
        on: 'body',
        key: 'class="yunsuologo"',
        weight: 0.95,
        own: true,
        action: 'block',
        errorKey: 'yunsuo-block',
      },
    ],
  },
  {
    id: 'yundun',
    name: 'Yundun',
    kind: 'waf',
    markers: [
      // Server and X-Cache "YUNDUN", the yd_cookie cookie, its block page and error links (EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/yundun.py;
      // stamparm/identYwaf@ae7e44ae8da6f01be3f63d7edfe6ea77240ff42c:data.json "yundun").
      { on: 'header', key: 'server', value: /YUNDUN/, weight: 0.9 },
      { on: 'header', key: 'x-cache', value: /YUNDUN/, weight: 0.85 },
      { on: 'cookie', key: 'yd_cookie', weight: 0.85 },
      {
        on: 'body',
        key: 'Blocked by YUNDUN Cloud WAF',
        weight: 0.95,
        own: true,
        action: 'block',
        errorKey: 'yundun-block',
      },
      {
        on: 'body-match',
        key: 'yd_http_error',
        value: /yundun\.com\/yd[-_]http[-_]error\//i,
        weight: 0.9,
        own: true,
        action: 'block',
        errorKey: 'yundun-block',
      },
    ],
    // WhatWaf takes status 461 with a "403 forbidden: access is denied" title as Yundun's block (Ekultek/WhatWaf@06c815ac541c9bba5c1a0f43ad8abfd44d6abcde:content/plugins/yundun.py).
    statusRules: [
      {
        statuses: [461],
        action: 'block',
        when: 'always',
        errorKey: 'yundun-block',
        note: 'status 461 is the status Yundun answers blocked requests with',
      },
    ],
  },
  {
    id: 'nsfocus',
    name: 'NSFOCUS WAF',
    kind: 'waf',
    // Server: NSFocus (EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/nsfocus.py).
    markers: [{ on: 'header', key: 'server', value: /NSFocus/i, weight: 0.9, own: true }],
  },
  {
    id: 'knownsec',
    name: 'Knownsec (Chuang Yu Shield, KS-WAF)',
    kind: 'waf',
    markers: [
      // Chuang Yu Shield's page links 365cyd.com and its help "cyd-error-help.html?code=403" (EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/chuangyu.py);
      // KS-WAF's page shows /ks-waf-error.png (EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/knownsec.py; stamparm/identYwaf@ae7e44ae8da6f01be3f63d7edfe6ea77240ff42c:data.json "knownsec").
      // (A bare 365cyd.com link is any customer's footer: only the block page's help link counts.)
      {
        on: 'body',
        key: 'cyd-error-help.html?code=',
        weight: 0.95,
        own: true,
        action: 'block',
        errorKey: 'knownsec-block',
      },
      {
        on: 'body-match',
        key: 'ks-waf-error.png',
        value: /\/ks[-_]waf[-_]error\.png/i,
        weight: 0.95,
        own: true,
        action: 'block',
        errorKey: 'knownsec-block',
      },
    ],
  },
  {
    id: 'janusec',
    name: 'Janusec Application Gateway',
    kind: 'waf',
    markers: [
      // "Reason: … by Janusec Application Gateway" (stamparm/identYwaf@ae7e44ae8da6f01be3f63d7edfe6ea77240ff42c:data.json "janusec"; EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/janusec.py).
      {
        on: 'body',
        key: 'by Janusec Application Gateway',
        weight: 0.95,
        own: true,
        action: 'block',
        errorKey: 'janusec-block',
      },
    ],
  },
  {
    id: 'comodo',
    name: 'Comodo cWatch WAF',
    kind: 'waf',
    markers: [
      // Server: Protected by COMODO WAF(.+)? — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/comodo.py (stamparm/identYwaf@ae7e44ae8da6f01be3f63d7edfe6ea77240ff42c:data.json "comodo")
      { on: 'header', key: 'server', value: /^Protected by COMODO WAF/i, weight: 0.95 },
    ],
  },
  {
    id: 'variti',
    name: 'Variti',
    kind: 'waf',
    markers: [
      // Server: Variti(?:\/[a-z0-9\.\-]+)? — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/variti.py
      { on: 'header', key: 'server', value: /^Variti(?:\/[a-z0-9.-]+)?$/i, weight: 0.95 },
    ],
  },
  {
    id: 'nexusguard',
    name: 'Nexusguard',
    kind: 'waf',
    markers: [
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/nexusguard.py (stamparm/identYwaf@ae7e44ae8da6f01be3f63d7edfe6ea77240ff42c:data.json "nexusguard": <p>Powered by Nexusguard</p>)
      { on: 'body', key: 'Powered by Nexusguard', weight: 0.85, own: true },
      // nexusguard\.com/wafpage/.+#\d{3}; (its block page's assets, the status after the #); read as the path
      // itself, which only its block page links, since a bounded ".+" still backtracks on repeats (ReDoS check) —
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/nexusguard.py
      {
        on: 'body',
        key: 'nexusguard.com/wafpage/',
        weight: 0.95,
        action: 'block',
        own: true,
      },
    ],
  },
  {
    id: 'threatx',
    name: 'ThreatX (A10 Networks)',
    kind: 'waf',
    markers: [
      // The whole body "Forbidden - ID: <32 hex>" on a 403 (with an X-Request-Id header) — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/threatx.py
      {
        on: 'body-match',
        key: 'threatx-forbidden-id',
        value: /^Forbidden - ID: [a-fA-F0-9]{32}$/,
        weight: 0.85,
        action: 'block',
        own: true,
        statuses: [403],
      },
    ],
  },
  {
    id: 'zenedge',
    name: 'Zenedge (Oracle)',
    kind: 'waf',
    markers: [
      // Server: ZENEDGE — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/zenedge.py (stamparm/identYwaf@ae7e44ae8da6f01be3f63d7edfe6ea77240ff42c:data.json "zenedge")
      { on: 'header', key: 'server', value: /ZENEDGE/i, weight: 0.95 },
      // X-Zen-Fury — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/zenedge.py
      { on: 'header', key: 'x-zen-fury', weight: 0.95 },
      // /__zenedge/ — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/zenedge.py
      { on: 'body', key: '/__zenedge/', weight: 0.9, own: true },
    ],
  },
  {
    id: 'greywizard',
    name: 'Grey Wizard',
    kind: 'waf',
    markers: [
      // Server: greywizard — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/greywizard.py (stamparm/identYwaf@ae7e44ae8da6f01be3f63d7edfe6ea77240ff42c:data.json "greywizard")
      { on: 'header', key: 'server', value: /greywizard/i, weight: 0.95 },
      // <(title|h\d{1})>Grey Wizard — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/greywizard.py
      {
        on: 'body-match',
        key: 'greywizard-title',
        value: /<(?:title|h\d)>Grey Wizard/i,
        weight: 0.9,
        own: true,
      },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/greywizard.py
      {
        on: 'body',
        key: 'contact the website owner or Grey Wizard',
        weight: 0.9,
        action: 'block',
        own: true,
      },
      // We.ve detected attempted attack or non standard traffic from your ip address — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/greywizard.py
      {
        on: 'body',
        key: 'detected attempted attack or non standard traffic from your ip address',
        weight: 0.9,
        action: 'block',
        own: true,
      },
    ],
  },
  {
    id: 'viettel',
    name: 'Viettel Cloudrity WAF',
    kind: 'waf',
    markers: [
      // Access Denied.{0,10}?Viettel WAF — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/viettel.py
      {
        on: 'body-match',
        key: 'viettel-access-denied',
        value: /Access Denied.{0,10}Viettel WAF/i,
        weight: 0.95,
        action: 'block',
        own: true,
      },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/viettel.py
      { on: 'body', key: 'Viettel WAF System', weight: 0.9, own: true },
      // cloudrity\.com\.(vn)?/ — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/viettel.py
      { on: 'body', key: 'cloudrity.com.vn/', weight: 0.8, own: true },
    ],
  },
  {
    id: 'bekchy',
    name: 'Bekchy',
    kind: 'waf',
    markers: [
      // Bekchy.{0,10}?Access Denied — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/bekchy.py (stamparm/identYwaf@ae7e44ae8da6f01be3f63d7edfe6ea77240ff42c:data.json "bekchy": <title>Bekchy - Access Denided</title>)
      {
        on: 'body-match',
        key: 'bekchy-access-denied',
        value: /Bekchy.{0,10}Access Deni/i,
        weight: 0.95,
        action: 'block',
        own: true,
      },
      // bekchy\.com/report — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/bekchy.py
      { on: 'body', key: 'bekchy.com/report', weight: 0.9, own: true },
    ],
  },
  {
    id: 'blockdos',
    name: 'BlockDoS',
    kind: 'waf',
    markers: [
      // Server: blockdos\.net — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/blockdos.py (Ekultek/WhatWaf@06c815ac541c9bba5c1a0f43ad8abfd44d6abcde:content/plugins/blockdos.py)
      { on: 'header', key: 'server', value: /blockdos\.net/i, weight: 0.95 },
    ],
  },
  {
    id: 'siteguard',
    name: 'SiteGuard (EG Secure Solutions)',
    kind: 'waf',
    markers: [
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/siteguard.py (stamparm/identYwaf@ae7e44ae8da6f01be3f63d7edfe6ea77240ff42c:data.json "siteguard")
      { on: 'body', key: 'Powered by SiteGuard', weight: 0.85, own: true },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/siteguard.py (stamparm/identYwaf@ae7e44ae8da6f01be3f63d7edfe6ea77240ff42c:data.json "siteguard")
      { on: 'body', key: 'The server refuse to browse the page', weight: 0.9, action: 'block', own: true },
    ],
  },
  {
    id: 'oracle-cloud-waf',
    name: 'Oracle Cloud WAF',
    kind: 'waf',
    markers: [
      // <title>fw_error_www — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/oraclecloud.py
      { on: 'body', key: '<title>fw_error_www', weight: 0.9, action: 'block', own: true },
      // src="/oralogo_small.gif" — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/oraclecloud.py
      { on: 'body', key: 'src="/oralogo_small.gif"', weight: 0.8, own: true },
    ],
  },
  {
    id: 'anquanbao',
    name: 'Anquanbao',
    kind: 'waf',
    markers: [
      // X-Powered-By-Anquanbao — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/anquanbao.py
      { on: 'header', key: 'x-powered-by-anquanbao', weight: 0.95 },
      // aqb_cc/error/ — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/anquanbao.py (stamparm/identYwaf@ae7e44ae8da6f01be3f63d7edfe6ea77240ff42c:data.json "anquanbao")
      { on: 'body', key: 'aqb_cc/error/', weight: 0.9, action: 'block', own: true },
    ],
  },
  {
    id: 'panyun360',
    name: '360 PanYun',
    kind: 'waf',
    markers: [
      // Server: panyun and the X-Panyun-* headers — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/panyun360.py
      { on: 'header', key: 'server', value: /panyun/i, weight: 0.9 },
      { on: 'header', key: 'x-panyun-request-id', weight: 0.95 },
      { on: 'header', key: 'x-panyun-error-reason', weight: 0.95, action: 'block', own: true },
      { on: 'header', key: 'x-panyun-error-step', weight: 0.95, own: true },
    ],
  },
  {
    id: 'safe3',
    name: 'Safe3 Web Firewall',
    kind: 'waf',
    markers: [
      // Server: Safe3 Web Firewall — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/safe3.py (stamparm/identYwaf@ae7e44ae8da6f01be3f63d7edfe6ea77240ff42c:data.json "safe3")
      { on: 'header', key: 'server', value: /Safe3 Web Firewall/i, weight: 0.95 },
      // X-Powered-By: Safe3WAF/[\.0-9]+? — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/safe3.py
      { on: 'header', key: 'x-powered-by', value: /Safe3WAF\/[.0-9]/i, weight: 0.95 },
      // Safe3waf/[0-9\.]+? — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/safe3.py
      { on: 'body', key: 'Safe3waf/', weight: 0.9, own: true },
    ],
  },
  {
    id: 'newdefend',
    name: 'Newdefend',
    kind: 'waf',
    markers: [
      // Server: Newdefend — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/newdefend.py (stamparm/identYwaf@ae7e44ae8da6f01be3f63d7edfe6ea77240ff42c:data.json "newdefend")
      { on: 'header', key: 'server', value: /Newdefend/i, weight: 0.95 },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/newdefend.py
      { on: 'body', key: 'www.newdefend.com/feedback', weight: 0.9, own: true },
      // /nd\-block/ in the plugin, /nd_block/ in identYwaf — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/newdefend.py; stamparm/identYwaf@ae7e44ae8da6f01be3f63d7edfe6ea77240ff42c:data.json ("newdefend")
      {
        on: 'body-match',
        key: 'nd-block',
        value: /\/nd[-_]block\//i,
        weight: 0.85,
        action: 'block',
        own: true,
      },
    ],
  },
  {
    id: 'yxlink',
    name: 'YxLink WAF',
    kind: 'waf',
    markers: [
      // Set-Cookie ^yx_ci_session= / ^yx_language=, Server: Yxlink([\-_]?WAF)? — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/yxlink.py
      { on: 'cookie', key: 'yx_ci_session', weight: 0.85 },
      { on: 'cookie', key: 'yx_language', weight: 0.7 },
      { on: 'header', key: 'server', value: /Yxlink/i, weight: 0.95 },
    ],
  },
  {
    id: 'xuanwudun',
    name: 'Xuanwudun (DBAPPSecurity)',
    kind: 'waf',
    markers: [
      // admin\.dbappwaf\.cn/(index\.php/Admin/ClientMisinform/)? — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/xuanwudun.py
      { on: 'body', key: 'admin.dbappwaf.cn/', weight: 0.9, action: 'block', own: true },
    ],
  },
  {
    id: 'senginx',
    name: 'SEnginx (Neusoft)',
    kind: 'waf',
    markers: [
      // SENGINX\-ROBOT\-MITIGATION (its robot-mitigation challenge) — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/senginx.py
      { on: 'body', key: 'SENGINX-ROBOT-MITIGATION', weight: 0.9, action: 'challenge', own: true },
    ],
  },
];
