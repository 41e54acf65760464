import type { VendorRow } from '../schema.ts';

/**
 * Firewalls known mostly by their block pages, each spelled as a real capture shows it (the WhatWaf "Unknown
 * Firewall" reports print the status line, the raw headers and the body as received).
 */
export const BLOCK_PAGE_ROWS: readonly VendorRow[] = [
  {
    id: 'indusface',
    name: 'Indusface AppTrana',
    kind: 'waf',
    markers: [
      // Server: IF_WAF on a 406 block page (https://github.com/Ekultek/WhatWaf/issues/932 and /issues/851).
      { on: 'header', key: 'server', value: /^IF_WAF$/i, weight: 0.95, own: true },
      {
        on: 'body',
        key: 'Your request was blocked due to suspicious behavior',
        weight: 0.9,
        action: 'block',
        errorKey: 'indusface-block',
        own: true,
      },
    ],
    statusRules: [{ statuses: [403, 406], action: 'block', when: 'own-page', errorKey: 'indusface-block' }],
  },
  {
    id: 'redshield',
    name: 'RedShield',
    kind: 'waf',
    markers: [
      // "Invalid Request: Support ID …", "blocked for security purposes", support@red-shield.net
      // (https://github.com/Ekultek/WhatWaf/issues/57).
      { on: 'body', key: 'support@red-shield.net', weight: 0.9, own: true },
      {
        on: 'body',
        key: 'Your request has been blocked for security purposes',
        weight: 0.8,
        action: 'block',
        errorKey: 'redshield-block',
        own: true,
      },
    ],
  },
  {
    id: 'fortigate',
    name: 'Fortinet FortiGate (UTM)',
    kind: 'waf',
    markers: [
      // FortiGate replacement pages: "Web Filter Violation", "Application Control Violation" (served with 200),
      // assets from url.fortinet.net, the "IE friendly error message walkround" comment
      // (https://github.com/Ekultek/WhatWaf/issues/513, /issues/34, /issues/248). Often the viewer's own network.
      { on: 'body', key: 'url.fortinet.net', weight: 0.9, own: true },
      { on: 'body', key: 'IE friendly error message walkround', weight: 0.7, own: true },
      // Its web filter's and application control's pages, a_prod_fortinet_1, _4, _5, _6, _8
      // (censoredplanet/censoredplanet-analysis@31830c6efaa32c448810a8f6a9734bdfd61cdaf1:pipeline/metadata/data/blockpage_signatures.json); not _7, "Application Blocked", other products' title too.
      {
        on: 'body',
        key: 'FortiGuard Web Filtering',
        weight: 0.9,
        action: 'block',
        errorKey: 'fortigate-block',
        own: true,
      },
      {
        on: 'body',
        key: 'Powered By Fortinet',
        weight: 0.9,
        action: 'block',
        errorKey: 'fortigate-block',
        own: true,
      },
      {
        on: 'body',
        key: 'FortiGate Application Control',
        weight: 0.9,
        action: 'block',
        errorKey: 'fortigate-block',
        own: true,
      },
      {
        on: 'body',
        key: 'The page you have requested has been blocked, because the URL is banned.',
        weight: 0.9,
        action: 'block',
        errorKey: 'fortigate-block',
        own: true,
      },
      {
        on: 'body',
        key: 'Webfilter Violation',
        weight: 0.9,
        action: 'block',
        errorKey: 'fortigate-block',
        own: true,
      },
      {
        on: 'body',
        key: '<title>Web Filter Violation</title>',
        weight: 0.9,
        action: 'block',
        errorKey: 'fortigate-block',
        own: true,
      },
      {
        on: 'body',
        key: '<title>Application Control Violation</title>',
        weight: 0.9,
        action: 'block',
        errorKey: 'fortigate-block',
        own: true,
      },
    ],
  },
  {
    id: 'csf',
    name: 'ConfigServer Security & Firewall',
    kind: 'waf',
    markers: [
      // csf's block page (https://github.com/Ekultek/WhatWaf/issues/79).
      { on: 'body', key: 'csf_small.png', weight: 0.8, own: true },
      {
        on: 'body',
        key: "Your connection to this server has been blocked in this server's firewall",
        weight: 0.9,
        action: 'block',
        errorKey: 'csf-block',
        own: true,
      },
    ],
  },
  {
    id: 'cachewall',
    name: 'Cachewall',
    kind: 'waf',
    markers: [
      // X-Cachewall-Action: challenge, X-Cachewall-Reason: Access Denied by Cachewall on a Varnish front
      // (https://github.com/Ekultek/WhatWaf/issues/105, /issues/109).
      {
        on: 'header',
        key: 'x-cachewall-action',
        value: /^challenge$/i,
        weight: 0.95,
        action: 'challenge',
        errorKey: 'cachewall-challenge',
        own: true,
      },
      { on: 'header', key: 'x-cachewall-reason', weight: 0.9, own: true },
    ],
  },
  {
    id: 'wts-waf',
    name: 'WTS-WAF',
    kind: 'waf',
    markers: [
      // Server: wts/1.2 and the page titled "WTS-WAF拦截提示" (block notice) (https://github.com/Ekultek/WhatWaf/issues/508).
      { on: 'header', key: 'server', value: /^wts\/\d/i, weight: 0.8 },
      { on: 'body', key: 'WTS-WAF', weight: 0.9, action: 'block', errorKey: 'wts-waf-block', own: true },
    ],
  },
  {
    id: 'anubis',
    name: 'Anubis',
    kind: 'bot',
    markers: [
      // Proof-of-work page: <script id="anubis_challenge">, /.within.website/x/xess/ styles, "Making sure you're
      // not a bot!" (https://github.com/fatiando/pooch/issues/470; TecharoHQ/anubis).
      {
        on: 'body',
        key: 'id="anubis_challenge"',
        weight: 0.95,
        action: 'challenge',
        errorKey: 'anubis-challenge',
        own: true,
      },
      { on: 'body', key: '/.within.website/', weight: 0.9, own: true },
      {
        on: 'body',
        key: "Making sure you're not a bot!",
        weight: 0.8,
        action: 'challenge',
        errorKey: 'anubis-challenge',
        own: true,
      },
    ],
  },
];
