import type { VendorRow } from '../schema.ts';

/**
 * Security plugins inside the site's own CMS (WordPress, Joomla): the site's software wrote the refusal, on the
 * service's own server. Markers from the wafw00f plugins and identYwaf, as cited per marker.
 */
export const SITE_PLUGIN_ROWS: readonly VendorRow[] = [
  {
    id: 'shieldsecurity',
    name: 'Shield Security (WordPress plugin)',
    kind: 'waf',
    markers: [
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/shieldsecurity.py
      { on: 'body', key: 'You were blocked by the Shield', weight: 0.95, action: 'block', own: true },
      // remaining transgression\(s\) against this site — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/shieldsecurity.py
      {
        on: 'body',
        key: 'remaining transgression(s) against this site',
        weight: 0.9,
        action: 'block',
        own: true,
      },
      // Something in the URL.{0,5}?Form or Cookie data wasn't appropriate — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/shieldsecurity.py
      // (identYwaf "shieldsecurity": "Something in the URL, Form or Cookie data wasn't appropriate")
      {
        on: 'body-match',
        key: 'shield-data-not-appropriate',
        value: /Something in the URL.{0,5}Form or Cookie data wasn.t appropriate/i,
        weight: 0.9,
        action: 'block',
        own: true,
      },
    ],
  },
  {
    id: 'cerber',
    name: 'WP Cerber Security (WordPress plugin)',
    kind: 'waf',
    markers: [
      // Two of the five strings wafw00f requires together (the page breaks the sentence across lines between
      // them) — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/cerber.py
      // (identYwaf "cerber": "Your request looks suspicious or similar to automated requests from spam posting software")
      {
        on: 'body',
        key: 'your request looks suspicious or similar to automated',
        weight: 0.85,
        action: 'block',
        own: true,
      },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/cerber.py
      { on: 'body', key: 'requests from spam posting software', weight: 0.8, action: 'block', own: true },
      // We.re sorry.{0,10}?you are not allowed to proceed — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/cerber.py
      // (identYwaf "cerber")
      {
        on: 'body-match',
        key: 'cerber-not-allowed',
        value: /We.re sorry.{0,10}you are not allowed to proceed/i,
        // Alone it is any application's wording (review): it names the plugin, the spam sentence says block.
        weight: 0.5,
        own: true,
      },
    ],
  },
  {
    id: 'malcare',
    name: 'MalCare (WordPress plugin)',
    kind: 'waf',
    markers: [
      // firewall.{0,15}?powered.by.{0,15}?malcare.{0,15}?pro — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/malcare.py
      {
        on: 'body-match',
        key: 'malcare-firewall-powered-by',
        value: /firewall.{0,15}powered.by.{0,15}malcare.{0,15}pro/i,
        weight: 0.9,
        own: true,
      },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/malcare.py
      // (identYwaf "malcare": "Blocked because of Malicious Activities")
      {
        on: 'body',
        key: 'blocked because of malicious activities',
        weight: 0.85,
        action: 'block',
        own: true,
      },
    ],
  },
  {
    id: 'secupress',
    name: 'SecuPress (WordPress plugin)',
    kind: 'waf',
    markers: [
      // <(title|h\d{1})>SecuPress — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/secupress.py
      // (identYwaf "secupress": <h1>SecuPress</h1><h2>\d{3})
      {
        on: 'body-match',
        key: 'secupress-title',
        value: /<(?:title|h\d)>SecuPress/i,
        weight: 0.9,
        action: 'block',
        own: true,
      },
    ],
  },
  {
    id: 'webarx',
    name: 'WebARX / Patchstack (WordPress plugin)',
    kind: 'waf',
    markers: [
      // WebARX.{0,10}?Web Application Firewall — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/webarx.py
      {
        on: 'body-match',
        key: 'webarx-waf',
        value: /WebARX.{0,10}Web Application Firewall/i,
        weight: 0.9,
        action: 'block',
        own: true,
      },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/webarx.py
      // A link any footer may carry (review).
      { on: 'body', key: 'www.webarxsecurity.com', weight: 0.5, ref: true },
      // The plugin's asset path: also on the site's ordinary pages — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/webarx.py
      { on: 'body', key: '/wp-content/plugins/webarx/includes/', weight: 0.4, ref: true },
    ],
  },
  {
    id: 'virusdie',
    name: 'Virusdie',
    kind: 'waf',
    markers: [
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/virusdie.py (identYwaf "virusdie")
      {
        on: 'body',
        key: 'cdn.virusdie.ru/splash/firewallstop.png',
        weight: 0.95,
        action: 'block',
        own: true,
      },
      // copy.{0,10}?Virusdie\.ru — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/virusdie.py
      {
        on: 'body-match',
        key: 'virusdie-copyright',
        value: /copy.{0,10}Virusdie\.ru/i,
        weight: 0.8,
        own: true,
      },
      // <meta name="FW_BLOCK" — stamparm/identYwaf@ae7e44ae8da6f01be3f63d7edfe6ea77240ff42c:data.json ("virusdie")
      { on: 'body', key: '<meta name="FW_BLOCK"', weight: 0.8, action: 'block', own: true },
    ],
  },
  {
    id: 'astra',
    name: 'Astra Security',
    kind: 'waf',
    markers: [
      // Set-Cookie ^cz_astra_csrf_cookie — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/astra.py
      // The plugin runs inside the site and sets it on every page: it says the site has it, not that it
      // refused (review).
      { on: 'cookie-prefix', key: 'cz_astra_csrf_cookie', weight: 0.5, ref: true },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/astra.py
      { on: 'body', key: 'astrawebsecurity.freshdesk.com', weight: 0.85, own: true },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/astra.py
      { on: 'body', key: 'www.getastra.com/assets/images', weight: 0.8, own: true },
      // "unfortunately our website protection system" — stamparm/identYwaf@ae7e44ae8da6f01be3f63d7edfe6ea77240ff42c:data.json ("astra")
      {
        on: 'body',
        key: 'unfortunately our website protection system',
        weight: 0.85,
        action: 'block',
        own: true,
      },
    ],
  },
  {
    id: 'bulletproof',
    name: 'BulletProof Security (WordPress plugin)',
    kind: 'waf',
    markers: [
      // Three strings wafw00f requires together; alone the 403 page's sentence is the strongest — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/bulletproof.py
      // (identYwaf "bulletproof")
      {
        on: 'body',
        key: 'If you arrived here due to a search or clicking on a link',
        weight: 0.7,
        action: 'block',
        own: true,
        // Its 400 page shares the sentence and logs "Malformed Request - Not an Attack" (review).
        statuses: [403],
      },
      // \+?bpsMessage — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/bulletproof.py
      { on: 'body', key: 'bpsMessage', weight: 0.8, own: true },
    ],
  },
  {
    id: 'rsfirewall',
    name: 'RSFirewall! (Joomla extension)',
    kind: 'waf',
    markers: [
      // com_rsfirewall_(\d{3}_forbidden|event)? — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/rsfirewall.py
      // (identYwaf "rsfirewall": COM_RSFIREWALL_)
      { on: 'body', key: 'COM_RSFIREWALL_', weight: 0.9, action: 'block', own: true },
    ],
  },
  {
    id: 'aesecure',
    name: 'aeSecure',
    kind: 'waf',
    markers: [
      // aeSecure-code header — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/aesecure.py
      { on: 'header', key: 'aesecure-code', weight: 0.95, own: true },
      // aesecure_denied\.png — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/aesecure.py (identYwaf "aesecure")
      { on: 'body', key: 'aesecure_denied.png', weight: 0.95, action: 'block', own: true },
    ],
  },
  {
    id: 'crawlprotect',
    name: 'CrawlProtect',
    kind: 'waf',
    markers: [
      // Set-Cookie ^crawlprotecttag= — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/crawlprotect.py
      // Set on every page of a site that has it: presence, not a refusal (review).
      { on: 'cookie', key: 'crawlprotecttag', weight: 0.5, ref: true },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/crawlprotect.py (identYwaf "crawlprotect")
      { on: 'body', key: '<title>crawlprotect', weight: 0.9, action: 'block', own: true },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/crawlprotect.py
      { on: 'body', key: 'this site is protected by crawlprotect', weight: 0.9, own: true },
    ],
  },
  {
    id: 'ninjafirewall',
    name: 'NinjaFirewall (WordPress plugin)',
    kind: 'waf',
    markers: [
      // <title>NinjaFirewall.{0,10}?\d{3}.forbidden — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/ninja.py
      // (identYwaf "ninjafirewall": <title>NinjaFirewall: 403 Forbidden)
      {
        on: 'body-match',
        key: 'ninjafirewall-title',
        value: /<title>NinjaFirewall.{0,10}\d{3}.forbidden/i,
        weight: 0.95,
        action: 'block',
        own: true,
      },
      // For security reasons?.{0,10}?it was blocked and logged — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/ninja.py
      // wafw00f pairs it with the title; alone it names the plugin, not a block (review).
      { on: 'body', key: 'it was blocked and logged', weight: 0.5, own: true },
    ],
  },
  {
    id: 'bad-behavior',
    name: 'Bad Behavior (PHP anti-spam filter)',
    kind: 'waf',
    markers: [
      // Its denial sets the status line's reason to its own name, "HTTP/1.1 403 Bad Behavior", and the page gives a
      // "technical support key" with a link to its bb2-support-key lookup (My-Little-Forum/mylittleforum@f527c6e9385e9cddf717160aa7b157165b24aaa0:
      // modules/bad-behavior/bad-behavior/banned.inc.php, bb2_display_denial); a link checker's report of "403 Bad
      // Behavior" (https://github.com/linkchecker/linkchecker/issues/189).
      // On the statuses it denies with (400, 403, 417, its responses table): its admin pages and forum posts link the same
      // lookup on a success (review).
      {
        on: 'reason',
        key: 'Bad Behavior',
        weight: 0.9,
        action: 'block',
        own: true,
        statuses: [400, 403, 417],
      },
      {
        on: 'body',
        key: 'bb2-support-key',
        weight: 0.9,
        action: 'block',
        own: true,
        statuses: [400, 403, 417],
      },
    ],
  },
];
