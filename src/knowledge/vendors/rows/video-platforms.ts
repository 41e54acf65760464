import { codeKeys, type VendorRow } from '../schema.ts';

/**
 * Video platforms whose players and links a web player uses: their delivery hosts, their own error headers
 * and their signed links (a refused one is the platform's token rule, app). WAPPALYZER as in regional-cdns.ts.
 */
export const VIDEO_PLATFORM_ROWS: readonly VendorRow[] = [
  {
    id: 'youtube',
    name: 'YouTube (googlevideo)',
    kind: 'platform',
    markers: [
      // Media hosts rN---sn-….googlevideo.com/videoplayback (curl -v capture in
      // https://github.com/TeamNewPipe/NewPipe/issues/9038; https://github.com/anxdpanic/plugin.video.youtube/issues/1222).
      { on: 'host', key: 'googlevideo.com', weight: 0.95 },
      // Its own site and APIs answering for themselves: youtube.com's InnerTube (/youtubei/v1) and oEmbed, and the
      // Data API under googleapis.com/youtube/ (recorded in TeamNewPipe/NewPipeExtractor's mocks, ruby-oembed's and
      // mopidy-youtube's cassettes). Not its own words: a gateway or CDN with its own marks still outranks it (review).
      { on: 'host', key: 'youtube.com', weight: 0.9 },
      // Its Data and Live Streaming APIs name themselves in Google's error object, "domain": "youtube.liveBroadcast"
      // beside "reason": "errorStreamInactive" (an app's log, https://github.com/rashikaranpuria/youtube-livestream-android-app/issues/3;
      // the domains per method in https://developers.google.com/youtube/v3/live/docs/errors). Google's common object
      // ("domain": "global", "usageLimits") names no service: only a youtube.* domain does, inside an error item beside its
      // "reason" (a link preview's "domain": "youtube.com" is a site's name, review).
      {
        on: 'body-match',
        key: 'API error domain',
        value:
          /\{(?=[^{}]{0,400}"reason"\s*:)[^{}]{0,400}?"domain"\s*:\s*"youtube\.(?!(?:com|be)")[A-Za-z]{2,40}"/,
        weight: 0.9,
        own: true,
      },
      {
        on: 'url',
        key: 'data api',
        value: /^https:\/\/(?:www|youtube)\.googleapis\.com\/youtube\//i,
        weight: 0.9,
      },
      // (YouTube's media servers also sign "Server: gvs 1.0", https://github.com/XX-net/XX-Net/issues/531; not read: a row
      // with a header mark is one that may front someone else's software, and YouTube answers for itself on its
      // hosts, which name it already.)
      // videoplayback URLs are signed (expire / sparams / sig, bound to the client ip: the URL in
      // https://github.com/TeamNewPipe/NewPipe/issues/9038); a 403 on one is the signature/expiry check refusing it
      // (plugin.video.youtube#1222, yt-dlp/yt-dlp#14936).
      {
        on: 'url',
        key: 'videoplayback',
        value: /\.googlevideo\.com\/videoplayback\?/,
        weight: 0.7,
        action: 'auth',
        errorKey: 'youtube-url-signature',
        statuses: [403],
      },
      // The same signed link through a proxy that keeps its path and query (Piped's proxy,
      // https://github.com/TeamPiped/piped-proxy/issues/275): its own `source=youtube` parameter says whose link it
      // is — Google Drive's videos, on the same servers, say `source=webdrive`
      // (https://github.com/ArdiArtani/Google-Drive-Player-Script/issues/1).
      {
        on: 'url',
        key: 'proxied videoplayback',
        value: /^https?:\/\/[^/?#]+\/videoplayback\?(?:[^&#]*&){0,60}source=youtube(?:[&#]|$)/,
        weight: 0.7,
        action: 'auth',
        errorKey: 'youtube-url-signature',
        statuses: [403],
      },
      // Its player API refuses a video with HTTP 200 and a playability status: "LOGIN_REQUIRED", "Sign in to confirm
      // your age", read with its reason: the same status also asks to "confirm you're not a bot", which is about the
      // viewer's address, not the account (review) (recorded in TeamNewPipe/NewPipeExtractor@1e0c409bec1b5331d2edef74244eac0c3a374042:extractor/src/
      // test/resources/org/schabi/newpipe/extractor/services/youtube/extractor/stream/ageRestricted/generated_mock_1.json).
      {
        on: 'body-match',
        key: 'playability login',
        value:
          /"playabilityStatus"\s*:\s*\{\s*"status"\s*:\s*"LOGIN_REQUIRED"\s*,\s*"reason"\s*:\s*"Sign in to confirm your age"/,
        weight: 0.9,
        own: true,
        action: 'block',
        errorKey: 'youtube-login-required',
        inSuccess: true,
      },
      // The same status for a private video, "This is a private video. Please sign in to verify that you may see it."
      // (recorded in fent/node-ytdl-core@f5b57a2cdc87711454b4ff00bdad83363d42c668:test/files/videos/private/watch.json):
      // only an account its owner shared it with may watch.
      {
        on: 'body-match',
        key: 'playability private',
        value:
          /"playabilityStatus"\s*:\s*\{\s*"status"\s*:\s*"LOGIN_REQUIRED"\s*,\s*"messages"\s*:\s*\[\s*"This is a private video\./,
        weight: 0.9,
        own: true,
        action: 'block',
        errorKey: 'youtube-private',
        inSuccess: true,
      },
      // A channel behind its age gate, a "channelAgeGateRenderer" telling the viewer to sign in to confirm their age, in its
      // browse answer on HTTP 200 (TeamNewPipe/NewPipeExtractor@43f8e6ebeef469db7c5328714bc5f33c9f06f092:extractor/src/test/
      // resources/mocks/v1/org/schabi/newpipe/extractor/services/youtube/youtubechannelextractor/agerestrictedchannel/
      // generated_mock_2.json).
      {
        on: 'body-match',
        key: 'channel age gate',
        value: /"channelAgeGateRenderer"\s*:\s*\{/,
        weight: 0.9,
        own: true,
        action: 'block',
        errorKey: 'youtube-login-required',
        inSuccess: true,
      },
      // Its bot check, the same status with "Sign in to confirm you’re not a bot": YouTube doubts the address the
      // requests come from (a VPN, a data centre, many requests), which signing in only works around
      // (recorded in jdepoix/youtube-transcript-api@85c859450c014d860297ab9fd4f88145c47ff2e2:
      // youtube_transcript_api/test/assets/youtube_request_blocked.innertube.json.static).
      {
        on: 'body-match',
        key: 'playability bot check',
        value:
          /"playabilityStatus"\s*:\s*\{\s*"status"\s*:\s*"LOGIN_REQUIRED"\s*,\s*"reason"\s*:\s*"Sign in to confirm you[’']re not a bot"/,
        weight: 0.9,
        own: true,
        action: 'challenge',
        errorKey: 'youtube-bot-check',
        inSuccess: true,
      },
      // Its refusal of the app that asked, the player answer's error screen saying "The following content is not available on
      // this app." (https://github.com/pytube/pytube/issues/1593, pytube's web client after YouTube turned it away): the
      // service's rule about the client, not the video nor the account.
      {
        on: 'body-match',
        key: 'not available on this app',
        // In the error screen's reason only (runs or simpleText): a video titled with the sentence is data (review).
        value:
          /"reason"\s*:\s*\{\s*(?:"runs"\s*:\s*\[\s*\{\s*"text"|"simpleText")\s*:\s*"The following content is not available on this app\."/,
        weight: 0.9,
        own: true,
        action: 'block',
        errorKey: 'youtube-app',
        inSuccess: true,
      },
      // Restricted Mode imposed by the network or the account's administrator (a DNS filter's safe search, a school's
      // Google Workspace), its watch page saying "This video is restricted. Please check the Google Workspace administrator
      // and/or the network administrator restrictions." (https://github.com/zek-c/Securly-Kill-V111/issues/65) or, earlier,
      // "This video is restricted. Try signing in with a Google Apps account." (https://github.com/ytdl-org/youtube-dl/issues/20846):
      // a filter on the way or on the account, not the video.
      {
        on: 'body-match',
        key: 'restricted mode',
        // As the page's own text (its start, after "Video unavailable") or the player answer's: an article or a forum
        // post quoting it is not YouTube refusing (review of the seventy-fifth batch).
        value:
          /(?:^\s*(?:Video unavailable\s*)?|"(?:text|simpleText|reason)"\s*:\s*")This video is restricted\. (?:Please check the Google Workspace administrator|Try signing in with a Google Apps account)/,
        weight: 0.9,
        own: true,
        action: 'block',
        errorKey: 'youtube-restricted',
      },
      // The reasons NewPipe's extractor sorts a refusal by (TeamNewPipe/NewPipeExtractor@43f8e6ebeef469db7c5328714bc5f33c9f06f092:
      // extractor/src/main/java/org/schabi/newpipe/extractor/services/youtube/extractors/YoutubeStreamExtractor.java,
      // checkPlayabilityStatus): UNPLAYABLE or ERROR whose reason names a paid offer ("This video is only available to
      // Music Premium members", "…available to this channel's members on level: …", a payment) or the country ("The
      // uploader has not made this video available in your country"), as its mocks recorded them (extractor/src/test/
      // resources/mocks/v1/…/youtubestreamextractordefault/notavailable/musicpremiumcontent, paidcontent, restricted);
      // and LOGIN_REQUIRED with the reason "This video is private" (…/privatecontent).
      {
        on: 'body-match',
        key: 'playability paid',
        value:
          /"playabilityStatus"\s*:\s*\{\s*"status"\s*:\s*"(?:UNPLAYABLE|ERROR)"\s*,\s*"reason"\s*:\s*"[^"]{0,160}?(?:Music Premium|members|payment)/,
        weight: 0.9,
        own: true,
        action: 'block',
        errorKey: 'youtube-members',
        inSuccess: true,
      },
      // A video that does not exist (or no longer does), ERROR with the reason "Video unavailable", as a watch answer saved
      // for a non-existent id holds it (fent/node-ytdl-core@f5b57a2cdc87711454b4ff00bdad83363d42c668:
      // test/files/videos/non-existent/watch.json).
      {
        on: 'body-match',
        key: 'playability unavailable',
        // As its bare error screen only (reason, then the picture): the session limit ("try again later") and the
        // captcha wall answer "Video unavailable" too, with a subreason or a captcha view before it (review).
        value:
          /"playabilityStatus"\s*:\s*\{\s*"status"\s*:\s*"ERROR"\s*,\s*"reason"\s*:\s*"Video unavailable"\s*,\s*"errorScreen"\s*:\s*\{\s*"playerErrorMessageRenderer"\s*:\s*\{\s*"reason"\s*:\s*\{\s*"simpleText"\s*:\s*"Video unavailable"\s*\}\s*,\s*"thumbnail"/,
        weight: 0.9,
        own: true,
        action: 'unknown',
        errorKey: 'youtube-unavailable',
        inSuccess: true,
      },
      {
        on: 'body-match',
        key: 'playability country',
        value:
          /"playabilityStatus"\s*:\s*\{\s*"status"\s*:\s*"(?:UNPLAYABLE|ERROR)"\s*,\s*"reason"\s*:\s*"[^"]{0,160}?\bcountry\b/,
        weight: 0.9,
        own: true,
        action: 'geo',
        errorKey: 'youtube-country',
        inSuccess: true,
      },
      {
        on: 'body-match',
        key: 'playability private reason',
        value:
          /"playabilityStatus"\s*:\s*\{\s*"status"\s*:\s*"LOGIN_REQUIRED"\s*,\s*"reason"\s*:\s*"This video is private"/,
        weight: 0.9,
        own: true,
        action: 'block',
        errorKey: 'youtube-private',
        inSuccess: true,
      },
    ],
  },
  {
    id: 'kaltura',
    name: 'Kaltura',
    kind: 'platform',
    markers: [
      // KExternalErrors::dieError sends "X-Kaltura: error-<code>" and "X-Kaltura-App: exiting on error <code> - …"
      // (kaltura/server alpha/apps/kaltura/lib/KExternalErrors.class.php; playManifest keeps X-Kaltura-App on its
      // 404: https://github.com/kaltura/server/pull/2648).
      { on: 'header', key: 'x-kaltura', value: /^error-/, weight: 0.95, own: true },
      { on: 'header', key: 'x-kaltura-app', value: /^exiting on error /, weight: 0.95, own: true },
      // 16 IP_COUNTRY_BLOCKED, 4 INVALID_KS_SRT / 7 INVALID_KS, 3 ACCESS_CONTROL_RESTRICTED (same file).
      { on: 'header', key: 'x-kaltura', value: /^error- ?16$/, weight: 0.95, action: 'geo', own: true },
      { on: 'header', key: 'x-kaltura', value: /^error- ?[47]$/, weight: 0.95, action: 'auth', own: true },
      { on: 'header', key: 'x-kaltura', value: /^error- ?3$/, weight: 0.95, action: 'block', own: true },
      // X-Kaltura-Session on every API/VOD answer: the headers the packager's test suite
      // ignores when comparing responses (kaltura/nginx-vod-module@26f06877b0f2a2336e59cda93a3de18d7b23a3e2:
      // test/compare_utils.py).
      { on: 'header', key: 'x-kaltura-session', weight: 0.85 },
      // api.kaltura.com / *.kaltura.com: WAPPALYZER k.json "Kaltura" (scriptSrc api\.kaltura\.com, link *.kaltura.com).
      { on: 'host', key: 'kaltura.com', weight: 0.85 },
      // Its player's access-control message for an entry that needs a Kaltura session (KS) the page did not have, "No KS
      // where KS is required\nWe're sorry, access to this content is restricted."
      // (kaltura/mwEmbed@435bff339189b4731a5a32cd135682a4a46f6cec:modules/KalturaSupport/EntryResult.php), as Yle Areena's
      // player showed it (https://github.com/aajanki/yle-dl/issues/173).
      { on: 'body', key: 'No KS where KS is required', weight: 0.9, action: 'auth', own: true },
      // Its OTT API answers errors with HTTP 200 and a KalturaAPIException object, {"result":{"error":{"objectType":
      // "KalturaAPIException","message":"KS expired","code":"500016"}}} (kaltura/DeveloperPortalDocs@0f27089:
      // documentation/Kaltura-OTT-Backend-API-Overview.md), and refuses playback with a block action and its message
      // ("KalturaAccessControlBlockAction", "ConcurrencyLimitation": kaltura/playkit-js-providers@b68d788:
      // test/src/k-provider/ott/be-data.js).
      {
        on: 'body-match',
        key: 'OTT API error or block',
        // And its playback context's access-control message, {"message":"Out of scheduling…","code":"SCHEDULED_RESTRICTED",
        // "objectType":"KalturaAccessControlMessage"} (kaltura/playkit-android-providers@2850716403a8bce80e642a7f6ff428c8816d8dab:
        // mediaproviders/src/main/assets/mock/ovp.multirequest._.0_q4nkfriz.json).
        value: /"objectType"\s*:\s*"Kaltura(?:APIException|AccessControlBlockAction|AccessControlMessage)"/,
        weight: 0.9,
        own: true,
        inSuccess: true,
      },
    ],
    codes: [
      {
        from: 'x-kaltura',
        pattern: /^error- ?(\d{1,3})$/,
        keys: {
          '1': 'kaltura-not-found',
          '2': 'kaltura-scheduling',
          '3': 'kaltura-access-control',
          '4': 'kaltura-ks',
          '5': 'kaltura-not-found',
          '6': 'kaltura-not-found',
          '7': 'kaltura-ks',
          '9': 'kaltura-not-found',
          '16': 'kaltura-geo',
        },
      },
      // Its playback context's access-control message, the code beside its own object type only: out of its scheduling
      // window (the playback context above), or the viewer's country (a code its player names beside the scheduling one,
      // kaltura/playkit-android-providers@2850716403a8bce80e642a7f6ff428c8816d8dab:mediaproviders/src/main/java/com/
      // kaltura/playkit/providers/api/ovp/KalturaOvpErrorHelper.java). An administrator's rule listing names the same
      // codes as its settings (review).
      {
        from: 'body',
        pattern:
          /"code"\s*:\s*"(SCHEDULED_RESTRICTED|COUNTRY_RESTRICTED)"\s*,\s*"objectType"\s*:\s*"KalturaAccessControlMessage"/,
        keys: { SCHEDULED_RESTRICTED: 'kaltura-scheduling', COUNTRY_RESTRICTED: 'kaltura-geo' },
      },
      // The OTT API's codes, in the sources above: a login session (KS) that expired, a limit on streams at once.
      {
        from: 'body',
        pattern:
          /"code"\s*:\s*"(500016|ConcurrencyLimitation|SERVICE_FORBIDDEN_CONTENT_BLOCKED|ENTRY_ID_NOT_FOUND)"/,
        keys: {
          '500016': 'kaltura-ks-expired',
          CONCURRENCYLIMITATION: 'kaltura-concurrency',
          // The partner (the service's own Kaltura account) is blocked: "The access to this service is forbidden
          // since the specified partner is blocked" (kaltura/server@1dcc517011dfbde0b7b9699eca2c891589e39c87:
          // api_v3/lib/KalturaErrors.php).
          SERVICE_FORBIDDEN_CONTENT_BLOCKED: 'kaltura-partner-blocked',
          // A video id the partner does not have, in its player's own test answer (kaltura/playkit-js-providers@2b40f8619130a2453b9639d16b4b75bdd4e42348:
          // test/src/k-provider/ovp/be-data.js, WrongEntryIDWithoutUIConf) and KalturaErrors.php's ENTRY_ID_NOT_FOUND.
          ENTRY_ID_NOT_FOUND: 'kaltura-not-found',
        },
      },
    ],
  },
  {
    id: 'mux',
    name: 'Mux Video',
    kind: 'platform',
    markers: [
      // Playback URLs https://stream.mux.com/{PLAYBACK_ID}.m3u8 (https://www.mux.com/docs/guides/secure-video-playback).
      // Only Mux's own delivery answers there: its JSON error is its own, not an origin's it carried
      // ({error: {type: "invalid_parameters"}} to a bad token, https://github.com/muxinc/mux-node-sdk/issues/84).
      { on: 'host', key: 'stream.mux.com', weight: 0.95, own: true },
      // Its API's host, https://api.mux.com, answering for itself ({"error":{"type":"unauthorized","messages":
      // ["Unauthorized request"]}} to a key pair set wrong, https://github.com/muxinc/mux-php/issues/15).
      { on: 'host', key: 'api.mux.com', weight: 0.95, own: true },
      // Its API's own server name (a 429 with its headers in https://github.com/muxinc/next-video/issues/309).
      { on: 'header', key: 'server', value: /^Mux API Server$/i, weight: 0.95, own: true },
      // Signed playback policy: "Mux requires a JSON Web Token as the value of the token query parameter"
      // (https://www.mux.com/docs/api-reference/video/url-signing-keys); refused when missing/expired/invalid.
      {
        on: 'url',
        key: 'mux-token',
        value: /^https?:\/\/stream\.mux\.com\/[^?#]*\?(?:[^#]*&)?token=/,
        weight: 0.85,
        action: 'auth',
        errorKey: 'mux-signed-url',
        statuses: [401, 403],
      },
    ],
  },
  {
    id: 'jwplayer',
    name: 'JW Player (JWP) platform',
    kind: 'platform',
    markers: [
      // Delivery API base host https://cdn.jwplayer.com (https://docs.jwplayer.com/platform/docs/embed-content-with-the-delivery-api;
      // OpenAPI "base host" in https://docs.jwplayer.com/platform/reference/get_videos-media-id-template-id-media-extension.md).
      { on: 'host', key: 'cdn.jwplayer.com', weight: 0.95 },
      // Its management API, https://api.jwplayer.com/v2/sites/… (jwplayer/jwplatform-docs@fe807fc0ab08c727262a5d0751c525ff1023fb57:
      // docs/management-api/advertising.md).
      { on: 'host', key: 'api.jwplayer.com', weight: 0.9, own: true },
      // Player/library host *.jwpcdn.com: WAPPALYZER j.json "JW Player" (scriptSrc \.jwpcdn\.com).
      { on: 'host', key: 'jwpcdn.com', weight: 0.85 },
      // Signed URLs: JWT `token` or non-JWT `exp` + `sig`; "If the signature is valid, the request succeeds.
      // Otherwise, the request is denied." (https://docs.jwplayer.com/platform/docs/how-to-enable-url-token-signing).
      {
        on: 'url',
        key: 'jwp-signed',
        value: /^https?:\/\/cdn\.jwplayer\.com\/[^?#]*\?(?:[^#]*&)?(?:token|sig)=/,
        weight: 0.85,
        action: 'auth',
        errorKey: 'jwplayer-signed-url',
        statuses: [401, 403],
      },
    ],
  },
  {
    id: 'anvato',
    name: 'Anvato (Google) video platform',
    kind: 'platform',
    markers: [
      // Its playback API, https://tkx2-prod.anvato.net/rest/v2/ (ytdl-org/youtube-dl@956b8c585591b401a543e409accb163eeaaa1193:
      // youtube_dl/extractor/anvato.py) and tkx.apis.anvato.net, answering for itself {"exception":{"type":"exception",
      // "code":10,"user_msg":"Failed to retrieve content.",…}} (VTM GO's, https://github.com/add-ons/plugin.video.vtm.go/issues/301).
      { on: 'host', key: 'anvato.net', weight: 0.9, own: true },
    ],
  },
  {
    id: 'adobe-pass',
    name: 'Adobe Pass Authentication (TV provider sign-in)',
    kind: 'platform',
    markers: [
      // Its hosts, sp.auth.adobe.com, api.auth.adobe.com, entitlement.auth.adobe.com (its documentation,
      // AdobeDocs/pass.en@59a46801252cc0677087cdc58f344edfea342971:help/authentication/).
      { on: 'host', key: 'auth.adobe.com', weight: 0.9, own: true },
      // Its enhanced error object links its own help page, "helpUrl": "https://experienceleague.adobe.com/docs/pass/…",
      // inside a decision on HTTP 200 as well as on a 403 (…/error-reporting/enhanced-error-codes.md, the same commit).
      {
        on: 'body-match',
        key: 'enhanced error',
        value: /"helpUrl"\s*:\s*"https:\/\/experienceleague\.adobe\.com\/docs\/pass\//,
        weight: 0.9,
        own: true,
        inSuccess: true,
      },
      // The error headers its API exposes to players, "Access-Control-Expose-Headers: pass_sfp,Authzf-Error-Code,…"
      // (a 429 of its throttling, …/throttling-mechanism.md, the same commit).
      { on: 'header', key: 'access-control-expose-headers', value: /\bAuthzf-Error-Code\b/, weight: 0.85 },
    ],
    codes: [
      // Its enhanced error codes and what they ask for (the table of enhanced-error-codes.md): the TV provider said no
      // for this programme (the package, parental controls, the identity it does not know), the sign-in with the
      // provider is missing, expired or invalidated, the free preview (TempPass) is used up, sign-in at home only (HBA)
      // used away from home, a rule the service applies while its provider is degraded, the provider's side timing out.
      {
        from: 'body',
        pattern: /"code"\s*:\s*"([a-z_]{10,60})"/,
        keys: codeKeys(
          // Not preauthorization_denied_by_mvpd: a preauthorize answer lists channels, some allowed and some not, so the
          // app can mark the locked ones; one denied item is not a refusal (review).
          'adobe-pass-denied:authorization_denied_by_mvpd ' +
            'authorization_denied_by_parental_controls identity_not_recognized_by_mvpd|' +
            'adobe-pass-signin:authenticated_profile_missing authenticated_profile_expired ' +
            'authenticated_profile_invalidated authorization_denied_by_session_invalidated invalid_authentication_session|' +
            'adobe-pass-preview:temporary_access_duration_limit_exceeded temporary_access_resources_limit_exceeded|' +
            'adobe-pass-home:authorization_denied_by_hba_policies|' +
            'adobe-pass-degraded:authorization_denied_by_degradation_rule|' +
            'adobe-pass-partner:network_received_error network_connection_timeout maximum_execution_time_exceeded',
        ),
      },
    ],
  },
  {
    id: 'livepeer',
    name: 'Livepeer (Catalyst)',
    kind: 'platform',
    markers: [
      // Its playback gate (livepeer/catalyst-api@36832887ff7f516a635e208b69855dca2d6ca3c6:middleware/gating.go, deny()):
      // a stream whose access control (a JWT or an access key checked by the owner's rule) refuses the viewer gets, for
      // its playlist, HTTP 200 with "#EXT-X-ERROR: Shutting down since this session is not allowed to view this stream",
      // and for anything else 401 {"error":"unauthorised","error_detail":"access control denied"} (its fixtures,
      // test/fixtures/responses/hls/unauthorised.m3u8 and test/fixtures/responses/unauthorised).
      {
        on: 'body-match',
        key: 'gate playlist',
        value:
          /^\s*#EXTM3U\s+#EXT-X-ERROR: Shutting down since this session is not allowed to view this stream/,
        weight: 0.95,
        own: true,
        action: 'auth',
        errorKey: 'livepeer-token',
        inSuccess: true,
        statuses: [200],
      },
      {
        on: 'body-match',
        key: 'gate denial',
        value:
          /^\s*\{\s*"error"\s*:\s*"unauthorised"\s*,\s*"error_detail"\s*:\s*"access control denied"\s*\}/,
        weight: 0.95,
        own: true,
        action: 'auth',
        errorKey: 'livepeer-token',
        statuses: [401],
      },
    ],
  },
  {
    id: 'vimeo',
    name: 'Vimeo',
    kind: 'platform',
    markers: [
      // *.vimeocdn.com "Video content delivery network" and player.vimeo.com (allowlist in
      // https://mimecastsupport.zendesk.com/hc/en-us/articles/51534732442643-Awareness-Training-Allowlisting-Vimeo-Domains-for-Training-Video-Playback).
      { on: 'host', key: 'vimeocdn.com', weight: 0.9 },
      { on: 'host', key: 'player.vimeo.com', weight: 0.9 },
      // Vimeo OTT's API host (its former VHX), api.vhx.tv (virezox/mech@3f1886198fcafba5817e2814d5f98ca2a7dcc05f:research/vimeo/readme.md).
      { on: 'host', key: 'api.vhx.tv', weight: 0.9 },
      // Its own site, whose pages say why a video is gone (a takedown recorded in thibaudgg/video_info's cassettes).
      { on: 'host', key: 'vimeo.com', weight: 0.85 },
      // Its API's own media type for an error, "Content-Type: application/vnd.vimeo.error+json" (its API's answers
      // are application/vnd.vimeo.<kind>+json; an error recorded with curl in https://hackerone.com/reports/57603 and
      // in thibaudgg/video_info's cassettes), whatever host or CDN carried it.
      {
        on: 'header',
        key: 'content-type',
        value: /^application\/vnd\.vimeo\.error\+json/i,
        weight: 0.95,
        own: true,
      },
      // Its own error page, titled "VimeUhOh" (the takedown page in the cassette above).
      { on: 'body', key: '<title>VimeUhOh</title>', weight: 0.9, own: true },
      // Its rate-limit page and its outage page, carried by Cloudflare and Fastly (thibaudgg/video_info's Vimeo
      // cassettes, with_unavailable_video/height/1_14_10_1.yml and date/1_12_7_1.yml).
      { on: 'body', key: '<title>Vimeo / 429 Too Many Requests</title>', weight: 0.9, own: true },
      { on: 'body', key: '<title>Sorry. Vimeo will be right back.</title>', weight: 0.9, own: true },
      // That rate-limit page's sentence, "…our servers have detected a high number of errors from your connection" (the
      // same cassettes; api.vimeo.com's alike, thibaudgg/video_info@bb106efd4b8ddf915941b92004cb05941d02351f:
      // spec/fixtures/vcr_cassettes/VideoInfo_Providers_Vimeo/with_video_136971428/_title/2_3_6_1.yml), as a person
      // copies it from the screen (https://github.com/mozilla-extensions/secure-proxy/issues/408).
      {
        on: 'body',
        key: 'servers have detected a high number of errors from your connection',
        weight: 0.9,
        own: true,
      },
      // Its API's error object: "error", "link", "developer_message", then a four-digit "error_code"
      // (https://github.com/websemantics/vimeo-upload/issues/31, error_code 5000; 5451 for a region,
      // jaylinski/kodi-addon-vimeo's tests/mocks/api_geo_block.json).
      {
        on: 'body-match',
        key: 'API error object',
        value: /"developer_message"\s*:\s*"[^"\\]{0,300}"\s*,\s*"error_code"\s*:\s*\d{4}\b/,
        weight: 0.85,
        own: true,
      },
    ],
  },
  {
    id: 'showroom',
    name: 'SHOWROOM',
    kind: 'platform',
    markers: [
      // Its live HLS on hls-css.live.showroom-live.com; where it does not broadcast, "the server response is 403
      // with a PNG image instead, which is their geo-blocking implementation" (Streamlink's maintainer,
      // https://github.com/streamlink/streamlink/issues/5909 and pull 5911).
      { on: 'host', key: 'live.showroom-live.com', weight: 0.9 },
    ],
    // Only the picture says geo: a 403 with a token error or JSON on the same hosts is another rule (review).
    statusRules: [{ statuses: [403], action: 'geo', when: 'image-body', errorKey: 'showroom-geo' }],
  },
  {
    id: 'wistia',
    name: 'Wistia',
    kind: 'platform',
    markers: [
      // media-src / script-src "https://*.wistia.com", "https://*.wistia.net // wistia player (hls)"
      // (https://docs.wistia.com/docs/how-to-create-a-wistia-friendly-content-security-policy-csp).
      { on: 'host', key: 'wistia.net', weight: 0.9 },
      { on: 'host', key: 'wistia.com', weight: 0.85 },
    ],
  },
  {
    id: 'dailymotion',
    name: 'Dailymotion',
    kind: 'platform',
    markers: [
      // Its hosts (www./geo./graphql.api.dailymotion.com, dai.ly, s1/s2.dmcdn.net:
      // yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/dailymotion.py).
      { on: 'host', key: 'dailymotion.com', weight: 0.9 },
      { on: 'host', key: 'dmcdn.net', weight: 0.85 },
      // The player's error object {"error":{"code":"DM007","status_code":403,"title":"Video geo-restricted by the
      // owner."}} (https://github.com/ytdl-org/youtube-dl/pull/7212; the extractor reads DM007 as a geo block).
      { on: 'body-match', key: 'DM error code', value: /"code"\s*:\s*"DM\d{3}"/, weight: 0.9, own: true },
    ],
    codes: [{ from: 'body', pattern: /"code"\s*:\s*"(DM\d{3})"/, keys: codeKeys('dailymotion-geo:DM007') }],
  },
  {
    id: 'playready',
    name: 'PlayReady licence server',
    kind: 'platform',
    markers: [
      // A PlayReady licence server answers every refusal with HTTP 500 and a SOAP fault from its RightsManager
      // (dash.js's log in https://github.com/Dash-Industry-Forum/dash.js/issues/1944: "…Microsoft.Media.Drm.RightsManager
      // .AcquireLicense…", CustomData "LCN_4003|No CustomData in input"): a licence refused, not a server failure.
      {
        on: 'body',
        key: 'Microsoft.Media.Drm.RightsManager',
        weight: 0.95,
        own: true,
        action: 'auth',
        errorKey: 'playready-licence',
      },
      // The same fault whose detail carries the licence server's own status code and no stack, "<faultstring>
      // PFS_LICENSE_CREATION_FAILURE</faultstring> … <StatusCode>0x8004C600</StatusCode>" (a fault recorded in dash.js's
      // tests, Dash-Industry-Forum/dash.js@ccf3b95d9ca6c3c06dcdc8bf916886801dad4c03:test/unit/data/licence/playreadySoapErrorLicence.txt).
      {
        on: 'body-match',
        key: 'licence fault',
        value: /<StatusCode>0x8004C[0-9A-F]{3}<\/StatusCode>/i,
        weight: 0.9,
        own: true,
      },
    ],
    // The fault's own StatusCode where it says more: 0x8004C600 DRM_E_SERVER_INTERNAL_ERROR and 0x8004C602
    // DRM_E_SERVER_DEVICE_LIMIT_REACHED, each a 500 SOAP fault from RightsManager.AcquireLicense
    // (https://learn.microsoft.com/en-us/playready/advanced/testservers/testing-server-exceptions).
    codes: [
      {
        from: 'body',
        pattern: /<StatusCode>0x(8004C60[02])<\/StatusCode>/i,
        keys: codeKeys('playready-internal:8004C600|playready-device-limit:8004C602'),
      },
    ],
  },
  {
    id: 'yoti',
    name: 'Yoti (age and identity checks)',
    kind: 'platform',
    markers: [
      // Its age-check API, https://age.yoti.com/api/v1/sessions/…, a service's gate before adult or age-rated content
      // (its documentation, https://developers.yoti.com/age-verification-headless/handle-the-image).
      { on: 'host', key: 'age.yoti.com', weight: 0.9, own: true },
    ],
  },
  {
    id: 'nagra',
    name: 'NAGRA licence service',
    kind: 'platform',
    markers: [
      // Its Widevine licence service on its own hosts, https://ssolab1.nagra.com/netssp/NETKIM2T/wvls/contentlicenseservice/v1/licenses
      // (answering 415 to a request without its nv-authorizations token, https://github.com/google/ExoPlayer/issues/4125).
      { on: 'host', key: 'nagra.com', weight: 0.85 },
    ],
  },
  {
    id: 'pallycon',
    name: 'PallyCon (DoveRunner) multi-DRM licence service',
    kind: 'platform',
    markers: [
      // Its licence server, https://license.pallycon.com/ri/licenseManager.do, answers a refusal with HTTP 200 and
      // {"errorCode": "…", "message": "…"} (its documentation, daniel-inka/pallycon-docs-v3@7241efe3e396b1563f50397b655954ba651eca14:
      // content/multidrm/clients/multidrm-native-integration.en.md).
      { on: 'host', key: 'license.pallycon.com', weight: 0.95, own: true },
      // Its other licence hosts answer the same endpoints, /ri/licenseManager.do and /ri/fpsKeyManager.do (review).
      {
        on: 'url',
        key: 'licence endpoint',
        value: /^https?:\/\/[\w.-]{1,80}\.pallycon\.com\/ri\//,
        weight: 0.9,
        own: true,
      },
    ],
    // Its error codes (content/multidrm/license/license-errorcode.en.md, the same commit): the licence token refused
    // (7009–7019), the device's certificate revoked (7110), the service's own plan (1002, 1004, 1005), the playback
    // period not begun or over (8710, 8711).
    codes: [
      {
        from: 'body',
        pattern: /"errorCode"\s*:\s*"?(\d{4})\b/,
        keys: codeKeys(
          'pallycon-token:7009 7010 7011 7012 7013 7016 7018 7019|pallycon-revoked:7110|' +
            'pallycon-plan:1002 1004 1005|pallycon-period:8710 8711',
        ),
      },
    ],
  },
  {
    id: 'uplynk',
    name: 'Uplynk (ex-Verizon Media / Edgio video platform)',
    kind: 'platform',
    markers: [
      // Stream hosts *.uplynk.com: WAPPALYZER u.json "Uplynk" (dom video[src*='.uplynk.com/'], CSP \.uplynk\.com).
      { on: 'host', key: 'uplynk.com', weight: 0.9 },
    ],
  },
  {
    id: 'aws-mediatailor',
    name: 'AWS Elemental MediaTailor',
    kind: 'platform',
    markers: [
      // Session/manifest endpoint https://<id>.mediatailor.<region>.amazonaws.com/v1/master/hls/<config>/…
      // (https://docs.aws.amazon.com/mediatailor/latest/ug/common-integration-issues.html).
      {
        on: 'url',
        key: 'mediatailor-endpoint',
        value: /^https?:\/\/[^/?#]+\.mediatailor\.[a-z0-9-]+\.amazonaws\.com\//,
        weight: 0.95,
      },
      // Its own errors on its endpoint, with AWS's x-amzn-ErrorType as API Gateway's are: a manifest it failed to build
      // (its playback errors' curl -vvv, awsdocs/aws-elemental-mediatailor-user-guide@c076acb5cac8616cabecb7506a4ead2aaa75dea0:
      // doc_source/playback-errors.md). Not on a 403: there the viewer's own proxy may answer (review).
      {
        on: 'url',
        key: 'mediatailor-endpoint (its own error)',
        value: /^https?:\/\/[^/?#]+\.mediatailor\.[a-z0-9-]+\.amazonaws\.com\//,
        weight: 0.95,
        own: true,
        // Its documented 400, 404 and 409 too (BadRequest, NotFound, Conflict: review); not a 403.
        statuses: [400, 404, 409, 500, 502, 503, 504],
      },
    ],
  },
  {
    id: 'aws-mediapackage',
    name: 'AWS Elemental MediaPackage',
    kind: 'platform',
    markers: [
      // Channel hosts <id>.mediapackage.<region>.amazonaws.com (…/in/v1/… where MediaLive pushes:
      // awsdocs/aws-elemental-medialive-user-guide@b3bd3386e5b17bd4b071df9c8526e9899f371e3e:doc_source/hls-example-mediapackage.md);
      // its origin endpoints answer players on the same hosts. With CDN authorization on, it refuses a playback request without the CDN's
      // header code (https://docs.aws.amazon.com/mediapackage/latest/ug/encryption-static-key-set-up.html;
      // v2: 403 on a X-MediaPackageV2-CDNIdentifier mismatch, https://docs.aws.amazon.com/mediapackage/latest/userguide/cdn-auth-troubleshooting.html).
      {
        on: 'url',
        key: 'mediapackage-endpoint',
        value: /^https?:\/\/[^/?#]+\.mediapackage\.[a-z0-9-]+\.amazonaws\.com\//,
        weight: 0.95,
      },
    ],
  },
  {
    id: 'azure-media-services',
    name: 'Azure Media Services',
    kind: 'platform',
    markers: [
      // Streaming endpoints <account>.streaming.mediaservices.windows.net/<locator>/<name>.ism/manifest(format=…) and
      // licence delivery <account>.keydelivery.mediaservices.windows.net/Widevine/?KID=… (a Microsoft engineer's
      // answer in https://github.com/MicrosoftDocs/azure-docs/issues/21553). The service was retired in 2024: the
      // host names a stream that may no longer exist.
      { on: 'host', key: 'streaming.mediaservices.windows.net', weight: 0.9 },
      { on: 'host', key: 'keydelivery.mediaservices.windows.net', weight: 0.9 },
      // Its v3 streaming endpoints, "{servicename}-{accountname}-{regionname}.streaming.media.azure.net"
      // (https://learn.microsoft.com/zh-cn/azure/media-services/latest/stream-streaming-endpoint-concept).
      { on: 'host', key: 'streaming.media.azure.net', weight: 0.9 },
    ],
  },
  {
    id: 'vdocipher',
    name: 'VdoCipher',
    kind: 'platform',
    markers: [
      // Its players' licence server license.vdocipher.com, whose refusals carry a 4-digit code: 2013 time expired,
      // 2014 domain not allowed, 2015 IP or region blocked… (https://www.vdocipher.com/docs/drm/player/license-errors).
      { on: 'host', key: 'license.vdocipher.com', weight: 0.9 },
    ],
  },
  {
    id: 'mediastream',
    name: 'Mediastream (Latin American video platform)',
    kind: 'platform',
    markers: [
      // Its delivery host for the channels it streams (mdstrm.com/live-stream-playlist/<id>.m3u8; yt-dlp's extractor,
      // yt-dlp/yt-dlp@87f7b149956e12479618138152a7fc39570ffcb9:yt_dlp/extractor/mediastream.py), answering a Colombian
      // channel's refused live signal in its own words (https://github.com/iptv-org/iptv/issues/21854).
      { on: 'host', key: 'mdstrm.com', weight: 0.85 },
      // Its OTT platform's API, next.platform.mediastre.am/graphql, refusing a call without its client's credentials,
      // {"status":"ERROR","error":"UNAUTHORIZED_REQUEST"} (iptv-org/epg@770b9c856d3899f4e4d326db0732d5590afeb963:
      // sites/winplay.co/winplay.co.test.js).
      // That host only: a CDN's own answer on its other hosts keeps its name (review "79.").
      { on: 'host', key: 'next.platform.mediastre.am', weight: 0.85, own: true },
    ],
  },
  {
    id: 'mangomolo',
    name: 'Mangomolo (video platform)',
    kind: 'platform',
    markers: [
      // Its delivery hosts, <channel>.cdn.mangomolo.com, answering a country it does not serve "Sorry, our service is
      // currently not available in your region" (SABC's channels, https://github.com/iptv-org/iptv/pull/39611).
      { on: 'host', key: 'mangomolo.com', weight: 0.85 },
    ],
  },
];
