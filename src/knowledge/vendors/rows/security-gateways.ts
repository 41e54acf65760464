import type { VendorRow } from '../schema.ts';

/**
 * Firewalls and secure gateways that also filter a network's own outgoing traffic (an office, a school, a
 * hotel): their block page may come from the viewer's side as well as the service's, which the guided
 * comparison (another network) settles. Markers from the wafw00f plugins (and WhatWaf, identYwaf), as cited per
 * marker.
 */
export const SECURITY_GATEWAY_ROWS: readonly VendorRow[] = [
  {
    id: 'paloalto',
    name: 'Palo Alto Networks NGFW',
    kind: 'waf',
    markers: [
      // Download of virus.spyware blocked (the antivirus response page) — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/paloalto.py
      {
        on: 'body-match',
        key: 'paloalto-virus-blocked',
        value: /Download of virus.spyware blocked/i,
        weight: 0.9,
        action: 'block',
        errorKey: 'paloalto-block',
        own: true,
      },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/paloalto.py
      { on: 'body', key: 'Palo Alto Next Generation Security Platform', weight: 0.9, own: true },
      // The URL-filtering response page — stamparm/identYwaf@ae7e44ae8da6f01be3f63d7edfe6ea77240ff42c:data.json ("paloalto")
      {
        on: 'body',
        key: 'has been blocked in accordance with company policy',
        weight: 0.85,
        action: 'block',
        errorKey: 'paloalto-block',
        own: true,
      },
      // Its response pages' default style, which operators keep when they reword the text (a school's Spanish
      // application page): the template as a PAN-OS configuration script imports it, "#content{border:3px
      // solid#aaa;background-color:#fff;margin:40;padding:40;font-family:Tahoma,…}" (brianaddicks/PowerAlto@1d59446ae0a4ab793b8adde6319aca64aa6f4b34:
      // Scripts/GoogleSafeSearch.ps1).
      {
        on: 'body',
        key: 'border:3px solid#aaa;background-color:#fff;margin:40;padding:40;font-family:Tahoma',
        weight: 0.85,
        action: 'block',
        errorKey: 'paloalto-block',
        own: true,
      },
      // Its response pages as Censored Planet's measurements found them injected on networks around the world,
      // a_prod_paloalto_1, _2, _3, _5, _7, _8 (censoredplanet/censoredplanet-analysis@31830c6efaa32c448810a8f6a9734bdfd61cdaf1:pipeline/metadata/data/blockpage_signatures.json); not _6,
      // "Please contact your system administrator if you believe this is in error", any filter's sentence.
      {
        on: 'body',
        key: 'Access to the web page you were trying to visit has been blocked in accordance with',
        weight: 0.9,
        action: 'block',
        errorKey: 'paloalto-block',
        own: true,
      },
      {
        on: 'body',
        key: '<body bgcolor="#e7e8e9"><div id="content"><h1>Web Page Blocked</h1>',
        weight: 0.9,
        action: 'block',
        errorKey: 'paloalto-block',
        own: true,
      },
      {
        on: 'body',
        key: '<strong>Blocked by browsing policy</strong>',
        weight: 0.9,
        action: 'block',
        errorKey: 'paloalto-block',
        own: true,
      },
      {
        on: 'body',
        key: 'Access to the application you were trying to use has been blocked in accordance with',
        weight: 0.9,
        action: 'block',
        errorKey: 'paloalto-block',
        own: true,
      },
      {
        on: 'body',
        key: '<title>Takmarkað aðgengi</title>',
        weight: 0.9,
        action: 'block',
        errorKey: 'paloalto-block',
        own: true,
      },
      {
        on: 'body',
        key: 'Application Control Verification',
        weight: 0.9,
        action: 'block',
        errorKey: 'paloalto-block',
        own: true,
      },
    ],
  },
  {
    id: 'sonicwall',
    name: 'SonicWall',
    kind: 'waf',
    markers: [
      // Server: SonicWALL — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/sonicwall.py
      { on: 'header', key: 'server', value: /^SonicWALL/i, weight: 0.95 },
      // <(title|h\d{1})>Web Site Blocked — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/sonicwall.py
      {
        on: 'body-match',
        key: 'sonicwall-web-site-blocked',
        value: /<(?:title|h\d)>Web Site Blocked/i,
        weight: 0.85,
        action: 'block',
        errorKey: 'sonicwall-block',
        own: true,
      },
      // \+?nsa_banner (the optional "+" drops out of a substring test) — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/sonicwall.py
      { on: 'body', key: 'nsa_banner', weight: 0.85, own: true },
      // Its block page's title and its link to the rating service, a_prod_sonicwall_1..3 (censoredplanet/censoredplanet-analysis@31830c6efaa32c448810a8f6a9734bdfd61cdaf1:pipeline/metadata/data/blockpage_signatures.json).
      {
        on: 'body',
        key: 'SonicWALL - Web Site Blocked',
        weight: 0.9,
        action: 'block',
        errorKey: 'sonicwall-block',
        own: true,
      },
      {
        on: 'body',
        key: 'cfssupport.sonicwall.com',
        weight: 0.9,
        action: 'block',
        errorKey: 'sonicwall-block',
        own: true,
      },
      // Its Geo-IP filter, which refuses connections towards the countries the network's owner chose: "Block reason:
      // Gateway GEO-IP Filter Alert … Connection initiated towards country: Russian Federation"
      // (https://github.com/platformio/platformio-core/issues/3211). A rule about where, on the viewer's network.
      {
        on: 'body',
        key: 'Block reason: Gateway GEO-IP Filter Alert',
        weight: 0.95,
        action: 'geo',
        errorKey: 'sonicwall-geoip',
        own: true,
      },
    ],
  },
  {
    id: 'sophos-utm',
    name: 'Sophos UTM Web Protection',
    kind: 'waf',
    markers: [
      // Powered by.?(Sophos)? UTM Web Protection — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/sophos.py
      {
        on: 'body-match',
        key: 'sophos-utm-powered-by',
        value: /Powered by.?(?:Sophos)? UTM Web Protection/i,
        weight: 0.95,
        own: true,
      },
      // Two of the five strings wafw00f requires together (schema 02); alone each is weaker — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/sophos.py
      {
        on: 'body',
        key: '<title>Access to the requested URL was blocked',
        weight: 0.5,
        action: 'block',
        errorKey: 'sophos-utm-block',
        own: true,
      },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/sophos.py
      {
        on: 'body',
        key: 'incident was logged with the following log identifier',
        weight: 0.6,
        action: 'block',
        errorKey: 'sophos-utm-block',
        own: true,
      },
    ],
  },
  {
    id: 'watchguard',
    name: 'WatchGuard Firebox',
    kind: 'waf',
    markers: [
      // Server: WatchGuard — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/watchguard.py
      { on: 'header', key: 'server', value: /^WatchGuard/i, weight: 0.95 },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/watchguard.py
      {
        on: 'body',
        key: 'Request denied by WatchGuard Firewall',
        weight: 0.95,
        action: 'block',
        errorKey: 'watchguard-block',
        own: true,
      },
      // Its HTTP proxy's pages, a_prod_watchguard_1 and _3 (censoredplanet/censoredplanet-analysis@31830c6efaa32c448810a8f6a9734bdfd61cdaf1:pipeline/metadata/data/blockpage_signatures.json).
      {
        on: 'body',
        key: 'Request denied by WatchGuard HTTP Proxy',
        weight: 0.9,
        action: 'block',
        errorKey: 'watchguard-block',
        own: true,
      },
      {
        on: 'body',
        key: 'Response denied by WatchGuard HTTP Proxy',
        weight: 0.9,
        action: 'block',
        errorKey: 'watchguard-block',
        own: true,
      },
      // WatchGuard Technologies Inc\. (the page footer) — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/watchguard.py
      { on: 'body', key: 'WatchGuard Technologies Inc.', weight: 0.8, own: true },
    ],
  },
  {
    id: 'zscaler',
    name: 'Zscaler Internet Access',
    kind: 'waf',
    markers: [
      // Server: ZScaler — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/zscaler.py
      { on: 'header', key: 'server', value: /^ZScaler/i, weight: 0.95 },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/zscaler.py
      { on: 'body', key: 'login.zscloud.net/img_logo_new1.png', weight: 0.9, own: true },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/zscaler.py
      { on: 'body', key: 'Zscaler to protect you from internet threats', weight: 0.9, own: true },
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/zscaler.py
      { on: 'body', key: 'Internet Security by ZScaler', weight: 0.9, own: true },
      // Its block page's logo, signed on its login host, "https://login.zscaler.net:443/__zsig/…" or login.zscloud.net's
      // (a web access control denial pasted in https://github.com/ayakashi-io/ayakashi/issues/7; a page kept in part in
      // https://github.com/microsoft/vscode-copilot-release/issues/2258).
      // Its clouds are zscaler.net, zscalerone/two/three.net, zscloud.net… (a block detector's list of them in public code);
      // the logo alone names it, on a refusal only: a test report that borrowed it as a favicon is not a block (review).
      {
        on: 'body-match',
        key: 'signed logo',
        value: /https:\/\/login\.(?:zscaler(?:one|two|three|beta|gov|ten)?|zscloud)\.net(?::443)?\/__zsig\//,
        weight: 0.9,
        own: true,
        statuses: [403],
      },
    ],
  },
  {
    id: 'cisco-umbrella',
    name: 'Cisco Umbrella (DNS and web filter)',
    kind: 'waf',
    markers: [
      // Its "Site Blocked" page carries the block's own record in a script, blockType, oidhash, bundleid, bundleidhash…
      // (the page saved in place of get-pip.py, jona3424/PGP-protocol-Uni-project@f99eadfc3e962066557f22920ba9ad0f72816f1a:get-pip.py).
      {
        on: 'body-match',
        key: 'block record',
        value: /\bbundleidhash:\s*"[0-9a-f]{64}"/,
        weight: 0.9,
        own: true,
        action: 'block',
      },
    ],
  },
  {
    id: 'cisco-wsa',
    name: 'Cisco Web Security Appliance (IronPort)',
    kind: 'waf',
    markers: [
      // Its notification page, "<title>Notification: Policy: URL Filtering</title>" with the block's details, "Reason:
      // BLOCK-WEBCAT" (a page saved in place of a script, Mohandm/stock-market@cf8c4db2e63b9b864b3384b3475ab9abc0ee4ffd:
      // vsm/src/main/webapp/app/website/js-plugin/neko-contact-ajax-plugin/image.php_files/l.js).
      {
        on: 'body-match',
        key: 'block reason',
        value: /<br \/>\s*Reason: BLOCK-[A-Z_-]{2,30}<br \/>/,
        weight: 0.9,
        own: true,
        action: 'block',
      },
    ],
  },
  {
    id: 'iboss',
    name: 'iboss web gateway (formerly Phantom Technologies)',
    kind: 'waf',
    markers: [
      // Its block page under its former name, "<TITLE>Phantom Technologies</TITLE>" and "© 2012 Phantom Technologies
      // Inc." (a page saved in place of a script, aav7fl/GHS-time-capsule@1093fb5eee50fc601743524e8799791e47e58761:
      // vault/timecapsulefall12/wysocki/background_files/pinit.js).
      // Its copyright line, not the title alone (a company page may be titled so, review).
      {
        on: 'body-match',
        key: 'copyright',
        value: /&copy; \d{4} Phantom Technologies Inc\./,
        weight: 0.9,
        own: true,
        action: 'block',
        statuses: [200, 403],
      },
    ],
  },
  {
    id: 'cradlepoint',
    name: 'Cradlepoint router content filter',
    kind: 'waf',
    markers: [
      // A Cradlepoint router's content filter answering in the site's place, "<title>Content Filter :: MBR95</title>",
      // "<host> is restricted and can not be viewed." under "Copyright © CradlePoint Technology": the title decides (the
      // sentence is also a streaming platform's and a forum's, the copyright its admin pages', review) (a page saved in place of jquery.js,
      // yefim/standby@58cbc0486d650d23e2161cf646b621322976b836:public/scripts/jquery.js).
      {
        on: 'body-match',
        key: 'filter title',
        value: /<title>Content Filter :: [\w -]{1,40}<\/title>/,
        weight: 0.9,
        own: true,
        action: 'block',
      },
      { on: 'body', key: 'CradlePoint Technology', weight: 0.4 },
    ],
  },
  {
    id: 'netsweeper',
    name: 'Netsweeper web filter',
    kind: 'waf',
    markers: [
      // Its deny page, where a filtered request is sent: "…:8080/webadmin/deny" (a Cypriot provider's, in OONI's
      // fingerprint, https://github.com/ooni/backend/issues/685).
      {
        on: 'header',
        key: 'location',
        value: /^https?:\/\/[^/?#]{1,200}\/webadmin\/deny(?:[/?#]|$)/i,
        weight: 0.9,
        own: true,
        action: 'block',
        statuses: [301, 302, 303, 307],
      },
    ],
  },
  {
    id: 'squid',
    name: 'Squid proxy (access control)',
    kind: 'waf',
    markers: [
      // Its versions are spelled 2.7.STABLE9 too (an OpenStreetMap tile cache's 403, https://github.com/xavier-b/RMaps-xavPatch/issues/4).
      // Server: squid(/[0-9\.]+)?: a common cache banner, weak alone — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/squidproxy.py
      // Both header markers count on a 403 only, the status of its access-denied page (squid-cache.org/Doc/config/deny_info:
      // "By default Squid will send 403 Forbidden"); a 407 or a relayed error from it names no refuser here.
      { on: 'header', key: 'server', value: /^squid(?:\/[\w.]+)?$/i, weight: 0.5, statuses: [403] },
      // X.Squid.Error among the headers — Ekultek/WhatWaf@06c815ac541c9bba5c1a0f43ad8abfd44d6abcde:content/plugins/squid.py
      { on: 'header', key: 'x-squid-error', weight: 0.85, own: true, statuses: [403] },
      // Its own error page for a request it could not serve, named in the same header: "X-Squid-Error: ERR_INVALID_URL 0"
      // on a 400 from an intercepting cache (curl -v in https://github.com/agentgonzo/steam-squid/issues/3). The proxy on
      // the way, not the site.
      {
        on: 'header',
        key: 'x-squid-error',
        value: /^ERR_INVALID_URL\b/,
        weight: 0.85,
        own: true,
        action: 'unknown',
        errorKey: 'squid-fetch',
        statuses: [400],
      },
      // The same proxy unable to resolve the site's name, "503 Service Unavailable … X-Squid-Error: ERR_DNS_FAIL 0"
      // (curl -v through it in https://github.com/chobits/ngx_http_proxy_connect_module/issues/137): the way, not the site.
      // Its other pages for a fetch that failed on its side of the way, each with the status its code sends
      // (squid-cache/squid@7c20a8a787d1ef399c56515a847610c0f8d12147: errors/templates/ERR_CONNECT_FAIL "Connection to %I
      // failed", ERR_READ_TIMEOUT, ERR_READ_ERROR, ERR_ZERO_SIZE_OBJECT "Squid did not receive any data", ERR_CANNOT_FORWARD
      // "could not be forwarded to the origin server", ERR_SECURE_CONNECT_FAIL; the statuses from src/FwdState.cc,
      // src/http.cc and src/clients/HttpTunneler.cc: 500, 502, 503, 504).
      {
        on: 'header',
        key: 'x-squid-error',
        value:
          /^ERR_(?:DNS_FAIL|CONNECT_FAIL|READ_TIMEOUT|READ_ERROR|WRITE_ERROR|ZERO_SIZE_OBJECT|CANNOT_FORWARD|SECURE_CONNECT_FAIL)\b/,
        weight: 0.85,
        own: true,
        action: 'unknown',
        errorKey: 'squid-fetch',
        statuses: [500, 502, 503, 504],
      },
      // The ERR_ACCESS_DENIED page (the plugin requires it with the Server banner) — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/squidproxy.py
      // (Ekultek/WhatWaf@06c815ac541c9bba5c1a0f43ad8abfd44d6abcde:content/plugins/squid.py)
      {
        on: 'body',
        key: 'Access control configuration prevents your request',
        weight: 0.9,
        action: 'block',
        own: true,
      },
    ],
  },
  {
    id: 'sophos-web-appliance',
    name: 'Sophos Web Appliance',
    kind: 'waf',
    markers: [
      // Its notification pages are titled "Sophos Web Appliance: <what happened>" under its template's copyright comment;
      // one in place of a picture a browser saved, "<title>Sophos Web Appliance: Remote server not responding</title>"
      // (swatbotics/darwin@6c4cddbaadf0e924d1ab01c139f7954e829bdd2d:darwin/doc/Joint_Info_and_Constraints_files/product_thumb.php).
      // A gateway's server error is its own fetch failing on the way, not the site's.
      {
        on: 'body',
        key: '<title>Sophos Web Appliance: ',
        weight: 0.9,
        own: true,
        action: 'unknown',
        errorKey: 'sophos-web-appliance-fetch',
        statuses: [502, 503, 504],
      },
      { on: 'body', key: '<title>Sophos Web Appliance: ', weight: 0.9, own: true },
    ],
  },
  {
    id: 'linkerd',
    name: 'Linkerd (service mesh proxy)',
    // The service's own mesh, as the corpus reads Envoy in Istio's sidecars: named in the evidence, never the vendor.
    kind: 'origin',
    markers: [
      // Its proxy's own error header on an answer it wrote, "502 Bad Gateway … l5d-err: Unable+to+establish+connection+to+
      // 127.0.0.1%3A4149" (curl -v in https://github.com/linkerd/linkerd/issues/2001): the service's mesh could not reach it.
      { on: 'header', key: 'l5d-err', weight: 0.9, own: true },
    ],
  },
  {
    id: 'axway-api-gateway',
    name: 'Axway API Gateway (formerly Vordel)',
    kind: 'platform',
    markers: [
      // Its SOAP faults in its own namespace, <env:Value xmlns:fault="http://www.vordel.com/soapfaults">fault:MessageBlocked
      // on a 500 from the German employment agency's token endpoint (https://github.com/bundesAPI/jobsuche-api/issues/53).
      { on: 'body', key: 'xmlns:fault="http://www.vordel.com/soapfaults"', weight: 0.9, own: true },
    ],
  },
  {
    id: 'safebrowse',
    name: 'SafeBrowse (router security filter)',
    kind: 'waf',
    markers: [
      // A router's security filter built on it sending a site it flags to its warning page: "curl -sD - http://safehome.report"
      // → 302 to safebrowse.io/warn.html ("Potential Threat Detected"), the same site fine on a phone's own data
      // (https://github.com/sfbrigade/datasci-earthquake/issues/1018).
      {
        on: 'header',
        key: 'location',
        value: /^(?:https?:\/\/)?(?:[\w-]{1,60}\.)?safebrowse\.io\/warn\.html(?:[?#]|$)/i,
        weight: 0.9,
        own: true,
        action: 'block',
        errorKey: 'safebrowse-block',
        statuses: [301, 302, 303, 307, 308],
      },
    ],
  },
  {
    id: 'pomerium',
    name: 'Pomerium',
    kind: 'platform',
    markers: [
      // Its refusal of a signed address it could not verify, "Bad Request: internal/urlutil: hmac failed" behind Traefik's
      // forward auth (https://github.com/pomerium/pomerium/issues/667); its package's own error texts
      // (pomerium/pomerium@c8ace109fe2a40a0e1d58b90476c7bec360a6980:internal/urlutil/signed.go: "internal/urlutil: hmac
      // failed", "internal/urlutil: malformed signature").
      {
        on: 'body-match',
        key: 'signed url refused',
        value: /\binternal\/urlutil: (?:hmac failed|malformed signature)\b/,
        weight: 0.85,
        own: true,
      },
    ],
  },
  {
    id: 'vouch',
    name: 'Vouch Proxy',
    kind: 'platform',
    markers: [
      // The sign-in it sends a request without a valid session to, its own count of tries in the address: "Location:
      // https://vouch.<site>/login?url=https://<app>/&vouch-failcount=&X-Vouch-Token=&error=" on a 302
      // (https://github.com/vouch/vouch-proxy/issues/432).
      {
        on: 'header',
        key: 'location',
        value: /^https?:\/\/[^?#]{1,300}\/login\?(?:[^#]{0,600}&)?vouch-failcount=/,
        weight: 0.9,
        own: true,
        action: 'auth',
        errorKey: 'vouch-login',
        statuses: [302],
      },
    ],
  },
  {
    id: 'isaserver',
    name: 'Microsoft ISA Server / Forefront TMG',
    kind: 'waf',
    markers: [
      // The.{0,10}?(isa.)?server.{0,10}?denied the specified uniform resource locator \(url\) — EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/isaserver.py
      // (identYwaf "isaserver": The (ISA Server|server) denied the specified Uniform Resource Locator \(URL\))
      {
        on: 'body',
        key: 'denied the specified Uniform Resource Locator (URL)',
        weight: 0.9,
        action: 'block',
        own: true,
      },
      // Its proxy asking for credentials, in the 407's reason phrase: "Proxy Authentication Required ( The ISA Server
      // requires authorization to fulfill the request. Access to the Web Proxy filter is denied. )"
      // (https://github.com/pypa/pip/issues/1805).
      { on: 'reason', key: 'The ISA Server requires authorization', weight: 0.9, own: true },
      // Forefront TMG publishing a web server and asking for its login in the same extended reason phrase, "401
      // Unauthorized ( The server requires authorization to fulfill the request. Access to the Web server is denied.
      // Contact the server administrator. )" (https://github.com/OfficeDev/ews-managed-api/issues/26).
      {
        on: 'reason',
        key: 'The server requires authorization to fulfill the request. Access to the Web server is denied',
        weight: 0.9,
        own: true,
      },
    ],
  },
  {
    id: 'tinyproxy',
    name: 'Tinyproxy (forward proxy)',
    kind: 'waf',
    markers: [
      // Its own error pages end "Generated by tinyproxy version …" (with a link on its name in the page's markup): its
      // refusal of a client address its Allow rules leave out, "Access denied … The administrator of this proxy has not
      // configured it to service requests from your host." (https://github.com/tinyproxy/tinyproxy/issues/221).
      {
        on: 'body-match',
        key: 'Generated by tinyproxy',
        value: /(?:Generated by tinyproxy|>tinyproxy<\/a>) version/i,
        weight: 0.9,
        own: true,
        action: 'block',
        statuses: [403],
      },
    ],
  },
];
