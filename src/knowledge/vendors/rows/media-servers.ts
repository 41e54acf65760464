import type { Marker, VendorRow } from '../schema.ts';

/**
 * xTeVe's httpStatusError, which Threadfin keeps, writes "<status text> [<code>]" (Go's http.Error); their 403 on
 * the playlist, the guide and the lineup is the check of the link's username and password (urlAuth, basicAuth).
 */
function goStatusRefusal(errorKey: string): Marker {
  return {
    on: 'body-match',
    key: 'Forbidden [403]',
    value: /^Forbidden \[403\]\s*$/,
    weight: 0.6,
    own: true,
    action: 'auth',
    errorKey,
    statuses: [403],
  };
}

/**
 * Media servers small providers and viewers run themselves (a TV tuner's server, a restreamer): named by their
 * own Server header, and by the login realm of their 401.
 */
export const MEDIA_SERVER_ROWS: readonly VendorRow[] = [
  {
    id: 'enigma2',
    name: 'Enigma2 receiver (stream server)',
    kind: 'stream',
    markers: [
      // Its stream server on port 8001 asks for the box's login itself, "WWW-Authenticate: Basic realm=\"streamserver\""
      // (openatv/enigma2@02c991bfb5e6df3eabca498e65bcd9c300533b53:lib/dvb/streamserver.cpp; a player's report in
      // https://github.com/E2OpenPlugins/e2openplugin-OpenWebif/issues/1386).
      { on: 'header', key: 'www-authenticate', value: /realm="streamserver"/, weight: 0.9, own: true },
      // Its stream addresses: the box's port 8001 (8002 for its transcoder) and a service reference as the path,
      // "http://<box>:8002/1:0:19:2E9B:411:1:C00000:0:0:0" (a Kodi log, https://github.com/kodi-pvr/pvr.vuplus/issues/331).
      {
        on: 'url',
        key: 'service reference',
        value: /^https?:\/\/[^/?#]{1,120}:800[12]\/1:0:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:/,
        weight: 0.8,
      },
    ],
  },
  {
    id: 'openwebif',
    name: 'OpenWebif (Enigma2 web interface)',
    kind: 'stream',
    markers: [
      // Its own login, "WWW-authenticate: Basic realm=\"OpenWebif\"" (E2OpenPlugins/e2openplugin-OpenWebif@
      // 18e9c0591e305fb5a4741b66d601a8ba030cf25d:plugin/httpserver.py; https://github.com/home-assistant/core/issues/70162).
      { on: 'header', key: 'www-authenticate', value: /realm="OpenWebif"/, weight: 0.9, own: true },
      // Its refusal of an address its settings do not let in, "403.6 IP address rejected" (the same file;
      // https://github.com/E2OpenPlugins/e2openplugin-OpenWebif/issues/467).
      { on: 'body', key: '<p>403.6 IP address rejected</p>', weight: 0.9, own: true },
    ],
  },
  {
    id: 'tvheadend',
    name: 'Tvheadend',
    kind: 'stream',
    markers: [
      // "Server: %s" with the default http_server_name "HTS/tvheadend"
      // (tvheadend/tvheadend@80729d2f6f4b9bd11ceaf8835699c82e6bfed630: src/http.c, src/config.c).
      { on: 'header', key: 'server', value: /^HTS\/tvheadend/, weight: 0.95 },
      // Its web server's default port 9981 with its playlist and stream paths, as players ask them
      // (http://host:9981/playlist/channels.m3u, /stream/channel/<uuid>: https://github.com/mltobi/kodi-pip-addon/issues/8,
      // https://github.com/zipleen/tvheadend-iphone-client/issues/260), and its JSON API under /api/
      // (tvheadend/tvheadend@d9adf78dcd057a5c638b6d52c5fd07d0186e2492:src/api/api_status.c, "status/subscriptions"),
      // and the other paths its web server registers: the web UI's pages and its guide, recordings and images
      // (tvheadend/tvheadend@80729d2f6f4b9bd11ceaf8835699c82e6bfed630:src/webui/webui.c, http_path_add).
      {
        on: 'url',
        key: 'port 9981 paths',
        value:
          /^[a-z]+:\/\/[^/?#]+:9981\/(?:(?:playlist|stream|api|play|dvrfile|xmltv|imagecache|comet)\/|(?:extjs|simple|tv)\.html\b)/i,
        weight: 0.8,
      },
      // 401 carries WWW-Authenticate with realm "tvheadend" by default (same commit, src/http.c http_send_header,
      // src/config.c config.realm): the server's own login check refused.
      {
        on: 'header',
        key: 'www-authenticate',
        value: /^(?:Basic|Digest) realm="tvheadend"/,
        weight: 0.9,
        action: 'auth',
        errorKey: 'tvheadend-auth',
        statuses: [401],
        own: true,
      },
    ],
  },
  {
    id: 'mediamtx',
    name: 'MediaMTX (rtsp-simple-server)',
    kind: 'stream',
    markers: [
      // w.Header().Set("Server", "mediamtx")
      // (bluenviron/mediamtx@3e09466c180431272a656b48aeca39c83d52d6c6: internal/protocols/httpp/handler_server_header.go).
      // Before its rename it signed "Server: rtsp-simple-server" (a 404 of its control API pasted in
      // https://github.com/bluenviron/mediamtx/issues/661).
      { on: 'header', key: 'server', value: /^(?:mediamtx|rtsp-simple-server)$/, weight: 0.95 },
      // HLS/WebRTC/playback servers answer 401 with WWW-Authenticate: Basic realm="mediamtx"
      // (same commit: internal/servers/hls/http_server.go, internal/playback/server.go).
      {
        on: 'header',
        key: 'www-authenticate',
        value: /^Basic realm="mediamtx"/,
        weight: 0.95,
        action: 'auth',
        errorKey: 'mediamtx-auth',
        statuses: [401],
        own: true,
      },
    ],
  },
  {
    id: 'mistserver',
    name: 'MistServer',
    kind: 'stream',
    markers: [
      // H.SetHeader("Server", APPIDENT) with APPIDENT = APPNAME "/" PACKAGE_VERSION and APPNAME default "MistServer"
      // (DDVTECH/mistserver@861faab5c98984c1b65a3140cc669010e3071e16: src/output/output_hls.cpp, lib/defines.h,
      // meson_options.txt).
      { on: 'header', key: 'server', value: /^MistServer\//, weight: 0.95 },
    ],
  },
  {
    id: 'plex',
    name: 'Plex Media Server',
    kind: 'stream',
    // Its 401 carries no WWW-Authenticate: it wants its X-Plex-Token (its 91-byte "401 Unauthorized" page below).
    asksNoLogin: true,
    markers: [
      // X-Plex-Protocol: 1.0 on its answers, its 91-byte "401 Unauthorized" to a missing or wrong X-Plex-Token
      // (https://github.com/bstascavage/plexReport/issues/48, https://github.com/croneter/PlexKodiConnect/issues/623).
      { on: 'header', key: 'x-plex-protocol', weight: 0.95, own: true },
      // The token every call to a Plex server or to plex.tv carries, as a header or in the address
      // (https://support.plex.tv/articles/204059436-finding-an-authentication-token-x-plex-token/; "Most all API calls
      // require X-Plex-Token to be set in either the GET or POST arguments", python-plexapi's wiki,
      // https://github.com/attzonko/python-plexapi/wiki/Unofficial-Plex-API-Documentation): a request Plex documents
      // as its own: a 401 to it is the token refused by the server it was meant for, unless server software signed
      // the answer (a reverse proxy's own login, src/knowledge/vendors/resolve.ts). Not other statuses: a proxy's 502
      // or a router's 404 in front of Plex carries the same address (review).
      { on: 'param', key: 'X-Plex-Token', weight: 0.85, statuses: [401] },
      // Its own port, 32400, where a Plex server takes every call: "ports=32400/tcp|…" in the firewall profile packagers
      // ship for it (https://gist.github.com/schwuk/6376468), Plex's own article on the ports it needs cited beside it
      // (https://support.plex.tv/hc/en-us/articles/201543147-What-network-ports-do-I-need-to-allow-through-my-firewall-,
      // as linked in https://gist.github.com/nmaggioni/45dcca7695d37e6109276b1a6ad8c9c9): a 401 there is the
      // server refusing the token, or a guest (https://github.com/jjdenhertog/spotify-to-plex/issues/22). A 401 only,
      // as for its token: a proxy on that port answering for it has its own statuses.
      {
        on: 'url',
        key: 'Plex port',
        value: /^https?:\/\/[^/?#@]{1,253}:32400(?:[/?#]|$)/i,
        weight: 0.8,
        statuses: [401],
      },
      // Plex Media Server's own 401 page, which sends a browser to its web app
      // (https://github.com/JourneyDocker/Plex-Auto-Languages/issues/5).
      { on: 'body', key: "+ 'web/index.html';</script><title>Unauthorized</title>", weight: 0.9, own: true },
      // Plex's own cloud services for live TV, epg.provider.plex.tv and its siblings (its EPG grid answering 451
      // abroad, https://github.com/jgomez177/plex-for-channels/issues/16).
      { on: 'host', key: 'provider.plex.tv', weight: 0.85 },
      // Its community service, the GraphQL API apps read watchlists and friends from (community.plex.tv/api, throttling
      // a tool that paged watchlists with 429 Too Many Requests, https://github.com/Maintainerr/Maintainerr/issues/1250).
      { on: 'host', key: 'community.plex.tv', weight: 0.85 },
      // Its account service on plex.tv itself, which answers a deauthorized token "with a 422 with an XML response",
      // <errors><error>Invalid token</error></errors> (https://github.com/pushingkarmaorg/python-plexapi/pull/1138).
      { on: 'host', key: 'plex.tv', weight: 0.85 },
      {
        on: 'body-match',
        key: 'plex.tv token refused',
        value: /<errors>\s*<error>Invalid token<\/error>/,
        weight: 0.9,
        action: 'auth',
        errorKey: 'plex-token',
        own: true,
        statuses: [401, 422],
      },
      // A feature the account's plan lacks: <Error statusCode="403" … message="… Feature not permitted! Missing
      // feature(s): cloud-livetv"/> (https://github.com/ReenigneArcher/web2tv/issues/12).
      {
        on: 'body',
        key: 'Feature not permitted! Missing feature(s)',
        weight: 0.95,
        own: true,
        action: 'block',
        errorKey: 'plex-feature',
      },
    ],
  },
  {
    id: 'rtp2httpd',
    name: 'rtp2httpd',
    kind: 'stream',
    markers: [
      // The IPTV multicast-to-HTTP proxy on its default port 5140, with /rtp/, /udp/, /rtsp/ and /http/ paths and
      // its r2h-token (stackia/rtp2httpd@2f5c3c71f3da89273acee13e7a7cc182148a56cf:docs/en/guide/url-formats.md);
      // a catch-up request refused 503 in https://github.com/stackia/rtp2httpd/issues/367.
      // Its port alone is any service's: with the catch-up parameters it reads (playseek, tvdr, r2h-…).
      {
        on: 'url',
        key: 'port 5140 catch-up',
        value: /^http:\/\/[^/?#]+:5140\/[^?#]*\?(?:[^#]*&)?(?:playseek|tvdr|r2h-[a-z-]+)=/i,
        weight: 0.8,
      },
      {
        on: 'url',
        key: 'proxy paths',
        value: /^http:\/\/[^/?#]+:5140\/(?:rtp|udp|rtsp|http)\//i,
        weight: 0.85,
      },
      {
        on: 'param',
        key: 'r2h-token',
        weight: 0.9,
        action: 'auth',
        errorKey: 'rtp2httpd-token',
        statuses: [401, 403],
      },
    ],
  },
  {
    id: 'hdhomerun',
    name: 'SiliconDust HDHomeRun',
    kind: 'stream',
    markers: [
      // The tuner's stream URLs http://<device>:5004/auto/v<channel> (https://github.com/jellyfin/jellyfin/issues/1520;
      // it answers 503 when no tuner is free, https://github.com/kodi-pvr/pvr.hdhomerun/pull/64).
      { on: 'url', key: 'tuner stream url', value: /^https?:\/\/[^/?#]+:5004\/auto\/v\d/i, weight: 0.85 },
      // Its guide service, https://api.hdhomerun.com/api/guide.php?DeviceAuth=… (a guide grabber's 400,
      // https://github.com/IncubusVictim/HDHomeRunEPG-to-XmlTv/issues/23).
      { on: 'host', key: 'api.hdhomerun.com', weight: 0.9, own: true },
    ],
  },
  {
    id: 'minisatip',
    name: 'minisatip (SAT>IP server)',
    kind: 'stream',
    markers: [
      // Its HTTP answers carry "Server: minisatip/<version>" (catalinii/minisatip@5903525f756d4aa13bf3ba2e53e4392dcf9a2ac1:
      // src/minisatip.cpp, "Server: %s/%s" with app_name "minisatip"), as curl printed on its 503 to HEAD /satip.xml,
      // "Server: minisatip/0.7.6" (https://github.com/catalinii/minisatip/issues/375).
      { on: 'header', key: 'server', value: /^minisatip\//i, weight: 0.95 },
    ],
  },
  {
    id: 'threadfin',
    name: 'Threadfin (an M3U proxy for Plex, Emby and Jellyfin)',
    kind: 'stream',
    markers: [
      // The playlist and guide it serves, on its default port 34400: /m3u/threadfin.m3u, /xmltv/threadfin.xml
      // (Threadfin/Threadfin@dc6641bb7a3dfd2698c94c8282d1fdfa95e6a297:src/webserver.go, the API's help text; src/system.go, defaults["port"]).
      {
        on: 'url',
        key: 'playlist and guide files',
        value: /\/(?:m3u\/threadfin\.m3u|xmltv\/threadfin\.xml)\b/i,
        weight: 0.9,
      },
      // Its handlers on port 34400 (same file, http.HandleFunc). xTeVe, which Threadfin forks, has the same ones:
      // on the port alone the maintained fork is named.
      {
        on: 'url',
        key: 'port 34400 paths',
        value:
          /^[a-z]+:\/\/[^/?#]+:34400\/(?:(?:m3u|xmltv|stream|web|api|auto)\/|(?:lineup|discover)\.json\b)/i,
        weight: 0.75,
      },
      // httpStatusError writes "<status text> [<code>]"; its 403 on the playlist, the guide and the lineup is the
      // check of the link's username and password (urlAuth, basicAuth) (same file; src/authentication.go).
      goStatusRefusal('threadfin-auth'),
    ],
  },
  {
    id: 'xteve',
    name: 'xTeVe (an M3U proxy for Plex and Emby)',
    kind: 'stream',
    markers: [
      // /m3u/xteve.m3u, /xmltv/xteve.xml on port 34400 (xteve-project/xTeVe@0e999b85b9c77c3fdcfcfaf5e96150523fd4481b:src/webserver.go; src/system.go).
      {
        on: 'url',
        key: 'playlist and guide files',
        value: /\/(?:m3u\/xteve\.m3u|xmltv\/xteve\.xml)\b/i,
        weight: 0.9,
      },
      // The same "<status text> [<code>]" refusal of the link's username and password (same file, httpStatusError).
      goStatusRefusal('xteve-auth'),
    ],
  },
  {
    id: 'emby',
    name: 'Emby (or Jellyfin, its fork)',
    kind: 'stream',
    markers: [
      // "Access token is invalid or expired." (https://github.com/MediaBrowser/Emby/issues/3782; Jellyfin before
      // 10.7, https://github.com/jellyfin/jellyfin/issues/2763).
      // Only as the whole body: other APIs say "The access token is invalid or expired." inside their JSON.
      {
        on: 'body-match',
        key: 'bare token sentence',
        value: /^\s*Access token is invalid or expired\.?\s*$/,
        weight: 0.9,
        own: true,
        action: 'auth',
        errorKey: 'emby-auth',
      },
      // Emby Connect, its sign-in service for users of many servers (connect.emby.media/service/user/authenticate,
      // refusing 401 in https://github.com/Ombi-app/Ombi/issues/2115).
      { on: 'host', key: 'connect.emby.media', weight: 0.85 },
      // Its API answers list its own credential headers in CORS, "Access-Control-Allow-Headers: … X-MediaBrowser-Token,
      // X-Emby-Token, … X-Emby-Authorization" beside "Server: UPnP/1.0 DLNADOC/1.50" (Tunarr's log of an Emby server's
      // 403 and 500, https://github.com/chrisbenincasa/tunarr/issues/1630).
      { on: 'header', key: 'access-control-allow-headers', value: /\bX-Emby-Authorization\b/i, weight: 0.85 },
    ],
  },
  {
    id: 'hikvision',
    name: 'Hikvision camera or recorder',
    kind: 'stream',
    markers: [
      // Its recorders' and cameras' web servers, "Server: DNVRS-Webs" and "Server: App-webs/"
      // (intrigueio/intrigue-ident@ee119abeac20564e728a92ab786400126e7a97f0:checks/http/hikvision.rb; a recorder's 404 on
      // /ISAPI, https://github.com/eu-evops/homebridge-hikvision/issues/2).
      { on: 'header', key: 'server', value: /^(?:DNVRS-Webs|DVRDVS-Webs|App-webs\/?)$/i, weight: 0.9 },
      // Its PSIA/ISAPI answer to a login that failed, <userCheck><statusValue>401</statusValue>…
      // (https://github.com/Tedyst/HikLoad/issues/3).
      { on: 'body', key: '<userCheck>', weight: 0.85, own: true },
    ],
  },
  {
    id: 'dahua',
    name: 'Dahua camera or recorder',
    kind: 'stream',
    markers: [
      // Its CGI API (/cgi-bin/magicBox.cgi?action=getSystemInfo) on older firmware challenges with Basic and the realm
      // "Device_CGI" (https://github.com/rroller/dahua/issues/583): the answer's own mark, not the address asked.
      { on: 'header', key: 'www-authenticate', value: /\brealm="Device_CGI"/, weight: 0.85 },
    ],
  },
  {
    id: 'zoneminder',
    name: 'ZoneMinder (video surveillance server)',
    kind: 'stream',
    markers: [
      // Its API's error object names the address it refused under /zm/api/, {"success":false,"data":{"name":"Not
      // Authenticated",…,"url":"\/zm\/api\/configs\/…json","exception":{"class":"UnauthorizedException"…}}} (zmNinja's log,
      // https://github.com/pliablepixels/zmNinja/issues/910). The body's word, not the address asked: a web server's own
      // login page in front of the same address is that server's (review).
      {
        on: 'body-match',
        key: 'zm api url',
        value: /"url":\s?"\\?\/zm\\?\/api\\?\//,
        weight: 0.85,
        own: true,
      },
    ],
  },
  {
    id: 'reolink',
    name: 'Reolink camera',
    kind: 'stream',
    markers: [
      // Its HTTP API (/cgi-bin/api.cgi?cmd=Login…) answers in a JSON array whose failed command carries an error with
      // "detail" and "rspCode", [{"cmd" : "Login","code" : 1,"error" : {"detail" : "max session","rspCode" : -5}}]
      // (https://github.com/JimStar/reolink_cctv/issues/14).
      {
        on: 'body-match',
        key: 'reolink error',
        value: /"cmd"\s?:\s?"\w{1,40}",\s{0,20}"code"\s?:\s?1,\s{0,20}"error"\s?:\s?\{\s{0,20}"detail"/,
        weight: 0.85,
        own: true,
      },
    ],
  },
  {
    id: 'navidrome',
    name: 'Navidrome (music server)',
    kind: 'stream',
    markers: [
      // OpenSubsonic servers name themselves in every answer's envelope, "type":"navidrome" beside "serverVersion"
      // ({"subsonic-response":{"status":"failed",…,"type":"navidrome","serverVersion":"0.53.1-FREEBSD (1ba390a)",
      // "openSubsonic":true,"error":{"code":70,…}}}, Goldenkrew3000/OpenSubsonicClient@4bee4060: libopensubsonic/httpclient.c).
      {
        on: 'body-match',
        key: 'opensubsonic type',
        value: /"subsonic-response"\s*:\s*\{[^{}]{0,300}"type"\s*:\s*"navidrome"/,
        weight: 0.9,
        own: true,
      },
    ],
  },
  {
    id: 'livekit',
    name: 'LiveKit (WebRTC media server)',
    kind: 'stream',
    markers: [
      // Its server API is Twirp, POST /twirp/livekit.RoomService/CreateRoom and the other services' methods, answered
      // "invalid token: …" on a 401 for an API token it does not take (a PHP SDK's Guzzle log,
      // https://github.com/agence104/livekit-server-sdk-php/issues/48). The route is LiveKit's own protocol.
      {
        on: 'url',
        key: 'twirp route',
        value: /\/twirp\/livekit\.[A-Za-z]{1,40}\/[A-Za-z]{1,60}(?:[?#]|$)/,
        weight: 0.85,
      },
    ],
  },
];
