import { codeKeys, type VendorRow } from '../schema.ts';

/**
 * IPTV panel software, named when the reply carries the software's own page. The Xtream `user_info` JSON is
 * an API many panels speak (XC_VM, XUI.one, look-alikes): it is read by src/knowledge/panels/replies.ts and
 * names no software. Stalker/Ministra portal replies are named by the engine from that reader too.
 */
export const PANEL_ROWS: readonly VendorRow[] = [
  {
    id: 'xtream',
    name: 'Xtream-style panel (XC_VM / XUI)',
    kind: 'panel',
    markers: [
      // XC_VM's error page when debug_show_errors is on: HTTP 200, <title>XC_VM - Debug Mode</title>,
      // <h2>CODE</h2> (Vateron-Media/XC_VM@0284fd727c1aab3906e140198ac93adf24644c27:src/www/constants.php).
      { on: 'body', key: '<title>XC_VM - Debug Mode</title>', weight: 0.95, own: true },
      // XUI.one's, the same page under its own name, "<title>XUI.one - Debug Mode</title>" and <h2>CODE</h2>
      // (tealcavalon/xuione_decoded@e1f0ef1a0f4046090828d2315d84ded90646c7e6:decoded/www/constants.php, generateError).
      { on: 'body', key: '<title>XUI.one - Debug Mode</title>', weight: 0.95, own: true },
    ],
    codes: [
      // $rErrorCodes of the same file, grouped by meaning; XUI.one's table (its constants.php above) adds its
      // Enigma2 device lock, API password and allow-list codes. E2_DISABLED says "Device has been disabled." but its
      // enigma2.php raises it for the Enigma2 API switched off (decoded/www/enigma2.php at the commit above): the panel's
      // rule about that kind of device, not the line. The network rules (a proxy, a host's network, an ISP, an address)
      // refuse the viewer's network, which the corpus's layers call geo; a restreaming panel's own header
      // (RESTREAM_DETECT) and the admin API's address list are rules about the client, not the viewer's network (review).
      {
        from: 'body',
        // Digits too: XUI.one's Enigma2 codes (E2_DISABLED, E2_NO_TOKEN) were never read without them.
        pattern: /<h2>([A-Z][A-Z0-9_]{1,40})<\/h2>/,
        keys: codeKeys(
          'xtream-auth:INVALID_CREDENTIALS NO_CREDENTIALS INVALID_API_PASSWORD E2_NO_TOKEN E2_TOKEN_DOESNT_MATCH|' +
            'xtream-account:EXPIRED BANNED DISABLED USER_ALREADY_CONNECTED IP_MISMATCH NOT_IN_BOUQUET|' +
            'xtream-geo:NOT_IN_ALLOWED_COUNTRY FORCED_COUNTRY_INVALID|' +
            'xtream-network-rule:ISP_BLOCKED ASN_BLOCKED IP_BLOCKED NOT_IN_ALLOWED_IPS HOSTING_DETECT PROXY_DETECT ' +
            'PROXY_ACCESS_DENIED|' +
            'xtream-device-rule:BLOCKED_USER_AGENT EMPTY_USER_AGENT NOT_IN_ALLOWED_UAS DEVICE_NOT_ALLOWED INVALID_HOST ' +
            'E2_DISABLED E2_DEVICE_LOCK_FAILED NOT_ENIGMA_DEVICE HLS_DISABLED TS_DISABLED USER_DISALLOW_EXT ' +
            'LEGACY_GET_DISABLED EPG_DISABLED PLAYER_API_DISABLED RESTREAM_DETECT API_IP_NOT_ALLOWED PROXY_NO_API_ACCESS|' +
            'xtream-token:TOKEN_EXPIRED TOKEN_ERROR LB_TOKEN_INVALID STALKER_KEY_EXPIRED STALKER_IP_MISMATCH ' +
            'STALKER_INVALID_KEY STALKER_DECRYPT_FAILED STALKER_CHANNEL_MISMATCH|' +
            'xtream-limit:DOWNLOAD_LIMIT_REACHED E2_WATCHDOG_TIMEOUT|xtream-offline:STREAM_OFFLINE NO_SERVERS_AVAILABLE|' +
            'xtream-missing:INVALID_STREAM_ID VOD_DOESNT_EXIST ARCHIVE_DOESNT_EXIST',
        ),
      },
    ],
  },
  {
    id: 'stalker',
    name: 'Stalker / Ministra portal',
    kind: 'panel',
    markers: [
      // JsHttpRequest wrapper of every portal reply: {"js": …, "text": "generated in: 0.000s; query counter: …"}
      // (kotuk/stalker-portal-4.9.x@6885eb7bc705fa9a087c5474aa1a19a92ef65994:server/lib/ajaxbackend.class.php).
      {
        on: 'body-match',
        key: 'generated in',
        value: /"text"\s*:\s*"generated in: /,
        weight: 0.9,
        own: true,
      },
      // Its REST API's own login, "WWW-Authenticate: Basic realm=\"Ministra API\"" (rummsi/ministra@d4a522ac88c62ae4b3005fcc933b007f20ad4c1c:
      // servidor/stalker_portal/server/Lib/RESTAPI/v1/RESTResponse.php).
      { on: 'header', key: 'www-authenticate', value: /realm="Ministra API"/, weight: 0.9, own: true },
    ],
  },
];
