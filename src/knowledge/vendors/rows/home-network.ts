import type { VendorRow } from '../schema.ts';

/**
 * Routers, modems and the small servers of a home network that apps and integrations talk to (Home Assistant's, a
 * monitoring exporter's): the device answers for itself, in its own shapes, often with HTTP 200 and its status in
 * the body. Named so that "the box refused" reads as the box, not as the internet.
 */
export const HOME_NETWORK_ROWS: readonly VendorRow[] = [
  {
    id: 'freebox',
    name: 'Freebox OS (Free’s box)',
    kind: 'platform',
    markers: [
      // Its own API on the box, http://mafreebox.freebox.fr/api/v4/login/session/, answering an application's refused
      // token with 403 {"msg": "Erreur d'authentification de l'application", "success": false, "error_code": "invalid_token", …}
      // (Free's SDK documentation as cached in Nelson-PROIA/freebox-mcp@ff910f3d4aadd47c947f11258921539ce0f696c7:
      // tools/cache/html/login.html).
      { on: 'host', key: 'mafreebox.freebox.fr', weight: 0.95, own: true },
    ],
  },
  {
    id: 'avm-fritzbox',
    name: 'AVM FRITZ!Box',
    kind: 'platform',
    markers: [
      // Its web server's own error page, signed "Webserver" and the date: "<TITLE>401 Unauthorized (ERR_NONE)</TITLE> …
      // <HR><B>Webserver</B> Sat, 01 Oct 2022 09:46:22 GMT" (a FRITZ!Box's TR-064 answer recorded in
      // kbr/fritzconnection@896894c56a832242e15587f0e990012273636c3a:fritzconnection/tests/test_soaper.py).
      {
        on: 'body-match',
        key: 'fritzbox webserver signature',
        value: /<HR><B>Webserver<\/B> [A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT/,
        weight: 0.8,
        own: true,
      },
    ],
  },
  {
    id: 'netgear',
    name: 'Netgear router',
    kind: 'platform',
    markers: [
      // Its login realm names the brand and model, `WWW-Authenticate: Basic realm="NETGEAR R8000"`
      // (https://github.com/home-assistant/core/issues/17800).
      { on: 'header', key: 'www-authenticate', value: /\brealm="NETGEAR\b/, weight: 0.9, own: true },
      // Its SOAP API's own namespace, urn:NETGEAR-ROUTER:service:DeviceInfo:1, in the answer
      // (https://github.com/home-assistant/core/issues/59025).
      { on: 'body', key: 'urn:NETGEAR-ROUTER:service:', weight: 0.9, own: true },
    ],
  },
  {
    id: 'mikrotik',
    name: 'MikroTik',
    kind: 'platform',
    markers: [
      // SwOS switches ask for their login with the model as the realm, `WWW-Authenticate: Digest realm="CSS328-24P-4S+"`
      // (https://github.com/patagonaa/prometheus-mikrotik-swos-exporter/issues/1): its Cloud Smart and Cloud Router
      // Switch models, CSS… and CRS….
      { on: 'header', key: 'www-authenticate', value: /\brealm="C[RS]S\d{3}-/, weight: 0.85, own: true },
    ],
  },
  {
    id: 'ubiquiti-unifi',
    name: 'Ubiquiti UniFi',
    kind: 'platform',
    markers: [
      // The UniFi controller's API envelope, {"data":[],"meta":{"msg":"api.err.LoginRequired","rc":"error"}}
      // (https://github.com/jorisvandesande/unifi-api-client/issues/1).
      {
        on: 'body-match',
        key: 'unifi api error',
        value: /"msg"\s{0,2}:\s{0,2}"api\.err\.[A-Za-z]{2,60}"/,
        weight: 0.9,
        own: true,
      },
      // UniFi OS's login limit, {"message": "You've reached the login attempt limit", "code":
      // "AUTHENTICATION_FAILED_LIMIT_REACHED"} (Kane610/aiounifi@4ba00ff5b219b84cc21340ef5be817caf7fcc754:tests/test_controller.py).
      { on: 'body', key: 'AUTHENTICATION_FAILED_LIMIT_REACHED', weight: 0.85, own: true },
    ],
  },
  {
    id: 'tp-link',
    name: 'TP-Link router',
    kind: 'platform',
    markers: [
      // Its web API's answer, {"errorcode":"login failed","success":false,"data":{"failureCount":2,"attemptsAllowed":8,…}}
      // (https://github.com/AlexandrErohin/home-assistant-tplink-router/issues/358, …/issues/285): the error as words in
      // a lower-case `errorcode` beside `success`.
      {
        on: 'body-match',
        key: 'tp-link errorcode',
        value: /^\s*\{\s*"errorcode"\s*:\s*"[a-z ]{2,40}"\s*,\s*"success"\s*:\s*false\b/,
        weight: 0.8,
        own: true,
      },
    ],
  },
  {
    id: 'huawei-hilink',
    name: 'Huawei HiLink modem',
    kind: 'platform',
    markers: [
      // Its web API's error answer, <error><code>125002</code><message></message></error>, from /api/…
      // (https://github.com/trick77/huawei-hilink-status/issues/3; codes in src/knowledge/refusals/stated-table.ts).
      {
        on: 'body-match',
        key: 'hilink error',
        // Its codes are 1xxxxx and it answers them with HTTP 200: another API's XML error on a 404 is its own (review).
        value: /^\s*(?:<\?xml[^>]{0,100}>\s*)?<error>\s*<code>\s*1\d{5}\s*<\/code>\s*<message>/,
        weight: 0.85,
        own: true,
        statuses: [200],
      },
    ],
  },
  {
    id: 'openwrt',
    name: 'OpenWrt',
    kind: 'platform',
    markers: [
      // uhttpd's ubus endpoint answering JSON-RPC on /ubus, by its address alone: "jsonrpc" is every JSON-RPC server's
      // (review). (openwrt/uhttpd@4ead51e17f1e7d7c986daf0cb3f1aeb12d3fe98e:ubus.c;
      // https://github.com/mkschreder/juci/issues/9).
      {
        on: 'url',
        key: 'ubus endpoint',
        value: /^https?:\/\/[^/?#]+\/ubus\/?(?:[?#]|$)/,
        weight: 0.6,
        own: true,
      },
    ],
  },
  {
    id: 'pi-hole',
    name: 'Pi-hole',
    kind: 'platform',
    markers: [
      // Its web server's own header, "X-Pi-hole: A black hole for Internet advertisements." (its own check, quoted in
      // https://github.com/pi-hole/pi-hole/issues/396), on whatever it answers for a blocked name or its own address
      // ("404 Not Found … X-Pi-hole: A black hole…", curl -vvv in rupadrashta/HTB-WriteUps@2dcfdae0aca53b493895406d24b158f1ab0ed5f4:Mirai.md).
      // That value only: its admin pages say "The Pi-hole Web interface is working!".
      { on: 'header', key: 'x-pi-hole', value: /\bblack hole\b/i, weight: 0.9, own: true },
      // Its v6 API's error object, {"error": {"key": "api_seats_exceeded", "message": "API seats exceeded", "hint":
      // "increase webserver.api.max_sessions"}, "took": …} (https://github.com/bastgau/ha-pi-hole-v6/issues/106).
      {
        on: 'body-match',
        key: 'pi-hole api error',
        value: /^\s*\{\s*"error"\s*:\s*\{\s*"key"\s*:\s*"[a-z_]{2,40}"\s*,\s*"message"\s*:/,
        weight: 0.8,
        own: true,
      },
    ],
  },
];
