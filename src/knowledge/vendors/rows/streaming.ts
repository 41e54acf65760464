import { codeKeys, type VendorRow } from '../schema.ts';

/**
 * Streaming servers and the video platforms providers deliver through. Their token checks refuse a stream
 * whose signed link is missing, expired or for another path: the service's rule (app), not a firewall.
 */
export const STREAMING_ROWS: readonly VendorRow[] = [
  {
    id: 'wowza',
    name: 'Wowza Streaming Engine',
    kind: 'stream',
    markers: [
      // Server: WowzaStreamingEngine/4.8.0 (qweasader/gbn@95fd36bf6b83164c151c3c9367cd66ef81b1a88b:
      // gb_wowza_streaming_engine_http_detect.nasl; curl -I outputs in public issues).
      { on: 'header', key: 'server', value: /^WowzaStreamingEngine\b/i, weight: 0.95 },
      // Application instance and stream-type prefixes in playback URLs: /vod/_definst_/mp4:file.mp4/playlist.m3u8
      // (https://www.wowza.com/docs/how-to-protect-streaming-using-securetoken-in-wowza-streaming-engine).
      { on: 'url', key: '_definst_', value: /\/_definst_\//, weight: 0.7 },
      // Its HTTP session in the names it gives chunk lists and segments, chunklist_w<session>.m3u8 and
      // media_w<session>_<n>.ts (with SecureToken's _tk<base64> after it), the same number as its wowzasessionid
      // parameter (a chunk list in
      // https://pastebin.com/fGNEuvJK; chunklist-b450000.m3u8?wowzasessionid=… in https://pastebin.com/BH2tBMgW).
      {
        on: 'url',
        key: 'session names',
        value: /\/(?:chunklist|media)_w\d{6,12}(?:_[\w=+-]{1,400})?\.(?:m3u8|ts|aac|m4s|mp4)(?:[?#]|$)/,
        weight: 0.8,
      },
      { on: 'param', key: 'wowzasessionid', weight: 0.85 },
      // SecureToken v2: <prefix>starttime / <prefix>endtime / <prefix>hash, default prefix "wowzatoken",
      // renamed by operators (letoken…): same doc, https://github.com/SilverNine/wowza-securetoken/wiki and
      // https://www.wowza.com/community/t/article-how-to-protect-streaming-using-securetoken-in-wowza-streaming-engine/39065
      {
        on: 'url',
        key: 'SecureToken',
        // A *starttime/*endtime and a *hash parameter in one query, in either order (anchored lookaheads: linear).
        value: /^(?=[^#]*[?&]\w{0,30}(?:start|end)time=)(?=[^#]*[?&]\w{0,30}hash=)/i,
        weight: 0.85,
        action: 'auth',
        errorKey: 'wowza-token',
        statuses: [401, 403],
      },
    ],
  },
  {
    id: 'nimble',
    name: 'Nimble Streamer',
    kind: 'stream',
    markers: [
      // Server: Nimble/3.6.0-1 (qweasader/gbn@95fd36bf6b83164c151c3c9367cd66ef81b1a88b:gb_nimble_streamer_detect.nasl).
      { on: 'header', key: 'server', value: /^Nimble\//i, weight: 0.95 },
      // Nimble's session parameter on chunk lists next to the WMSPanel paywall token
      // (https://github.com/iptv-org/iptv/issues/881): the token check refused.
      {
        on: 'param',
        key: 'nimblesessionid',
        weight: 0.9,
        action: 'auth',
        errorKey: 'nimble-token',
        statuses: [401, 403],
      },
    ],
  },
  {
    id: 'flussonic',
    name: 'Flussonic Media Server',
    kind: 'stream',
    markers: [
      // "Server: Streamer 23.05" with X-Route-Time / X-Run-Time (https://github.com/warren-bank/node-HLS-Proxy/issues/61).
      { on: 'header', key: 'server', value: /^Streamer \d+\.\d+/, weight: 0.8 },
      { on: 'header', key: 'x-route-time', weight: 0.4 },
      { on: 'header', key: 'x-run-time', weight: 0.3 },
      // Its play-authorization refusal, as a viewer of a playlist channel met it: "403 Unauthorized Streamer
      // protection system doesn't allow you to watch this content." (https://github.com/luongz/iptv-jp/issues/63).
      {
        on: 'body',
        key: 'Streamer protection system',
        weight: 0.9,
        action: 'auth',
        errorKey: 'flussonic-token',
        own: true,
      },
    ],
  },
  {
    id: 'ovenmediaengine',
    name: 'OvenMediaEngine',
    kind: 'stream',
    markers: [
      // LL-HLS playback URLs end in /<app>/<stream>/llhls.m3u8 (https://github.com/OvenMediaLabs/OvenMediaEngine/issues/766);
      // chunk lists are chunklist_<n>_<track>_llhls.m3u8 and carry ?session= after a signed playlist
      // (https://github.com/OvenMediaLabs/OvenMediaEngine/issues/1886: 401 "Invalid session_key").
      { on: 'url', key: 'llhls', value: /\/llhls\.m3u8(?:[?#]|$)/, weight: 0.6 },
      // Its REST API's errors, "[HTTP] <what> (<status>)" as the message: "[HTTP] Authorization header is required to call
      // API (401)", "[HTTP] Could not find the application: [default/app2] (404)", "[HTTP] Failed to create a certificate
      // for API Server (500)" (AirenSoft/OvenMediaEngine@0229fcd480cd4f71ab9063b7af9aea97d7c5e994: docs/rest-api/).
      {
        on: 'body-match',
        key: 'api error',
        // With its statusCode beside it: "[HTTP] … (502)" alone is many apps' log line (review "78.").
        value: /"message"\s*:\s*"\[HTTP\] [^"\\]{2,200} \(\d{3}\)"\s*,\s*"statusCode"\s*:\s*\d{3}\b/,
        weight: 0.85,
        own: true,
      },
      // Its SignedPolicy, `policy` and `signature` in the query of its LL-HLS playlist (lower case: CloudFront's are Policy
      // and Signature; Filestack signs its links with the same two names, so only on OME's own path: review), refused 401
      // by its LL-HLS publisher (OvenMediaLabs/OvenMediaEngine@37b3fc38122db0b19344a1c386e2363923a4a989:
      // src/publishers/llhls/llhls_publisher.cpp; the parameters in https://github.com/OvenMediaLabs/OvenMediaEngine/issues/1886).
      {
        on: 'url',
        key: 'signed policy',
        // Its playlists' own names: llhls.m3u8, abr.m3u8 (adaptive LL-HLS), ts:playlist.m3u8 (HLS over MPEG-TS), as its
        // documentation names them (review).
        value: /^(?=[^?#]*\/(?:llhls|abr|ts:playlist)\.m3u8\?)(?=[^#]*[?&]policy=)(?=[^#]*[?&]signature=)/,
        weight: 0.75,
        action: 'auth',
        errorKey: 'ovenmediaengine-token',
        statuses: [401, 403],
      },
      // Its own Server stamp on its HTTP answers (the publisher above) and its API's Basic realm, `WWW-Authenticate:
      // Basic realm="OvenMediaEngine"` (…/docs/rest-api/v1/statistics/current.md at the same commit).
      { on: 'header', key: 'server', value: /^OvenMediaEngine\b/i, weight: 0.9, own: true },
      { on: 'header', key: 'www-authenticate', value: /realm=\W?OvenMediaEngine\b/i, weight: 0.9, own: true },
      {
        on: 'url',
        key: 'llhls session',
        // Anchored lookaheads: one start, no quadratic rescan of the query.
        value: /^(?=[^#]*\/chunklist_[^/?#]*_llhls\.m3u8\?)(?=[^#]*[?&]session=)/,
        weight: 0.85,
        action: 'auth',
        errorKey: 'ovenmediaengine-token',
        statuses: [401, 403],
      },
      // A chunk list asked without the session the playlist handed out is refused 401 "Invalid session_key"
      // (OvenMediaEngine#1035, #1861, #1970; OvenMediaLabs/OvenPlayer#489): the server's own session rule.
      {
        on: 'url',
        key: 'llhls chunklist',
        value: /\/chunklist_\w+_llhls\.m3u8/,
        weight: 0.75,
        action: 'auth',
        errorKey: 'ovenmediaengine-token',
        statuses: [401],
      },
    ],
  },
  {
    id: 'antmedia',
    name: 'Ant Media Server',
    kind: 'stream',
    markers: [
      // Its default applications serve HLS/DASH under /<app>/streams/<stream id>…, the play token as ?token=, and
      // its token filter answers 403 to a token or hash it does not accept
      // (https://github.com/ant-media/Ant-Media-Server/issues/3655: "/LiveApp/streams/Taft37th_adaptive.m3u8?token=";
      // https://github.com/ant-media/Ant-Media-Server/issues/2259: chunks refused for an "Invalid Hash").
      {
        on: 'url',
        key: 'streams path',
        value: /\/(?:LiveApp|WebRTCAppEE|WebRTCApp)\/streams\//,
        weight: 0.7,
      },
      {
        on: 'url',
        key: 'play token',
        // The streams path and a token parameter, in anchored lookaheads: linear.
        value: /^(?=[^?#]*\/(?:LiveApp|WebRTCAppEE|WebRTCApp)\/streams\/)(?=[^#]*[?&]token=)/,
        weight: 0.8,
        action: 'auth',
        errorKey: 'antmedia-token',
        statuses: [401, 403],
      },
      // Its console's REST proxy /rest/v2/request?_path=<app>/rest/…, and its filter's refusals: a server JWT it
      // does not accept ("Invalid Server JWT Token", https://github.com/ant-media/Ant-Media-Server/issues/5625),
      // a user outside the resource's scope (ant-media/Ant-Media-Server@5129809b619b76f95fa898f681f17df00ea19a6c:
      // src/main/java/io/antmedia/console/rest/AuthenticationFilter.java).
      { on: 'url', key: 'console rest proxy', value: /\/rest\/v2\/request\?_path=/, weight: 0.8 },
      // Its REST filter's refusal of an address outside the allowed list, in the page of the Tomcat it embeds:
      // "<b>Message</b> Not allowed IP" (https://github.com/ant-media/Ant-Media-Server/issues/6322).
      { on: 'body', key: '<b>Message</b> Not allowed IP</p>', weight: 0.9, own: true },
      {
        on: 'body',
        key: 'Invalid Server JWT Token',
        weight: 0.95,
        own: true,
        action: 'auth',
        errorKey: 'antmedia-jwt',
      },
      {
        on: 'body',
        key: 'Not allowed to access this resource. Contact system admin',
        weight: 0.95,
        own: true,
        action: 'block',
        errorKey: 'antmedia-scope',
      },
    ],
  },
  {
    id: 'streamguys',
    name: 'StreamGuys',
    kind: 'stream',
    markers: [
      // Radio and audio streams on <station>.streamguys1.com (CNN's and TuneIn's in
      // https://github.com/segler-alex/radiobrowser/issues/86; NPR's npr-ice.streamguys1.com).
      { on: 'host', key: 'streamguys1.com', weight: 0.85 },
    ],
  },
  {
    id: 'twitch',
    name: 'Twitch',
    kind: 'platform',
    markers: [
      // Playlists come from its "usher" (usher.ttvnw.net/api/channel/hls/…, usher.twitch.tv/vod/…), segments
      // from *.ttvnw.net (https://github.com/ihabunek/twitch-dl/issues/108; clients' code, e.g. usher.ttvnw.net URLs).
      { on: 'host', key: 'ttvnw.net', weight: 0.9 },
      { on: 'host', key: 'usher.twitch.tv', weight: 0.9 },
      // Its sign-in service, which apps ask whether their token still holds (https://dev.twitch.tv/docs/authentication/validate-tokens/:
      // GET https://id.twitch.tv/oauth2/validate, 401 when it does not).
      { on: 'host', key: 'id.twitch.tv', weight: 0.9 },
      // Its API, where apps read streams and keys (https://api.twitch.tv/helix/…, https://dev.twitch.tv/docs/api/reference#get-stream-key;
      // {"error":"Unauthorized","status":401,"message":"Missing User OAUTH Token"} to an app's token,
      // mauricew/ruby-twitch-api@2d4af0f14536d097eacf2f60d4a448f9232555e0:spec/cassettes/Twitch_Client/_get_stream_key/with_options/when_token_type_is_application/1_16_2_1_1.yml).
      { on: 'host', key: 'api.twitch.tv', weight: 0.9 },
      // Its GraphQL API, which its own web player and tools call (POST https://gql.twitch.tv/gql, 401 "The \"Authorization\"
      // token is invalid." in https://github.com/DevilXD/TwitchDropsMiner/issues/452).
      // Its GraphQL gateway answers for itself: a refusal there is Twitch's own (a persisted query it no longer knows,
      // https://github.com/lavalink-devs/lavaplayer/pull/190).
      { on: 'host', key: 'gql.twitch.tv', weight: 0.9, own: true },
      // Usher's refusals are a JSON array of {error, error_code, type: "error"}: content_geoblocked ("Content
      // Restricted In Region", streamlink/streamlink@5376d2e8851bd523e390a2141360afddccb5adba:tests/plugins/test_twitch.py;
      // https://github.com/RakambdaOrg/ChannelPointsMiner/issues/783), and a subscribers-only video,
      // vod_manifest_restricted or unauthorized_entitlements (yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:
      // yt_dlp/extractor/twitch.py; https://github.com/streamlink/streamlink/issues/2713).
      {
        on: 'body-match',
        key: 'usher error_code',
        value:
          /"error_code"\s*:\s*"(?:content_geoblocked|vod_manifest_restricted|unauthorized_entitlements)"/,
        weight: 0.9,
        own: true,
      },
      // Its usher refusing a restricted stream's access token, {"error": "private auth token", "error_code":
      // "nauth_token_restricted"} (as a JSON viewer showed it in https://github.com/streamlink/streamlink/issues/4037).
      { on: 'body', key: 'nauth_token_restricted', weight: 0.85, own: true },
      // Its GraphQL gateway no longer knowing a client's persisted query, {"errors":[{"message":"PersistedQueryNotFound"}],
      // "extensions":{"durationMilliseconds":3,…}} (curl in https://github.com/lavalink-devs/lavaplayer/pull/190): it takes no
      // whole query in its place, so the app must be updated (Apollo's own miss, which a client answers with the whole
      // query, carries its code in the error's extensions instead, review "80.").
      {
        on: 'body-match',
        key: 'persisted query refused',
        value:
          /^\s*\{\s*"errors"\s*:\s*\[\s*\{\s*"message"\s*:\s*"PersistedQueryNotFound"\s*\}\s*\]\s*,\s*"extensions"\s*:\s*\{\s*"durationMilliseconds"/,
        weight: 0.9,
        own: true,
        action: 'block',
        errorKey: 'twitch-persisted',
        inSuccess: true,
      },
    ],
    codes: [
      {
        from: 'body',
        pattern: /"error_code"\s*:\s*"([a-z_]+)"/,
        keys: codeKeys(
          'twitch-geo:content_geoblocked|twitch-subscribers:vod_manifest_restricted unauthorized_entitlements',
        ),
      },
    ],
  },
  {
    id: 'srs',
    name: 'SRS (Simple Realtime Server)',
    kind: 'stream',
    markers: [
      // Server: SRS/<version> on its HTTP server and API (ossrs wiki's HTTP API examples,
      // QilongZhang/srswiki@0195e5f:v2_EN_HTTPApi.md).
      { on: 'header', key: 'server', value: /^SRS\//, weight: 0.95, own: true },
    ],
  },
  {
    id: 'rocketstreamingserver',
    name: 'Rocket Streaming Server',
    kind: 'stream',
    markers: [
      // ARD's radio streams (f121.rndfnk.com/ard/…/stream.mp3?cid=…&sid=…&token=…) refuse a session link with
      // "401 Unauthorized" and "Server: rocketstreamingserver" (https://github.com/pschatzmann/arduino-audio-tools/issues/920).
      { on: 'header', key: 'server', value: /^rocketstreamingserver\b/i, weight: 0.9, own: true },
    ],
  },
  {
    id: 'streamtheworld',
    name: 'StreamTheWorld (Triton Digital)',
    kind: 'stream',
    markers: [
      // Live radio streams on <n>.live.streamtheworld.com refuse with their own reason header, e.g. 403 and
      // "x-stw-error: 430 Invalid Mount" for a mount it does not serve
      // (https://github.com/schreibfaul1/ESP32-audioI2S/issues/310).
      { on: 'host', key: 'streamtheworld.com', weight: 0.9 },
      { on: 'header', key: 'x-stw-error', weight: 0.95, own: true },
    ],
  },
  {
    id: 'icecast',
    name: 'Icecast',
    kind: 'stream',
    markers: [
      // Server: Icecast 2.4.x and its plain-text refusals ("Mountpoint in use": nav-mohan/QIceCast@99fcfe0:README.md).
      { on: 'header', key: 'server', value: /^Icecast\b/i, weight: 0.95, own: true },
      // Its own page for a mount that does not exist, "404 - The file you requested could not be found"
      // (https://github.com/savonet/liquidsoap/issues/1716).
      { on: 'body', key: '404 - The file you requested could not be found', weight: 0.9, own: true },
      // Its login prompt, `WWW-Authenticate: Basic realm="Icecast2 Server"` or the server id it is configured with
      // ("Icecast 2.4.0-kh17", https://github.com/karlheyes/icecast-kh/issues/394), and the text it sends with it,
      // "You need to authenticate" (client_send_401 in src/client.c of Icecast and its -kh fork; AzuraCast's log of
      // one, https://github.com/AzuraCast/AzuraCast/issues/2568).
      {
        on: 'header',
        key: 'www-authenticate',
        value: /\brealm="Icecast/i,
        weight: 0.9,
        own: true,
        statuses: [401],
      },
      // Its whole text, as it writes it: the words inside another server's JSON or page are that server's (review).
      // Its refusal of a second source on a mount that is playing, "Mountpoint in use" as the whole body: 403 in older
      // servers (https://github.com/xiph/Icecast-Server/issues/66), 409 now
      // (xiph/Icecast-Server@5f3efe5d52c285d37b41434bb8c3e9b7f327c10a:src/errors.c, ICECAST_ERROR_CON_MOUNT_IN_USE).
      {
        on: 'body-match',
        key: 'Mountpoint in use',
        value: /^\s{0,4}Mountpoint in use\s{0,4}$/,
        weight: 0.85,
        own: true,
        statuses: [403, 409],
      },
      {
        on: 'body-match',
        key: 'You need to authenticate',
        value: /^You need to authenticate\r?\n?$/,
        weight: 0.8,
        own: true,
        statuses: [401],
      },
    ],
  },
  {
    id: 'usp',
    name: 'Unified Streaming Origin (USP)',
    kind: 'stream',
    markers: [
      // Unified Origin packages on the fly from a server manifest: Apache hands .ism and .isml to its module
      // ("AddHandler smooth-streaming.extensions .ism .isml") and players ask <file>.ism/.m3u8 or /.mpd
      // (unifiedstreaming/origin@024b3d9967f3ab69bdcc822aef52a8b9ecc23ce5: docker/origin/conf.d/unified-origin.conf,
      // README.md: "…/tears-of-steel-avc1.ism/.m3u8", Manifest Edit "added to any /.mpd or /.m3u8 url").
      // Azure Media Services' .ism/manifest(format=…) URLs differ (rows/video-platforms.ts).
      {
        on: 'url',
        key: 'ism manifest',
        value: /\.isml?\/\.(?:m3u8|mpd)(?:[?#]|$)/,
        weight: 0.75,
      },
    ],
  },
  // DRM licence services: a refused licence is the service's entitlement rule, answered by the licence
  // service the player calls, named by its documented host.
  {
    id: 'castlabs',
    name: 'castLabs DRMtoday',
    kind: 'platform',
    // lic.drmtoday.com/license-proxy-widevine/cenc/ (castLabs' DRMtoday docs; https://github.com/iyear/gowidevine/issues/15).
    markers: [{ on: 'host', key: 'drmtoday.com', weight: 0.9 }],
  },
  {
    id: 'buydrm',
    name: 'BuyDRM KeyOS',
    kind: 'platform',
    // wv-keyos.licensekeyserver.com (BuyDRM's KeyOS licence server; https://github.com/xbmc/inputstream.adaptive/issues/593).
    markers: [{ on: 'host', key: 'licensekeyserver.com', weight: 0.9 }],
  },
  {
    id: 'axinom',
    name: 'Axinom DRM',
    kind: 'platform',
    // drm-widevine-licensing.axtest.net/AcquireLicense, its test service, and axprod.net, its production one
    // (https://github.com/Dash-Industry-Forum/dash.js/issues/4135; Axinom DRM documentation).
    markers: [
      { on: 'host', key: 'axtest.net', weight: 0.9 },
      { on: 'host', key: 'axprod.net', weight: 0.9 },
    ],
  },
  {
    id: 'ezdrm',
    name: 'EZDRM',
    kind: 'platform',
    // Its FairPlay licence endpoint https://fps.ezdrm.com/api/licenses/<asset id>?customdata1=… with the caller's
    // custom data (https://github.com/jhomlala/betterplayer/issues/575); an EZDRM Widevine licence request answered
    // 500 in https://github.com/castlabs/electron-releases/issues/108.
    markers: [{ on: 'host', key: 'ezdrm.com', weight: 0.9 }],
  },
  {
    id: 'vualto',
    name: 'Vualto VUDRM',
    kind: 'platform',
    // Its Widevine licence proxy https://widevine-proxy.drm.technology/proxy, "Vualto (drm provider)"
    // (https://github.com/TheWidlarzGroup/react-native-video/pull/1445).
    markers: [{ on: 'host', key: 'drm.technology', weight: 0.9 }],
  },
  {
    id: 'expressplay',
    name: 'Intertrust ExpressPlay DRM',
    kind: 'platform',
    // Its Widevine licence service https://wv.service.expressplay.com/hms/wv/rights/?ExpressPlayToken=… (the licence
    // request failing in https://github.com/shaka-project/shaka-player/issues/1653).
    markers: [
      { on: 'host', key: 'service.expressplay.com', weight: 0.9 },
      // The token the service checks, in the licence URL's own parameter (same issue).
      { on: 'param', key: 'ExpressPlayToken', weight: 0.85 },
      // Its licence service's refusal names the provider inside the message it escapes, "[-7008] Failed to generate
      // Widevine license: {…\"content_provider\":\"intertrust\",\"status\":\"ACCESS_DENIED\"…}"
      // (https://github.com/castlabs/electron-releases/issues/58).
      { on: 'body', key: '\\"content_provider\\":\\"intertrust\\"', weight: 0.85, own: true },
      { on: 'body', key: '"content_provider":"intertrust"', weight: 0.85, own: true },
    ],
  },
  {
    id: 'adobe-content-server',
    name: 'Adobe Content Server (ADEPT e-book DRM)',
    kind: 'platform',
    // The licence server e-book shops run for Adobe's DRM answers a fulfilment it refuses with HTTP 200 and its own error
    // element, <error xmlns="http://ns.adobe.com/adept" data="E_ADEPT_REQUEST_EXPIRED http://acs4.kobo.com/fulfillment/Fulfill
    // …"/> (Kobo's, https://github.com/Leseratte10/acsm-calibre-plugin/issues/105).
    markers: [
      {
        on: 'body-match',
        key: 'ADEPT error',
        value: /<error xmlns="http:\/\/ns\.adobe\.com\/adept" data="E_/,
        weight: 0.9,
        own: true,
      },
    ],
  },
  {
    id: 'widevine',
    name: 'Google Widevine licence proxy',
    kind: 'platform',
    // Google's own Widevine servers: its licence proxy https://proxy.staging.widevine.com/proxy answering a licence
    // request with 500 (https://github.com/youtube/js_mse_eme/issues/26), its licence service
    // https://license.uat.widevine.com/cenc/getlicense (the reference proxy in
    // https://github.com/shaka-project/shaka-packager/issues/410; a 400 from it in /issues/681). Only these
    // hosts: widevine.com itself is the product's site.
    markers: [
      { on: 'host', key: 'proxy.staging.widevine.com', weight: 0.9 },
      { on: 'host', key: 'license.uat.widevine.com', weight: 0.9 },
      // Its licence proxy's refusal, also on HTTP 200: {"status":"ACCESS_DENIED","supported_tracks":[],
      // "internal_status":127,…} (https://github.com/shaka-project/shaka-player/issues/2133): the licence's policy
      // refused this player.
      {
        on: 'body-match',
        key: 'licence ACCESS_DENIED',
        value: /^\s*\{\s*"status"\s*:\s*"ACCESS_DENIED"\s*,\s*"(?:supported_tracks|status_message)"\s*:/,
        weight: 0.9,
        own: true,
        action: 'block',
        errorKey: 'widevine-denied',
        inSuccess: true,
      },
    ],
    // Its status message where it names the device's certificate revoked, "drm-serial-number-has-been-individually-revoked"
    // and "device-certificate-revoked: 4339" (recorded answers, 3052/widevine@faa5b4a66b146361d84f26248d88688c14d0a221:
    // internal/dcsl/L3-175.json and L1-127.json): the device, not the service's policy.
    codes: [
      {
        from: 'body',
        pattern: /"status_message"\s*:\s*"([a-z-]{6,80})\b/,
        keys: codeKeys(
          'widevine-revoked:drm-serial-number-has-been-individually-revoked device-certificate-revoked',
        ),
      },
    ],
  },
  {
    id: 'google-dai',
    name: 'Google Ad Manager Dynamic Ad Insertion',
    kind: 'stream',
    markers: [
      // Its stitched live streams' playlists come from dai.google.com/linear/hls/event/<key>/master.m3u8 and the
      // session's variants beside it (a FAST channel's entry and ffmpeg's 404 on a variant of an ended session,
      // https://github.com/iptv-org/iptv/issues/3399).
      { on: 'host', key: 'dai.google.com', weight: 0.9 },
    ],
  },
  {
    id: 'brightcove',
    name: 'Brightcove',
    kind: 'platform',
    markers: [
      // Playback API host and its JSON errors {"error_code","error_subcode","message"}
      // (https://apis.support.brightcove.com/playback-rights/references/epa-errors.html;
      // https://github.com/matthuisman/slyguy.addons/issues/886).
      { on: 'host', key: 'edge.api.brightcove.com', weight: 0.9 },
      // Add-ons log the JSON as a Python dict, in single quotes (https://github.com/matthuisman/slyguy.addons/issues/833).
      { on: 'body-match', key: 'error_subcode', value: /["']error_subcode["']\s*:/, weight: 0.5, own: true },
      // Its Playback API's message for a video id it does not hold, "The designated resource was not found." as a
      // client printed it (Sky NZ's Neon through Brightcove, https://github.com/matthuisman/slyguy.addons/issues/550).
      {
        on: 'body',
        key: 'The designated resource was not found',
        weight: 0.85,
        own: true,
        statuses: [404],
      },
      // Its message for a playback its access policy refuses (ACCESS_DENIED: a country, a domain, an address), as TVNZ+'s
      // add-on printed it (https://github.com/matthuisman/slyguy.addons/issues/265); the whole sentence, a middleware's
      // "Forbidden by access policy." is another's.
      {
        on: 'body',
        key: 'Access to this resource is forbidden by access policy',
        weight: 0.85,
        own: true,
        statuses: [403],
      },
    ],
    codes: [
      {
        from: 'body',
        pattern: /["']error_subcode["']\s*:\s*["']([A-Z_]+)["']/,
        keys: codeKeys(
          // The other subcodes of its error reference (the second page above and playback-rights-errors.html).
          'brightcove-geo:CLIENT_GEO|brightcove-denied:CLIENT_IP DOMAIN ACCOUNT_ID TOKEN_VALIDATION TOKEN_REQUIRED OFFERS TAGS VIDEO_NOT_PLAYABLE|' +
            'brightcove-sessions:DENIED_BY_STREAM_LIMIT_CREATE',
        ),
      },
      // Its geo refusal also names where it placed the viewer, "client_geo": "nz" or "anonymizing_proxy" (the
      // maintainer's paste in https://github.com/matthuisman/slyguy.addons/issues/886, and the BFI player's in the
      // real corpus): read when the code itself was retyped ("CLIENT GEO", slyguy.addons#833). Only once the row
      // is matched by its own error fields: another API's "client_geo" is not Brightcove's (review).
      { from: 'body', pattern: /["'](client_geo)["']\s*:\s*["'][a-z_]{2,20}["']/, key: 'brightcove-geo' },
    ],
  },
  {
    id: 'theplatform',
    name: 'thePlatform (Comcast mpx)',
    kind: 'platform',
    markers: [
      // link.theplatform.eu / .com selector and its JSON exception
      // (https://github.com/phate89/Mediaset-Play-plugin.video.videomediaset/issues/53).
      { on: 'host', key: 'theplatform.eu', weight: 0.9 },
      { on: 'host', key: 'theplatform.com', weight: 0.9 },
      {
        on: 'body',
        key: 'GeoLocationBlocked',
        weight: 0.95,
        action: 'geo',
        errorKey: 'theplatform-geo',
        own: true,
      },
    ],
  },
  {
    id: 'amino',
    name: 'Amino session manager',
    kind: 'platform',
    markers: [
      // 403 body of the session limit (Amino Engage session manager spec,
      // https://aminocom.atlassian.net/wiki/pages/diffpages.action?originalId=49682065&pageId=49682078).
      {
        on: 'body',
        key: 'open a new playback session but you are already at the maximum allowable limit',
        weight: 0.9,
        action: 'block',
        errorKey: 'amino-sessions',
        own: true,
      },
    ],
  },
];
