/**
 * The words in which refusals state their own cause (src/knowledge/refusals/stated.ts reads them), each copied
 * from a real page, API answer or client's test, its source beside it. Data only: the extension's worker reads
 * these tables from its knowledge file when a refusal first needs them (src/knowledge/shipped.ts).
 */
import type { Layer } from '../../types.ts';

/** [phrase, layer]. `waf` phrases count only in pages (HTML or text): an API's JSON is the service speaking. */
export const STATED: readonly (readonly [string, Layer])[] = [
  // HAProxy's stock 403 errorfile, sent by an `http-request deny` rule (https://github.com/Ekultek/WhatWaf/issues/212).
  ['request forbidden by administrative rules', 'waf'],
  // A download mirror blocking a network or client that fetches too much, TUNA's (Tsinghua's) page in four languages,
  // "We have detected enormous traffic from your network or client and have blocked your requests to ensure the quality
  // of service for normal users." (https://github.com/tuna/issues/issues/2101): a volume rule, not a firewall's verdict.
  ['we have detected enormous traffic from your network or client', 'rate-limit'],
  // A signed request refused for the time it carries: HERE's OAuth token service, "Invalid Authorization header,
  // timestamp doesn't match server time." on a 401 (its client's clock was off,
  // https://github.com/CityofToronto/bdit_data-sources/issues/492). The device's clock (the guide's device layer), which
  // outranks the header's complaint beside it.
  ["timestamp doesn't match server time", 'device'],
  // The same in other services' words, each refusing a signed request or a token for the time it carries: Azure AD's
  // AADSTS50012 "Client assertion is not within its valid time range." (https://github.com/AzureAD/azure-activedirectory-library-for-java/issues/46),
  // Google's token service "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe.
  // Check your iat and exp values…" (https://github.com/spatie/laravel-analytics/issues/231), Binance's -1021 "Timestamp
  // for this request is outside of the recvWindow." (https://github.com/ccxt/php-binance-api/issues/161), Hawk's "Stale
  // timestamp" (https://github.com/outmoded/scarecrow/issues/7), Tuya's 1013 "request time is invalid"
  // (https://github.com/tuya/tuya-homebridge/issues/95), Azure Storage's "Request date header too old"
  // (https://github.com/Azure/azure-sdk-for-js/issues/5433): the caller's clock, which the review of the seventy-third
  // as each thread found.
  ['client assertion is not within its valid time range', 'device'],
  ['short-lived token (60 minutes) and in a reasonable timeframe', 'device'],
  ['timestamp for this request is outside of the recvwindow', 'device'],
  // Hawk's, as its server words it in the message ("Error: Stale timestamp") and its challenge header (error="Stale
  // timestamp"): "stale timestamp" alone is an edit conflict's (review of the seventy-third batch).
  ['error: stale timestamp', 'device'],
  ['error="stale timestamp"', 'device'],
  ['request date header too old', 'device'],
  // A device the directory must know and does not, or must authenticate and did not: Azure AD's AADSTS50097 "Device
  // authentication is required." (https://github.com/Azure/azure-powershell/issues/13193) and AADSTS700003 "Device object
  // was not found in the tenant '…' directory." (https://github.com/AzureAD/azure-activedirectory-library-for-java/issues/294).
  // With its code: "device authentication is required" alone is a bank's or a TV activation's login (review).
  ['aadsts50097: device authentication is required', 'device'],
  ['device object was not found in the tenant', 'device'],
  // Google Play refusing an item for the device asking, "Your device is not compatible with this item."
  // (3052/google@0635204c3452a6299c2f9e398741c1873a52c92b:blog/2023-09-26/tower-of-saviors.md, the tool's print of Play's answer).
  ['your device is not compatible with this item', 'device'],
  // JioTV's login open only to the operator's own numbers, {"code":1002,"message":"Please login with a Jio phone
  // number"} (https://github.com/JioTV-Go/jiotv_go/issues/455): the subscription it asks for, not the password.
  ['please login with a jio phone number', 'account'],
  // Digi Online's error 304, "Pentru acces la acest continut trebuie sa aveti abonament la acest serviciu." (to reach this
  // content you need a subscription to this service; moromete/plugin.video.digionline@fed0bd108ddb4f0c68d9a94214e9751d08d0e22c:changelog.txt, as its API
  // answers it): the plan.
  ['trebuie sa aveti abonament', 'account'],
  // OpenAthens refusing a resource the member's organisation has not opened to them, "Sorry, access to this resource has
  // been restricted by your organisation" (OA-AP-4032, its end-user error list,
  // https://docs.openathens.net/libraries/end-user-facing-error-messages): the account's entitlements.
  ['access to this resource has been restricted by your organisation', 'account'],
  ['access to this resource has been restricted by your organization', 'account'],
  // Cloudflare WARP's registration refusing another device, {"errors":[{"code":1056,"message":"Too many connected devices."}]}
  // (https://github.com/totoroterror/warp-cloner/issues/28), and Windscribe's "You have reached your limit of WireGuard
  // keys" (error 1313, https://github.com/celzero/firestack/issues/221): the account's device allowance.
  ['you have reached your limit of wireguard keys', 'account'],
  // Bright Data's Web Unlocker for an account not yet verified, "Requested site is not available for immediate access
  // mode in accordance with robots.txt. Ask your account manager to get full access…" in its x-brd-error header
  // (https://docs.brightdata.com/scraping-automation/web-unlocker/error-codes): the account's access level.
  ['not available for immediate access mode', 'account'],
  // Naver TV's notice, "According to the request of the right holder, the clip is not available in your country."
  // (https://github.com/ytdl-org/youtube-dl/issues/15886; the sentence its extractor looks for,
  // yt-dlp/yt-dlp@197224b7a4e37a6581bf1a0da18d0f67ea61a476:youtube_dl/extractor/naver.py).
  ['according to the request of the right holder, the clip is not available in your country', 'geo'],
  // Adobe Pass (TV provider sign-in) in its v1 API's XML: "User not authorized" with "Your subscription package does not
  // include the "…" channel." and "Authentication token expired" (AdobeDocs/pass.en@59a46801252cc0677087cdc58f344edfea342971
  // :help/authentication/, its REST API v1 pages); the ABC app's "0033:The customer is not authorized for the content
  // requested" (https://github.com/ytdl-org/youtube-dl/issues/12472).
  ['your subscription package does not include', 'account'],
  ['authentication token expired', 'auth'],
  ['the customer is not authorized for the content requested', 'account'],
  // A train's or a plane's Wi-Fi filtering a category, "The page you tried to visit cannot be accessed because it
  // contains content belonging to the category of: Adult. AmtrakConnect blocks access to selected sites…"
  // (https://gratuitousviolins.blogspot.com/2010/11/amtraks-questionable-wi-fi-filter.html): the gateway's filter.
  ['because it contains content belonging to the category of', 'waf'],
  // A sending account still in its sandbox or trial, sending where it may not: Amazon SES's MessageRejected, "Email
  // address is not verified." (https://github.com/django-ses/django-ses/issues/16), Mailgun's "Sandbox subdomains are for
  // test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings."
  // (https://github.com/LaravelRUS/laravel.ru/issues/74): the account's state, not the request.
  ['email address is not verified', 'account'],
  ['sandbox subdomains are for test purposes only', 'account'],
  // Wowza Video's API for an account whose billing needs attention, ERR-401-TrialExceeded "Your billing status needs
  // attention. You can't start or add live streams until your billing status is updated." (its OpenAPI spec,
  // liveinstantly/wowza-video-rest-api-client@fc4c546b85ebac753151f02c40f6a48251096e62:original-api-specs/WowzaVideo-REST-v1.9-swagger-20230118.json).
  ['until your billing status is updated', 'account'],
  // ngrok's page for a tunnel whose owner it banned, ERR_NGROK_3208 "The account associated with this hostname has
  // been banned." (https://github.com/KURO-CODE/Skeleton/issues/5): the site's account, which its visitor cannot change.
  ['the account associated with this hostname has been banned', 'account'],
  // Netflix's player to a viewer it sees behind an unblocker (its error M7111-5059 / S7111-1331-5059), "You seem to be
  // using an unblocker or proxy. Please turn off any of these services and try again." (through a Smart DNS and SNI
  // proxy, https://github.com/ab77/netflix-proxy/issues/177; https://github.com/dlundquist/sniproxy/issues/324): the
  // network the viewer came through (geo, as the guide's layers have it). Also a short page's whole notice (GEO_NOTICES).
  ['you seem to be using an unblocker or proxy', 'geo'],
  // Craigslist's block of an address it judged abusive, as a 403's text: "This IP has been automatically blocked." then
  // an address to write to (https://github.com/VikParuchuri/apartment-finder/issues/9).
  ['this ip has been automatically blocked', 'waf'],
  // Mailchimp's API front refusing a client it finds suspicious, as a 503's text: "Request Blocked. We had to block your
  // request because of something that looked suspicious." (https://github.com/ibericode/mailchimp-for-wordpress/issues/644).
  ['we had to block your request because of something that looked suspicious', 'waf'],
  // A Korean web firewall's block notice, as mybluelink.ca answered Hyundai's app with HTTP 200 ("The request / response
  // that are contrary to the Web firewall security policies have been blocked." then "Detect time", "Detect client IP",
  // https://github.com/Hyundai-Kia-Connect/kia_uvo/issues/860).
  ['the request / response that are contrary to the web firewall security policies have been blocked', 'waf'],
  // Web filters and firewalls without a product name (WhatWaf "Unknown Firewall" reports):
  // https://github.com/Ekultek/WhatWaf/issues/880 (502 "Web Filter"), /issues/743 (ISP, HTTP 200),
  // /issues/111 (served as 404), /issues/315 (CDN edge), /issues/137 (served as 500), /issues/59, /issues/913.
  ['your request has been denied for security reason', 'waf'],
  ['you have been blocked in view of security concerns', 'waf'],
  ['being blocked by our system policy', 'waf'],
  ["error_403 = 'request denied'", 'waf'],
  ['malicious activity', 'waf'],
  // A German bot check's title, "Ich bin kein Roboter" (I am not a robot) on ImmobilienScout24's 405
  // (https://github.com/flathunters/flathunter/issues/119): as a title only, since it is also reCAPTCHA's
  // German checkbox label on any login form.
  ['<title>ich bin kein roboter', 'waf'],
  // A German site's firewall: "Banned - Attack detected! … Dieser Angriff wurde erkannt und blockiert" (this attack
  // was detected and blocked; https://github.com/Ekultek/WhatWaf/issues/53).
  ['dieser angriff wurde erkannt und blockiert', 'waf'],
  ['your request looks suspicious', 'waf'],
  // Tinyproxy's filter refusing a site its owner's list keeps out, "<title>403 Filtered</title>" (a parent's whitelist,
  // https://github.com/tinyproxy/tinyproxy/issues/243).
  ['<title>403 filtered</title>', 'waf'],
  // An organisation's proxy page that let only its approved browser out, "You are not using an approved web browser"
  // (the npm registry's answer replaced by it, https://github.com/npm/npm/issues/14642).
  ['you are not using an approved web browser', 'waf'],
  // Kaspersky's web protection in the viewer's own computer, "Visiting a dangerous website has been prevented … You were
  // protected from visiting this website by Kaspersky" in place of a download (https://github.com/SpotX-Official/SpotX/issues/440).
  ['visiting a dangerous website has been prevented', 'device'],
  // Alibaba Cloud CDN's CC protection, "…You have requested too frequently" (https://aliyuncs.cn/post-796.html): a limit.
  ['you have requested too frequently', 'rate-limit'],
  // Google's bot check (its /sorry/ page, served as 429 or 503): "Our systems have detected unusual traffic from your
  // computer network" (https://github.com/getlantern/forum/issues/2891, https://github.com/VT-CHCI/google-scholar/issues/6),
  // in Chinese "我们的系统检测到您的计算机网络中存在异常流量" (https://github.com/FelisCatus/SwitchyOmega/issues/814).
  ['our systems have detected unusual traffic', 'waf'],
  // Amazon's robot check on a product page, "Sorry, we just need to make sure you're not a robot" above
  // /errors/validateCaptcha (https://github.com/eyalzek/price-alert/issues/15). Not the comment "To discuss automated
  // access to Amazon data…": every one of its error pages carries it, its 404 and its 500 too (review).
  ["sorry, we just need to make sure you're not a robot", 'waf'],
  ['我们的系统检测到您的计算机网络中存在异常流量', 'waf'],
  // bilibili's API for a viewer outside the programme's region: {"code":-10403,"message":"抱歉您所在地区不可观看！"}
  // (sorry, not viewable in your region; https://github.com/ipcjs/bilibili-helper/issues/984).
  ['您所在地区不可观看', 'geo'],
  // Docker Hub's answer to an address in a sanctioned country, "…we now block all IP addresses that are located in Cuba,
  // Iran, North Korea…" (https://github.com/MatinSenPai/Zanjir/issues/1).
  ['we now block all ip addresses that are located in', 'geo'],
  // Sky's OTT platform (SkyShowtime, NOW) asked for tokens without its login, 400 {"errorCode": "OVP_00001",
  // "description": "Missing mandatory data: authToken"} (https://github.com/Paco8/plugin.video.skyott/issues/12).
  ['missing mandatory data: authtoken', 'auth'],
  // 1fichier refusing its premium service from a data centre's or VPN's address, "Premium status is only allowed to be
  // used on residential private and dedicated - internet connexion - …" (https://github.com/pyload/pyload/issues/4371).
  ['premium status is only allowed to be used on residential', 'geo'],
  // OVHcloud's API for a call its application key may not make, {"message":"This call has not been granted",
  // "errorCode":"NOT_GRANTED_CALL"} (https://github.com/ovh/php-ovh/issues/102).
  ['this call has not been granted', 'auth'],
  // Scaleway's API refusing an option its offer lacks, 503 {"message":"cloud-init is not supported on this offer"}
  // (scaleway/terraform-provider-scaleway@b2d45ed4bd720e127167f80f1e0b86c7833577e6, its cassettes).
  ['is not supported on this offer', 'app'],
  // Youku's note for a video shown in mainland China only, "抱歉，此视频只限于中国内地播放。 Sorry, this video can only be
  // streamed within Mainland China." (https://github.com/ytdl-org/youtube-dl/issues/6377).
  ['只限于中国内地播放', 'geo'],
  ['can only be streamed within mainland china', 'geo'],
  ['请求已被拦截', 'waf'],
  // Huawei Cloud WAF's 418 title "访问被拦截！" (access intercepted, https://github.com/Ekultek/WhatWaf/issues/1520);
  // a Russian block page titled "Ваш запрос показался нам подозрительным и был заблокирован!" (your request
  // seemed suspicious to us and was blocked, https://github.com/Ekultek/WhatWaf/issues/1481).
  ['访问被拦截', 'waf'],
  ['показался нам подозрительным', 'waf'],
  // Block-page wording shared by many products (Indusface, RedShield, Alibaba: src/knowledge/vendors/rows/).
  ['your request was blocked', 'waf'],
  // A cloud firewall's page without its maker's name, "461 请求被WEB防火墙拦截 … Blocked by Cloud WAF" (request stopped by
  // the web firewall, https://github.com/Ekultek/WhatWaf/issues/856).
  ['请求被web防火墙拦截', 'waf'],
  // Kuaishou's API for a request whose signature it could not verify, {"result":50,…,"error_msg":"签名验证失败"}
  // (signature verification failed; https://github.com/wujunwei928/parse-video/issues/45): its rule about the client.
  // Whole only: a payment API's SIGN_ERROR on a 401 says it beside its own code (review "79.").
  ['blocked by cloud waf', 'waf'],
  // JW Player's management API for a key that may not make the call, 403 {"error": {"code": 403, "description":
  // "Forbidden, this API token is not authorized to make this call"}} (jwplayer/jwplatform-docs@fe807fc0ab08c727262a5d0751c525ff1023fb57:
  // docs/management-api/advertising.md).
  ['this api token is not authorized', 'auth'],
  // Wistia's upload API at the plan's limit, 400 {"error": "This account has exceeded its video limit. Please upgrade to
  // upload more videos."} (wistia/wistia-open-docs@3e3050fbaa1c6c9e21b45f5b672e5c0f8e238112:_posts/upload-api.md).
  ['this account has exceeded its video limit', 'account'],
  // "Your request has been blocked" (RedShield, Alibaba), "This request has been blocked" (/issues/799).
  ['request has been blocked', 'waf'],
  ['has been blocked for security', 'waf'],
  ['<title>web page blocked</title>', 'waf'],
  // F5's block sentence, kept by operators who reword the rest of the page (https://github.com/Ekultek/WhatWaf/issues/1163).
  ['the requested url was rejected', 'waf'],
  // Identifiers a security event gets on its block page: "Incident ID" (https://github.com/Ekultek/WhatWaf/issues/932),
  // "Support ID" (/issues/57, /issues/1371).
  ['incident id', 'waf'],
  ['support id', 'waf'],
  // Rate limits stated in the body or the reason phrase of a 403: GitHub's API
  // (https://github.com/hub4j/github-api/issues/220, https://github.com/rook/rook/issues/7482,
  // https://github.com/inaka/erlang-github/pull/27); RFC 6585 §4's reason phrase in a page.
  ['rate limit exceeded', 'rate-limit'],
  ['abuse detection mechanism', 'rate-limit'],
  ['too many requests', 'rate-limit'],
  // GitHub's secondary limits, in a 403's JSON: "You have exceeded a secondary rate limit" (https://github.com/hisxo/gitGraber/issues/41;
  // https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits).
  ['secondary rate limit', 'rate-limit'],
  // The same limit in other languages: Tomcat's French status text "Trop de requêtes"
  // (apache/tomcat@03f08414612c19cdf5c6adde0160bd74d89b60c8:java/org/apache/catalina/valves/LocalStrings_fr.properties),
  // Laravel's "Too Many Requests" and "Too many login attempts" (Laravel-Lang/lang@bd286f095bdfa2ec4607994af45f1a9f037de112:
  // locales/{fr,es,it,de,ru}/{json,php}.json).
  ['trop de requêtes', 'rate-limit'],
  ['tentatives de connexion trop nombreuses', 'rate-limit'],
  ['demasiadas peticiones', 'rate-limit'],
  ['troppe richieste', 'rate-limit'],
  ['zu viele anfragen', 'rate-limit'],
  ['слишком много запросов', 'rate-limit'],
  // A streaming service's cap on simultaneous streams is the account's limit: Crunchyroll's play service
  // answers 420 {"error":"TOO_MANY_ACTIVE_STREAMS"} (https://github.com/anidl/multi-downloader-nx/issues/1301,
  // /issues/728), the same cause as an IPTV line's full connections.
  ['too_many_active_streams', 'account'],
  ['too many active streams', 'account'],
  // An API key refused, in an API's own problem JSON: Naver's {"title":"Invalid API-KEY","type":"urn:naver:api:problem:invalid-apikey"}
  // (https://github.com/naver/searchad-apidoc/issues/445).
  ['invalid api-key', 'auth'],
  // Vietnamese: Viettel's TV360 API, {"errorCode":412,"message":"Xác thực hết hạn. Vui lòng đăng nhập lại…"}
  // ("authentication expired, please log in again"; oneclickvirt/UnlockTests@74a032131194ebd63ffd88c15bd98158de32cb6c:vn/TV360.go).
  // Not "Vui lòng đăng nhập lại" (please log in again) alone: apps add it to "signed in on another device"
  // (an account's limit), review.
  ['xác thực hết hạn', 'auth'],
  // A company's web filter refusing a category of sites: Zscaler's "This action is blocked because of the following
  // reason: Not allowed to browse FileHost category" (https://github.com/screenpipe/screenpipe/issues/6264). The
  // network the viewer is on, not the site. Not "not allowed to browse" alone: apps say it of their own permissions
  // ("You are not allowed to browse this forum", review).
  ['this action is blocked because of the following reason', 'network'],
  // A provider's parental filter the account holder keeps on, BT's notice "… has been blocked by BT Parental Controls
  // because the account holder has Strict filters on." (citizenlab/blockpages@672fdfc4fdcd829bc23eb9add9ed8e6da05eb949:html/uk-bt.html): the filter's
  // refusal, lifted in the account's settings. Named: a service's own "blocked by parental controls" is its account
  // setting (Jellyfin's schedule), review of the seventy-second batch.
  ['has been blocked by bt parental controls', 'waf'],
  // PeerTube refusing a federated request whose HTTP signature its checker could not verify, 403 {"detail":"ActivityPub
  // signature could not be checked"} (https://github.com/purifetchi/Toki/issues/33; Chocobozzz/PeerTube:
  // server/middlewares/activitypub.ts, checkSignature): the signing server's credential.
  ['activitypub signature could not be checked', 'auth'],
  // A client certificate the server requires and did not get: nginx's "400 No required SSL certificate was sent",
  // which Azure Application Gateway answers in its own name (ronaldbosma/blog@28a12555, the post on validating
  // client certificates in API Management behind Application Gateway). The certificate is the client's credential.
  ['no required ssl certificate was sent', 'auth'],
  // A geo rule stated by the service (https://github.com/phate89/Mediaset-Play-plugin.video.videomediaset/issues/53).
  ['not available in your location', 'geo'],
  // A site's shield refusing a whole provider's addresses, "87% of connections from your network have been flagged as
  // abusive" (https://github.com/axllent/mailpit/issues/250).
  ['of connections from your network have been flagged as abusive', 'waf'],
  // Plesk's XML API for a call without credentials, errcode 1029 "Authentication method is not specified"
  // (https://github.com/plesk/api-examples/issues/7).
  ['authentication method is not specified', 'auth'],
  // A debugging proxy on the recorder's own machine that could not reach the site, Charles's error page "Failed to connect
  // to remote host" (forestlioooooo/har-file-fetcher@ff8652178ad2885edc4d98c64a548e759c5d1f3d:
  // test.har): the way, not the service.
  ['charles failed to connect to the remote host', 'network'],
  // MX Player's page from abroad, "Oops!!! We are currently not available in your region." (https://github.com/yt-dlp/yt-dlp/issues/15968):
  // the service about itself; "some channels are not available in your region" is a note (review).
  ['we are currently not available in your region', 'geo'],
  // French broadcasters say it in French: TF1 "cette vidéo n'est pas accessible depuis votre zone géographique"
  // (https://github.com/streamlink/streamlink/issues/2863), France Télévisions "Votre opérateur vous localise
  // dans une zone pour laquelle cette vidéo n’est pas disponible" (https://github.com/yt-dlp/yt-dlp/issues/10163).
  ['depuis votre zone géographique', 'geo'],
  // Dailymotion's player error DM007 "Video geo-restricted by the owner." (https://github.com/ytdl-org/youtube-dl/pull/7212);
  // Twitch's usher answering a playlist request with "Content Restricted In Region"
  // (https://github.com/RakambdaOrg/ChannelPointsMiner/issues/783).
  ['geo-restricted', 'geo'],
  ['restricted in region', 'geo'],
  ['vous localise dans une zone', 'geo'],
  // ICI Tou.tv's API "Le contenu sélectionné n'est pas disponible dans votre pays" (https://github.com/bvanheu/pytoutv/issues/43);
  // Mediaset's "Questo video non è disponibile per il tuo paese" (phate89/Mediaset-Play-plugin.video.videomediaset#11);
  // ARD's "Aus rechtlichen Gründen kann dieser Beitrag nur in Deutschland angezeigt werden" (ytdl-org/youtube-dl#11063);
  // RTVE's "Este contenido tiene restringidos los derechos de emisión en su ubicación" (ytdl-org/youtube-dl#31241);
  // ivi.ru "Контент недоступен для показа в вашем регионе" (ytdl-org/youtube-dl#10400); rutube "Правообладатель
  // ограничил доступ к данному видео в вашем регионе" (zhovner/zaborona_help#90); bilibili's -10403
  // "抱歉您所在地区不可观看" (ipcjs/bilibili-helper#725; its row is the one above, with #984).
  ["n'est pas disponible dans votre pays", 'geo'],
  ['non è disponibile per il tuo paese', 'geo'],
  ['nur in deutschland angezeigt werden', 'geo'],
  ['restringidos los derechos de emisión en su ubicación', 'geo'],
  ['недоступен для показа в вашем регионе', 'geo'],
  ['ограничил доступ к данному видео в вашем регионе', 'geo'],
  // Tencent Video's "您所在区域暂无此内容版权" (no rights to this content in your region), as yt-dlp reads it
  // (yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/tencent.py).
  ['您所在区域暂无此内容版权', 'geo'],
  // Anubis's block page in its own translations, "…if you think you should not be blocked…"
  // (TecharoHQ/anubis@2f45638a6391b4595ea469ed3d7a12ab73249320:lib/localization/locales/{fr,es,it,de,pt-BR}.json).
  ['vous ne devriez pas être bloqué', 'waf'],
  ['no deberías estar bloqueado', 'waf'],
  ['di non dover essere bloccato', 'waf'],
  ['dass du nicht blockiert werden solltest', 'waf'],
  ['não deveria estar bloqueado', 'waf'],
  // Alibaba Cloud WAF's Chinese page, "…your access was blocked; ask the system's administrator to allow-list
  // you" (https://github.com/LeetCode-Feedback/LeetCode-Feedback/issues/9725, /issues/26358); 360 AnYu's
  // "已被安域防护拦截" (https://github.com/Ekultek/WhatWaf/issues/101).
  ['请联系该业务系统管理员加白', 'waf'],
  ['已被安域防护拦截', 'waf'],
  // A Persian block page: "دسترسی شما بدلیل مسائل امنیتی مسدود شده است" (your access has been blocked for
  // security reasons; contact support) (https://github.com/m-ahmadi/tse-client/issues/5).
  ['بدلیل مسائل امنیتی مسدود', 'waf'],
  // An account refused in other languages: Symfony's security messages for "Account has expired / is locked /
  // is disabled" (symfony/security-core@9c500351095c7472b5c2f33a3accad8cc1a23f5b:Resources/translations/security.{fr,es,de,pt,ru}.xlf),
  // and the Stalker portal's "The number of connections is limited" and "Your STB is blocked" as its Spanish,
  // Italian, German and Russian catalogues put them
  // (iptvhakr/stalker_portal@72deceee1e32ea00cf33ecf2376b80902ab11134:server/locale/{es,it,de,ru}/LC_MESSAGES/stb.po).
  ['le compte a expiré', 'account'],
  ['le compte est bloqué', 'account'],
  ['le compte est désactivé', 'account'],
  ['la cuenta ha expirado', 'account'],
  ['der account ist gesperrt', 'account'],
  ['a conta expirou', 'account'],
  ['учетная запись заблокирована', 'account'],
  ['el número de conexiones es limitado', 'account'],
  ['il numero di connessioni è limitato', 'account'],
  ['количество подключений ограничено', 'account'],
  ['su receptor está bloqueado', 'account'],
  ['il vostro stb è bloccato', 'account'],
  ['deine stb ist blockiert', 'account'],
  // Translations the software ships, per language (review 2026-12-04, a sweep without the held-out sets):
  // Laravel's "Too Many Requests" and "Too many login attempts" (Laravel-Lang/lang@bd286f095bdfa2ec4607994af45f1a9f037de112:
  // locales/{ar,tr,nl,pl,fa,id,vi,zh_CN,zh_TW,ja,ko}/json.json, locales/{es,ru,ar,pt_BR}/php.json).
  ['طلبات كثيرة جدًا', 'rate-limit'],
  ['çok fazla istek', 'rate-limit'],
  ['te veel serververzoeken', 'rate-limit'],
  ['zbyt dużo zapytań', 'rate-limit'],
  ['درخواست های ارسال شده زیاد است', 'rate-limit'],
  ['terlalu banyak permintaan', 'rate-limit'],
  ['quá nhiều yêu cầu', 'rate-limit'],
  ['请求次数过多', 'rate-limit'],
  ['要求次數過多', 'rate-limit'],
  ['リクエストが多すぎます', 'rate-limit'],
  ['너무 많은 요청', 'rate-limit'],
  ['demasiados intentos de acceso', 'rate-limit'],
  ['слишком много попыток входа', 'rate-limit'],
  ['عدد كبير جدا من محاولات الدخول', 'rate-limit'],
  ['número limite de tentativas de login foi atingido', 'rate-limit'],
  // Symfony's "Account has expired / is locked / is disabled" (symfony/security-core@9c500351095c7472b5c2f33a3accad8cc1a23f5b:
  // Resources/translations/security.<lang>.xlf).
  ['انتهت صلاحية الحساب', 'account'],
  ['la cuenta está bloqueada', 'account'],
  ['la cuenta está deshabilitada', 'account'],
  ['a conta está bloqueada', 'account'],
  ['a conta está expirada', 'account'],
  ["l'account è bloccato", 'account'],
  ['der account ist abgelaufen', 'account'],
  ['der account ist deaktiviert', 'account'],
  ['account is geblokkeerd', 'account'],
  ['account is verlopen', 'account'],
  ['konto jest zablokowane', 'account'],
  ['hesap kilitlenmiş', 'account'],
  ['hesap engellenmiş', 'account'],
  ['время действия учетной записи истекло', 'account'],
  ['حساب کاربری منقضی گردیده', 'account'],
  ['حساب کاربری قفل گردیده', 'account'],
  ['tài khoản đã hết hạn', 'account'],
  ['tài khoản bị khóa', 'account'],
  ['帐号已过期', 'account'],
  ['帐号已被锁定', 'account'],
  ['帳號已被鎖定', 'account'],
  ['アカウントはロックされています', 'account'],
  ['アカウントが有効期限切れです', 'account'],
  // the Stalker portal's "number of connections is limited", "your STB is blocked", "not subscribed"
  // (iptvhakr/stalker_portal@72deceee1e32ea00cf33ecf2376b80902ab11134:server/locale/{nl,pl,uk,ru}/LC_MESSAGES/stb.po).
  ['de aantal verbindingen zijn beperkt', 'account'],
  ['liczba połączeń jest limitowana', 'account'],
  ['кількість підключень обмежена', 'account'],
  ['uw stb is geblokkeerd', 'account'],
  ['twój stb jest zablokowany', 'account'],
  ['ваша приставка отключена', 'account'],
  ['ваша приставка відключена', 'account'],
  ['подписка на услугу отсутствует', 'account'],
  // Anubis's "…if you think you should not be blocked" (TecharoHQ/anubis@2f45638a6391b4595ea469ed3d7a12ab73249320:
  // lib/localization/locales/{tr,nl,pl,ja,vi,zh-CN,zh-TW}.json).
  ['engellenmemeniz gerektiğini düşünüyorsanız', 'waf'],
  ['niet geblokkeerd had moeten worden', 'waf'],
  ['nie powinieneś być blokowany', 'waf'],
  ['ブロックされるべきでない', 'waf'],
  ['không nên bị chặn', 'waf'],
  ['您不应该被封锁', 'waf'],
  ['您不應該被封鎖', 'waf'],
  // ngx_lua_waf's stock page (loveshell/ngx_lua_waf@314a2f62ec350eba9b5d25b55b5b0a723e20a8d0:config.lua).
  ['您的请求带有不合法参数', 'waf'],
  // aaPanel BT-WAF's interception page (aaPanel/BT-WAF@5889f74d5411613ce4cd0e0da25c63fc8f586b4a:modules/config.go).
  ['已被管理员设置的拦截规则所阻断', 'waf'],
  // as yt-dlp's extractors test them: yandexmusic.py (yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/).
  ['ip-адреса, похожи на', 'waf'],
  // as yt-dlp's extractors test them: bilibili.py, mediastream.py, mediastream.py, mediastream.py, tv5mondeplus.py (yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/).
  ['您所在的地区无法观看本片', 'geo'],
  ['debido a tu ubicación no puedes ver el contenido', 'geo'],
  ['no está disponible en tu zona geográfica', 'geo'],
  ['geo fencing restriction', 'geo'],
  ['pas disponible pour votre zone géographique', 'geo'],
  // https://github.com/MajkiIT/polish-ads-filter/issues/5362.
  ['niedostępne w twoim kraju', 'geo'],
  // https://github.com/OpenBMB/MiniCPM-V/issues/946.
  ['尚未覆盖您所在的国家或地区', 'geo'],
  // https://github.com/iv-org/invidious/issues/5525.
  ['turn off your vpn/proxy', 'geo'],
  // Gleam's page for an address in a data centre, "The location (IP Address) you are using is from a data center. To
  // prevent fraud, Gleam blocks entry from these locations." (https://github.com/ultrafunkamsterdam/undetected-chromedriver/issues/737):
  // a rule about the network. Not its advice to turn off a VPN, which many pages give for other errors (review).
  ['you are using is from a data center', 'geo'],
  // Dropbox switching off an account's shared links for their traffic, "Error (509) This account's public links are
  // generating too much traffic and have been temporarily disabled!" (https://github.com/RRUZ/vcl-styles-utils/issues/58;
  // its help page on banned links, https://help.dropbox.com/files-folders/share/banned-links): a limit, not an outage.
  ['public links are generating too much traffic', 'rate-limit'],
  // Pluto TV's stitcher refusing a channel through an address it has retired for the app, 401 "Blacklisted Channel
  // Via V1 HLS" (https://github.com/maddox/pluto-for-channels/issues/29): the service's rule, not a login.
  ['blacklisted channel via', 'app'],
  // Services' own codes and sentences for a refusal, as the clients that handle them test them (a sweep without the
  // held-out sets): sentences, read anywhere; their codes are in VALUE_CODES, read only as whole values.
  // Shine TV: matthuisman/slyguy.addons@cfa4a4965275c147b02536e056731c9c29d5602e:slyguy.shine.tv/resources/lib/api.py
  ['the device limit for your account has been reached', 'account'],
  // Sky OTT platform: https://github.com/Paco8/plugin.video.skyott/issues/40
  ['maximum number of streaming devices exceeded', 'account'],
  // Ooyala/Brightcove Stream Authorization Server: https://docs.brightcove.com/apidocs-ooyala/player_js/OO.ERROR.API.SAS.html
  ['maximum number of concurrent streams', 'account'],
  // DStv Now: https://github.com/matthuisman/slyguy.addons/issues/467
  ['too many concurrent streams', 'account'],
  // sledovanitv.cz: https://github.com/palinek/pvr.sledovanitv.cz/issues/47
  ['pairing limit reached', 'account'],
  // NRK's playback manifest outside Norway, "Ikke tilgjengelig utenfor Norge" (not available outside Norway,
  // https://github.com/ytdl-org/youtube-dl/issues/27456); Ziggo GO's stream limit, "The maximum number of streams has
  // been reached" (https://github.com/dut-iptv/dut-iptv/issues/24).
  ['ikke tilgjengelig utenfor norge', 'geo'],
  ['maximum number of streams has been reached', 'account'],
  // sledovanitv.cz: https://github.com/palinek/pvr.sledovanitv.cz/issues/90
  ['překročili jste limit současně spuštěných streamů', 'account'],
  // Netflix: https://github.com/ab77/netflix-proxy/issues/70
  ['you seem to be using an unblocker or proxy', 'geo'],
  // Netflix: https://github.com/asciidisco/plugin.video.netflix/issues/470
  ['sie scheinen einen unblocker oder proxy zu verwenden', 'geo'],
  // VdoCipher licence server: https://www.vdocipher.com/docs/drm/player/license-errors
  ['not allowed in your region or network', 'geo'],
  // Widevine licence service: https://github.com/shaka-project/shaka-player/issues/4100
  ['revoked certificates are not allowed to receive licenses', 'device'],
  // Dom.ru's API for a session token it no longer takes, "Токен некорректный либо истек" (the token is invalid or has
  // expired, https://github.com/alexmorbo/domru/issues/44); Youku's play API refusing the calling client, "客户端无权播放"
  // (the client may not play, https://github.com/soimort/you-get/issues/2183); sledovanitv.cz's limit of paired
  // devices, "pairing limit reached" (https://github.com/palinek/pvr.sledovanitv.cz/issues/46).
  ['токен некорректный либо истек', 'auth'],
  ['客户端无权播放', 'app'],
  ['pairing limit reached', 'account'],
  // Amazon S3 and S3-compatible stores: minio/minio@7aac2a2c5b7c882e68c1ce017d8256be2feea27f:cmd/api-errors.go
  ['please reduce your request rate', 'rate-limit'],
  // AWS service APIs: https://docs.aws.amazon.com/mpa/latest/APIReference/API_ThrottlingException.md
  ['denied due to request throttling', 'rate-limit'],
  // Azure Blob Storage / Azure CDN SAS URLs: https://github.com/microsoft/AzureStorageExplorer/issues/3219
  ['signature not valid in the specified time frame', 'app'],
  // S3-compatible stores telling a client its own signing failed, "Check your KS3 secret access key and signing method"
  // (Kingsoft's KS3, https://github.com/rclone/rclone/issues/4048), "Check your secret access key and signing method"
  // (Cloudflare R2, https://github.com/durch/rust-s3/issues/355): the caller's key; a signed link is read as its token
  // (src/diagnosis/diagnose.ts).
  ['secret access key and signing method', 'auth'],
  // Janus, the WebRTC gateway whose streaming plugin serves live video, refusing a call without its API secret or
  // token, error 403 JANUS_ERROR_UNAUTHORIZED in its own JSON on HTTP 200
  // (meetecho/janus-gateway@e277486a3ce4276d23ebcd5842e0c58a1ae14b4f:src/apierror.c;
  // https://github.com/meetecho/janus-gateway/issues/3318).
  ['unauthorized request (wrong or missing secret/token)', 'auth'],
  // NRL Live Pass's subscription check (run by YinzCam), {"Reason": "No active subscriptions were found on your
  // account.", "Valid": "false"} (aussieaddons/plugin.video.nrl-live@1d70d1489889e4b286d1d9a713f48ea55bfd5bbf:
  // resources/tests/fakes/json/STATUS_FAIL_RESP.json).
  ['no active subscriptions were found', 'account'],
  // Viafree's (Viaplay Group's) stream links abroad, {"error":{"statusCode":403,"errorCode":1004,"name":
  // "InvalidCountryError","description":"Client is not in a valid country"}} (https://github.com/streamlink/streamlink/issues/4030).
  ['client is not in a valid country', 'geo'],
  // Twilio refusing a call to a country the account has not enabled, error 21215 "Account not authorized to call +…
  // Perhaps you need to enable some international permissions" (https://github.com/instedd/verboice/issues/564): the
  // account's own setting of where it may call, not where the caller is (review).
  ['enable some international permissions', 'account'],
  // Mail senders' sandboxes and identity checks, the account's state: Amazon SES's MessageRejected "Email address is not
  // verified. The following identities failed the check in region …" (https://github.com/mettle/sendportal/issues/94),
  // SendGrid's "The from address does not match a verified Sender Identity"
  // (https://github.com/christianblais/triggerify/pull/99), Postmark's "While your account is pending approval, all
  // recipient addresses must share the same domain" (https://github.com/edenlabllc/ehealth.api/issues/151), WhatsApp
  // Cloud API's test number, "(#131030) Recipient phone number not in allowed list"
  // (https://github.com/Neurotech-HQ/heyoo/issues/80).
  ['email address is not verified. the following identities failed the check', 'account'],
  ['does not match a verified sender identity', 'account'],
  ['while your account is pending approval', 'account'],
  ['recipient phone number not in allowed list', 'account'],
  // Vonage's (Nexmo's) SMS API for a trial account's number not on its list, status 29 "Non White-listed Destination -
  // rejected" (https://github.com/SkygearIO/skygear-server/issues/870).
  ['non white-listed destination', 'account'],
  // Atresplayer's video-link service refusing the link's signature, "Hash no válido" (invalid hash,
  // https://github.com/aabilio/PyDownTV2/issues/107): the service's signed-link rule.
  ['hash no válido', 'app'],
  // Withings' API, status 601 with "Same arguments in less than 10 seconds" and the seconds to wait
  // (https://github.com/kodymallory/MMM-withings/issues/15): its limit on repeated calls.
  ['same arguments in less than 10 seconds', 'rate-limit'],
  // The Internet Archive's lending API for a book the account has not borrowed, {"error":"You do not currently have this
  // book borrowed."} (https://github.com/MiniGlome/Archive.org-Downloader/issues/20): the account's loan.
  ['you do not currently have this book borrowed', 'account'],
  // meWatch (Mediacorp, Singapore) abroad, "You are accessing this item from a location that is not permitted by the
  // license" (https://github.com/wayneclub/Subtitle-Downloader/issues/105).
  ['from a location that is not permitted by the license', 'geo'],
  // NewsAPI's free plan refusing a browser's request, code corsNotAllowed, "Requests from the browser are not allowed on
  // the Developer plan, except from localhost." (https://github.com/Rob--W/cors-anywhere/issues/241): the plan.
  ['not allowed on the developer plan', 'account'],
  // iQIYI's international site, "This video is not available in your region." (https://github.com/ytdl-org/youtube-dl/issues/30500).
  ['this video is not available in your region', 'geo'],
  // Auth0 for a user an administrator blocked, {"error":"unauthorized","error_description":"user is blocked"} on a 401
  // (https://github.com/auth0/docs/pull/4767): the account, which its status does not say.
  // Data APIs' own words: eBay's Finding API for a spent daily call limit, errorId 10001 "Service call has exceeded the
  // number of times the operation is allowed to be called" (https://github.com/timotheus/ebaysdk-python/issues/384);
  // IPQualityScore's "You have exceeded your request quota of 200 per day" (alexreisner/geocoder@8143fce,
  // test/fixtures/ipqualityscore_quota_exceeded); MaxMind's GeoIP update for a licence without that service, "You do not
  // have permission to use this service interface" (https://github.com/tkrs/maxmind-geoipupdate/issues/30); Shodan's
  // "Please upgrade your API plan to use filters or paging." (https://github.com/pielco11/fav-up/issues/2); ScrapingBee's
  // rule for Google, "If you wish to scrape Google, use the custom_google=True parameter"
  // (https://github.com/kotartemiy/pygooglenews/issues/17); Cloudinary's X-Cld-Error for a delivery type its owner
  // turned off, "Images of type fetch are restricted in this account" (https://github.com/cloudinary/pkg-cloudinary-core/issues/3).
  ['has exceeded the number of times the operation is allowed to be called', 'rate-limit'],
  ['you have exceeded your request quota', 'rate-limit'],
  ['you do not have permission to use this service interface', 'account'],
  ['please upgrade your api plan', 'account'],
  ['if you wish to scrape google, use the custom_google', 'app'],
  ['of type fetch are restricted in this account', 'app'],
];

/**
 * Causes that count only as the whole reason phrase or body: inside a login page or an API's error text the
 * same sentence is not the refusal's cause (review). A service that refuses plain HTTP: PyPI's Fastly answered
 * "403 SSL is required" with the body "SSL is required." (https://github.com/wenLiangcan/pip2pkgbuild/pull/11). An
 * Invidious instance whose owner switched its API off, 401 with the body "API disabled" (a Roku client's report,
 * https://github.com/iBicha/playlet/issues/517): the instance's rule, not the viewer's login; on a refusal of access
 * only, a limit's or a server's status keeps its reading (review).
 */
export const WHOLE_ANSWERS: readonly (readonly [RegExp, Layer, (readonly number[])?])[] = [
  // LinkedIn's API to a call whose session token does not match its cookie, "CSRF check failed." on a 403 (a tool's debug
  // log, https://github.com/nodauf/GoMapEnum/issues/12): the session, not a rule about the viewer.
  // With its period only: apps answer "CSRF check failed" for an Origin or Fetch-Metadata check, not a session (review "79.").
  [/^\s*CSRF check failed\.\s*$/, 'auth', [403]],
  // Windy's webcam API without its key, "Missing Header x-windy-api-key" on a 403 (danbri/londat@4411ef3eac8eb67a00a694fc1ed0d98d519db362:
  // cwplans/feeds/README.md): a header naming an API key, whole.
  [/^\s*Missing (?:required )?header:? x-(?:[a-z0-9-]{1,40}-)?api-key\s*$/i, 'auth', [400, 401, 403]],
  // And its later "TLSv1.2+ is required", the same Fastly's reason phrase on a 403 (https://github.com/pypi/warehouse/issues/3411).
  [/^\s*(?:SSL|TLSv1\.[23]\+?) is required\.?\s*$/i, 'app'],
  // S3's reason phrase when it asks a client to send fewer requests, "503 Slow Down" (curl -v in
  // https://github.com/pingcap/tiflash/issues/10538).
  [/^\s*Slow Down\s*$/i, 'rate-limit', [503]],
  // Uptobox to a free user between downloads, its whole text "You need a PREMIUM account to download new files immediatly
  // without waiting, or you can wait 1 hour, 51 minutes, 46 seconds to launch a new download" on a success
  // (https://github.com/mcrapet/plowshare-modules-legacy/pull/163): a free account's pace (rate-limit).
  [
    /^\s*You need a PREMIUM account to download new files immediate?ly without waiting, or you can wait\b/i,
    'rate-limit',
  ],
  // Wikimedia's answer to a client without a proper User-Agent, "Please set a user-agent and respect our robot policy
  // https://w.wiki/4wJS. …", as Wikidata's query service sends it with HTTP 200 (https://github.com/RDFLib/sparqlwrapper/issues/250):
  // the service's rule about the client (app).
  [/^\s*Please set a user-agent and respect our robot policy\b/i, 'app'],
  [/^\s*API\s+disabled\.?\s*$/i, 'app', [401, 403]],
  // Tencent Video's play API for a viewer outside its region, its whole msg "cannot play outside" beside "s":"f"
  // (https://github.com/LifeActor/ykdl/issues/268). Whole only: "cannot play outside the board", "…outside the official
  // app", "…outside the allowed hours" are other rules (review).
  [/^\s*cannot play outside\.?\s*$/i, 'geo'],
  // Globo's playback hash service to a viewer without the package, its whole text "Video is for subscribers only.
  // Authorization required." on a success (https://github.com/olavopeixoto/plugin.video.brplay/issues/119).
  [/^\s*Video is for subscribers only\.\s*Authorization required\.?\s*$/i, 'account'],
  // Emby refusing a user a permission of their account, its whole text "User <name> does not have access to ManageServer
  // feature." on a 403 (a Tunarr log with Emby's headers, https://github.com/chrisbenincasa/tunarr/issues/1630).
  // The feature by its name in Emby's spelling (ManageServer): a login's "does not have access to this feature" is not it (review).
  [/^\s*User [^\n]{1,64} does not have access to [A-Z][A-Za-z]{1,40} feature\.?\s*$/, 'account', [401, 403]],
  // A weather network's upload API answering a station too often with its whole text "too many requests - try again later"
  // on a success (weewx's log, https://github.com/bellrichm/WeeWX-MQTTSubscribe/issues/108).
  [/^\s*too many requests(?: - try again later)?\s*$/i, 'rate-limit'],
  // ivi's play API refusing a title on the site asking for it, its whole text "Контент 137070 недоступен для просмотра на
  // площадке s183" (content not viewable on platform s183; https://github.com/ytdl-org/youtube-dl/issues/21991).
  [/^\s*Контент \d{1,12} недоступен для просмотра на площадке \w{1,20}\s*$/, 'app'],
  // oauth2-proxy's error page for an account its rules do not let in (an e-mail domain or group not allowed), "403
  // Permission Denied" then "Invalid Account" (https://github.com/oauth2-proxy/oauth2-proxy/issues/622): the account.
  [/^\s*403 Permission Denied\s+Invalid Account\s*$/i, 'account', [403]],
  // The block-page wording above when it is the whole answer, shorter: CloudFront's WAF page under its title "Request
  // blocked." (the aws-waf row), Mailchimp's front's "Request Blocked." heading
  // (https://github.com/ibericode/mailchimp-for-wordpress/issues/644), as clients print only its first line. A refusal's
  // status only: the issue's kind 6, generic block wording is a firewall, not the service (review: it had been left to
  // the learned words, which a batch's captures turned).
  [/^\s*(?:the |this |your )?request (?:was |has been )?blocked\.?\s*$/i, 'waf', [400, 403, 406]],
  // Mandrill's API without its key, its whole envelope {"status":"error","code":-1,"name":"ValidationError","message":"You
  // must specify a key value"}, which it answers with a 500 (https://github.com/Wylio/meteor-mandrill/issues/12): the
  // call's API key. The envelope whole: the sentence alone is also a Java framework's crash (review).
  [
    /^\s*\{\s*"status"\s*:\s*"error"\s*,\s*"code"\s*:\s*-1\s*,\s*"name"\s*:\s*"ValidationError"\s*,\s*"message"\s*:\s*"You must specify a key value"\s*\}\s*$/,
    'auth',
  ],
  // A file host refusing a free download from a VPN or a proxy, its whole text "You cannot download files using a proxy
  // or VPN in free mode, please buy a premium account in order to download files." on a success (UploadGig,
  // https://github.com/pyload/pyload/issues/4407): the network the viewer came from (geo, as the guide's layers have it).
  [/^\s*You cannot download files using a (?:proxy or VPN|VPN or proxy|VPN|proxy)\b/i, 'geo'],
  // Disney+'s sign-in refusing the viewer's location, its answer "Forbidden location" (with its upstream's name after it,
  // "upstream: '0idp'", on a 400, https://github.com/matthuisman/slyguy.addons/issues/1256); its token service's
  // forbidden-location in the code tables.
  // The whole answer only, or with its upstream's line: "Forbidden location /admin/" is a path's (review).
  [
    /^\s*Forbidden location\.?(?:[ \t]*\r?\n[ \t]*upstream:[^\r\n]{0,40})?[ \t\r\n]{0,4}$/i,
    'geo',
    [400, 403],
  ],
];

/**
 * The BBC's media selector refusing a programme, its whole answer an error element, <mediaSelection xmlns=
 * "http://bbc.co.uk/2008/mp/mediaselection"><error id="geolocation"/></mediaSelection> on a 403 (quoted in
 * cwchiu/jdownloader-study@2f498a61d02d50bbf771c2a58421882da9210312:src/jd/plugins/hoster/BbcCom.java; yt-dlp reads the id
 * as notukerror, geolocation or selectionunavailable, yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:
 * yt_dlp/extractor/bbc.py). The id is read with the code tables (GEO_CODES).
 */
/**
 * A retired API version answering 410 Gone in its own words: Jira's "The requested API has been removed. Please migrate
 * to …" (https://github.com/adyscorpius/logseq-jira/issues/34), Twitter's "The Twitter REST API v1 is no longer active"
 * (https://github.com/python-twitter-tools/twitter/issues/161), Twitch's "this API has been removed."
 * (https://github.com/nicholastay/node-twitch-get-stream/issues/9), YouTube's GData "NoLongerAvailableException"
 * (https://github.com/clickrain/videolink/issues/17), also as its Atom XML <code>; Bitbucket 1.0's "This API is no longer
 * supported" (review): the service no longer accepts this client's calls (app), not a missing object. An API removed
 * "from your plan" is the plan's (review).
 */
export const RETIRED_API =
  /\b(?:the requested api|this api(?: endpoint| version)?|this version of the api|rest api v\d(?:\.\d)?) (?:has been removed|has been retired|is no longer active|is no longer supported)\b(?! from your (?:plan|subscription|account))|["">]NoLongerAvailableException["<]/i;

export const MEDIA_SELECTION_ERROR =
  /^\s*(?:<\?xml[^>]{0,100}>\s*)?<mediaSelection\b[^>]{0,200}>\s*<error id="([a-z]{3,40})"/;

/**
 * Security suites on the viewer's own computer answering in the site's place: whatever the link names (a store's host,
 * a signed link) never answered. Bitdefender's "Online Threat Prevention … We blocked this dangerous page for your
 * protection" (https://github.com/fabiangreffrath/crispy-doom/issues/588), Kaspersky Internet Security's "The requested
 * object is INFECTED with the following viruses" (https://github.com/browser-update/browser-update/issues/64), ESET's below.
 */
export const IN_PLACE: readonly (readonly [string, Layer])[] = [
  ['we blocked this dangerous page for your protection', 'device'],
  ['the requested object is infected with the following viruses', 'device'],
  // ESET's, "Access to the web page was blocked by ESET NOD32 Antivirus." (https://github.com/Olivine-Labs/Alchemy-Websockets/issues/37)
  // and its later "Threat found … Access to the web page has been blocked. Your device is safe."
  // (https://github.com/EUCPilots/evergreen-module/issues/903).
  ['access to the web page was blocked by eset', 'device'],
  ['access to the web page has been blocked. your device is safe', 'device'],
];

/**
 * Notices of a block ordered by a court or a national authority, shown by the viewer's internet provider in
 * place of the site: the service never saw the request, the network the viewer is on refused it (the guide's
 * "geo or network rule" layer; another network shows it). Copied from the block pages that OONI and Citizen
 * Lab collected from measurements, each a row of ooni/blocking-fingerprints@171641e60b54231cad18753a72145da87b0d3e07:
 * fingerprints_http.csv, named here by its `name` column.
 */
export const ORDERED: readonly string[] = [
  // France, the administrative block of the law of 21 June 2004, art. 6-1: the providers' resolvers send blocked
  // names to the Interior Ministry's page, "Vous avez été redirigé vers cette page du site du ministère de l'Intérieur
  // car vous avez tenté de vous connecter à un site dont le contenu…" (a published copy, http://interieur2.eu.org/).
  "vous avez été redirigé vers cette page du site du ministère de l'intérieur",
  // Turkey, "…kararıyla erişime engellenmiştir" (access blocked by decision of …): cp.b_nat_tr_1..5_satellite.
  // "erişime engellenmiştir" alone is any site's lock-out, and law 5651, which the notices cite, is in every
  // Turkish site's footer and hotspot page (review).
  'kararıyla erişime engellenmiştir',
  // Canada (ooni.ca_1), Australia (cl.isp_au_telstra_block), Singapore (cp.c_isp_sg_general), Lebanon
  // (cp.c_isp_lb_general), Kyrgyzstan (cp.c_isp_kg_elcat), India (ooni.in_7, cp.c_isp_in_court_order).
  'blocked by an order issued by the federal court',
  'disabled by an order of the federal court',
  'pursuant to an order of the high court',
  'blocked based on a court order',
  'blocked by judicial decision',
  'in compliance to the orders of court of law',
  'honorable court order',
  // Portugal (ooni.pt_0, ooni.pt_1), Slovakia (cp.f_gen_sk_court_order), Russia (cl.isp_ru_megamax_rkn_block;
  // the registry's addresses in ooni.ru_5, cp.b_nat_ru_rkn_body).
  'bloqueado por ordem judicial',
  'acesso bloqueado por entidade judiciária',
  'na základe príkazu súdu zablokovaná',
  'доступ ограничен по решению суда',
  'eais.rkn.gov.ru',
  'blocklist.rkn.gov.ru',
  // Belgium (ooni.be_0), Denmark (ooni.dk_0), France's blocking page (ooni.fr_0), Italy's AGCOM and Guardia di
  // Finanza stop pages (cl.nat_it_agcom_block, ooni.it_0), the UK's court-order notice site
  // (cp.b_nat_uk_redirect_302_satellite).
  'considered illegal according to belgian legislation',
  'lagt at blokere for adgang til siden',
  'page-blocage-terrorisme',
  'agcom stop page',
  'gdf stop page',
  'ukispcourtorders.co.uk',
  // Indonesia's TrustPositif (ooni.id_6, ooni.id_4; its sentence "…sesuai peraturan perundang-undangan", "in
  // accordance with the law", is every Indonesian terms page's, so left out) and Iran's national filter framing
  // its notice from 10.10.34.x (ooni.ir_0, cl.nat_ir_iframe_forward_ipv4; https://github.com/net4people/bbs/issues/226).
  'trustpositif.kominfo.go.id',
  'uzone.id/assets/internetpositif',
  // Kominfo's landing page for blocked content, where Indonesian providers send a blocked request
  // (ooni/pipeline@0cefc86df79c38b81ed156fac79b0cb27f9e8561:af/fastpath/fastpath/tests/data/fingerprints_http.json,
  // ooni.id_lamanlabuh_kominfo), also inside a carrier's meta refresh on HTTP 200
  // (https://github.com/ooni/blocking-fingerprints/issues/8, Indosat Ooredoo).
  'lamanlabuh.aduankonten.id',
  'iframe src="http://10.10.34.3',
  // Bulgaria: a provider's notice for a site the State Gambling Commission listed, "Търсената от Вас страница е с
  // неразрешено съдържание и достъпът Ви до нея е ограничен" (the page you asked for has unauthorised content and
  // your access to it is restricted), served with HTTP 200 (https://github.com/jsdelivr/jsdelivr/issues/18082).
  'с неразрешено съдържание и достъпът ви до нея е ограничен',
  // Providers' notices of blocks ordered by a court, a regulator or a law, as saved by NullHypothesis/blockpages
  // (@ccb9008520cc047418eedeaae55c8945b3a419b3, by folder): Austria's after an injunction of the Vienna commercial
  // court (AT/213.33.66.163), Belgium's stop page in Dutch and French (BE/193.191.245.56), Bulgaria's under a
  // Sofia court's order (BG/0.0.0.0), Denmark's after the bailiff's court's orders (DK/62.61.144.3,
  // DK/87.72.47.157), Greece's under its gambling law (GR/62.1.46.56), Indonesia's "Internet Sehat" filter
  // (ID/202.162.192.6), India's under the Department of Telecommunications' directions (IN/59.185.3.14,
  // IN/23.219.21.69), Malaysia's (MY/202.171.39.109), Russia's by a court (RU/92.255.241.110; its others carry the
  // registry's address, above), Singapore's under its broadcasting licence (SG/210.23.1.69). Left out: pages that
  // only say "blocked" (AE, GB, NL), a school's or a provider's own filter (ID/miscellaneous, DK/89.249.14.245),
  // the registry's name (it heads the registry's own search page, review) and "anmodet om at spærre for
  // adgangen" (DK/87.72.47.157: a rights holders' press release says it too, review).
  'musste der zugang zu dieser website gesperrt werden',
  'door de belgische wetgeving als illegaal wordt aanzien',
  'illégales au regard de la législation belge',
  'блокиран в съответствие с българското законодателство',
  'anmodet af fogedretten om at etablere en spærring',
  'έχει απαγορευτεί με βάση το νόμο 4002/2011',
  'blocking this abusive site as stated by the indonesia regulation',
  'blocked as per the instructions of competent authority',
  'blocked as per the directions received from department of telecommunications',
  'not available in malaysia as it violates the national law',
  'tidak dapat diakses di malaysia kerana kandungannya melanggar undang-undang negara',
  'запрещен к распространению судом',
  'contravenes the broadcasting (class licence) notification',
  // South Korea's KCSC notice, marked in its own markup, <meta name="kcsc" content="blocking">
  // (https://github.com/ProletRevDicta/Prolet/issues/376); Russia's TTK, "blocked by decision of the state
  // authorities" (https://github.com/dropod/issues/issues/16784).
  'name="kcsc" content="blocking"',
  'заблокирован по решению органов государственной власти',
];

/**
 * The geo rule as services' APIs name it in their error codes, in every spelling the services use, read from
 * the codes yt-dlp's extractors test (yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/,
 * by file): "GEOBLOCKED" (wat.py), "access.denied.geoblocked" (dplay.py), "contentGeoblocked" (glomex.py),
 * "GeoBlocked" (kakao.py), "ErrGeoBlocked" (tfo.py), "IsGeoBlocked" (nrk.py), "GEOBLOCK" (srgssr.py),
 * "Geoblocked Country" (sonyliv.py), "geo restricted" (yahoo.py), "PLAY_GEOIP_DENIED" (iprima.py),
 * "NotAllowedForLocation" (ivi.py), "OutsideRegionError" (litv.py), "RegionRestricted" (hidive.py),
 * "ASSET_PLAYBACK_INVALID_GEO_LOCATION" (tv2.py), "player-bad-geolocation-country" (adn.py),
 * "idagio.error.blocked.location" (idagio.py); and the sentence "…not available in your country/area"
 * (zingmp3.py, rudovideo.py, magellantv.py); ITV's "Request Originated Outside Of Allowed Geographic Region"
 * (ytdl-org/youtube-dl@a92508b0d62d3eaae6f0f94adf35d5ea9fa51e58:youtube_dl/extractor/itv.py) and thePlatform's
 * "Geographic Restriction" title (https://github.com/LaQuay/TDTChannels/pull/1145), MovieBox's API "invalid
 * region" (https://github.com/Simatwa/moviebox-api/issues/31); the BBC's media selector's whole results "geolocation"
 * and "notukerror" (…/bbc.py; {"result": "geolocation"} pasted in https://github.com/get-iplayer/get_iplayer/issues/363);
 * Croatian.film's "INVALID_COUNTRY" (…/croatianfilm.py) and niconico's "DOMESTIC_VIDEO" (…/niconico.py), words a bad
 * parameter also uses, so read here, on a refusal of access only (review); SRG SSR's block reason for a viewer on a
 * VPN, "VPNPROXYDETECTED" (https://github.com/SRGSSR/pillarbox-web/issues/311; "VPNORPROXYDETECTED" in its Apple
 * player, https://github.com/SRGSSR/pillarbox-apple/issues/1190). They are read only where a
 * service states them (valueCauseIn): a JSON value, not a field name or a flag ("isGeoBlocked": false,
 * "geo_blocked_countries": []), and the text of a short page, not its scripts, styles or a long page's help text
 * (review).
 */
export const GEO_CODES =
  /geo[-_ ]?(?:ip[-_ ]?)?(?:location[-_ ]?)?(?:blocked|block\b|restricted|denied)|not[-_ ]?allowed[-_ ]?for[-_ ]?location|outside[-_ ]?region(?:error|[^a-z]|$)|invalid[-_ ]region\b|region[-_ ]?restricted|(?:invalid|bad)[-_ ]?geo[-_ ]?location|blocked\.location|(?:not (?:currently |yet )?available|unavailable) in your (?:country|region|area|territory|location)|outside (?:of )?(?:the )?allowed geographic(?:al)? (?:region|area)|geographic(?:al)? restriction|^(?:geolocation|error_geolocation|notukerror|invalid_country|domestic_video|vpn(?:or)?proxydetected)$/i;
/**
 * Causes read, like the geo codes, only where a service states them (a value, or a short text), since their words
 * are also field names, flags and help texts (review): Google APIs' reasons for a spent quota,
 * downloadQuotaExceeded, quotaExceeded, userRateLimitExceeded, rateLimitExceeded, dailyLimitExceeded
 * (https://developers.google.com/drive/api/guides/handle-errors; a shared playlist file on Drive,
 * https://github.com/prasmussen/gdrive/issues/348) — not storageQuotaExceeded (a full drive) nor AWS's
 * ServiceQuotaExceededException (an account's service quota); content for paying subscribers, Globo's "Video is
 * for subscribers only" (https://github.com/vitorhirota/repository.brazilian.xbmc-addons/pull/1); a licence
 * refused for the device's DRM, Widevine's verified media path, ZEE5's "Verified media path cannot be verified"
 * (https://github.com/Vikassm73/AjaykRepo/issues/112); security software on the viewer's computer answering in
 * the service's place, "499 Request has been forbidden by antivirus"
 * (https://github.com/stbui/angular-material-app/issues/47).
 */
export const VALUE_CAUSES: readonly (readonly [RegExp, Layer])[] = [
  [/^签\s?名验证失败$/, 'app'],
  // Keygen's licensing API past a policy's machine count, "machine count has exceeded maximum allowed by policy (1)"
  // (louischan-oursky/keygen-poc@7c8656b5e22f57d84edd2a29c789cc16a79f6112:README.md): the licence's device allowance.
  [/\bmachine count has exceeded maximum allowed (?:by policy|for license)\b/i, 'account'],
  // Tata Play's login for a wrong one-time code, {"code": 3016, "message": "Please enter valid OTP."}
  // (https://github.com/ForceGT/Tata-Sky-IPTV/issues/63).
  [/^please enter (?:a )?valid otp\.?$/i, 'auth'],
  // Microsoft Graph for a tenant whose plan lacks the service, "Tenant does not have a SPO license."
  // (https://github.com/microsoftgraph/microsoft-graph-docs/issues/4233).
  [/^tenant does not have an? [\w -]{2,40} licen[cs]e\.?$/i, 'account'],
  // Twitch's GraphQL gateway refusing a client its integrity check did not pass, {"errors":[{"message":"failed integrity
  // check"}]} (https://github.com/NightfallGT/Twitch-Follow-Bot/issues/10): its rule about the client.
  [/^failed integrity check$/i, 'app'],
  // JioCinema's playback API abroad, 474 {"code":474,"message":"Service Unavailable","error_description":"JioCinema is
  // unavailable at your location.Learn more…"} (a mitmproxy capture, 3052/blog@6111bc114d73f9cbc4680afe567982391f852cee:
  // 2025/12/media/jiocinema.com/readme.md). A value that opens with it, a service naming itself: a shop's "delivery is
  // unavailable at your location" is its postcode's (review "78.").
  [
    /^(?![^.\n]{0,60}\b(?:delivery|pick-?up|shipping|ordering|coverage|chat)\b)(?:sorry,? )?[\w'+.& -]{1,40} is (?:currently )?unavailable at your location\b/i,
    'geo',
  ],
  // OpenSubtitles' REST API at the day's downloads, 406 {"requests": 5, "remaining": 0, "message": "You have downloaded
  // your allowed 5 subtitles for 24h.Your quota will be renewed in 09 hours…"} (https://github.com/elgatito/plugin.video.elementum/issues/952).
  // As an answer's value only: a page's help text may say it of another case (review "77.").
  [
    /^you have downloaded your allowed \d{1,5} [a-z]{2,20}\b[^.\n]{0,30}\.\s?your quota will be renewed in\b/i,
    'rate-limit',
  ],
  // netcup's API for a zone it does not hold, "longmessage":"Can not get DNS records for zone.  Domain not found."
  // (dns-lexicon/dns-lexicon@e23b58aa321770147d45cf7fdc7526920e021b29: tests/fixtures/cassettes/netcup/): a value's last
  // sentence, whole (a subdomain, a proxy's upstream, a licence's domain are other causes, review).
  [/(?:^|[.!]\s+)Domain not found\.?$/, 'not-found'],
  // TheTVDB's login without its subscriber PIN, "InvalidValueType: pin required" (https://github.com/thetvdb/v4-api/issues/303):
  // as the value's end only (a postal PIN code or a device's pin are not a credential, review).
  [/(?:^|:\s*)pin required$/i, 'auth'],
  // "auth failed" as a service's whole message starts, ZLMediaKit's publish hook refused ({"code":-400,"msg":"[auth
  // failed]: code:401 …"}, https://github.com/ZLMediaKit/ZLMediaKit/issues/2869), {"code":-1,"msg":"auth failed"}: at the
  // value's start only, where no other login (a database's, a mail server's, a licence server's) is named before it
  // (reviews "68." to "70.").
  [/^(?:error:\s*)?(?:request |token )?\[?auth (?:has )?(?:failed|failure|required|is required)\b/i, 'auth'],
  // A library patron's limit: cloudLibrary's "Patron cannot have more than 15 holds" (Gen-001, NYPL-Simplified/circulation@
  // 4df736ef926e925fc0c66b667cdb39857642a98b:tests/files/bibliotheca/error_exceeded_hold_limit.xml), as a lending service
  // words an account's cap on what it holds at once.
  // Holds, loans and checkouts only: "a playlist cannot have more than 100 titles" is the object's size (review).
  [/\bcannot have more than \d{1,4} (?:holds|loans|checkouts)\b/i, 'account'],
  // Audible's licence refusal for a listener without the plan, "Customer is not part of any plans" (its denial reasons,
  // https://github.com/rmcrackan/Libation/issues/1798).
  [/^customer is not part of any plans?\.?$/i, 'account'],
  // An API's object that is not there, said whole as its message: Postmark's {"ErrorCode":701,"Message":"This message was
  // not found."} on a 422 (Stranger6667/postmarker@a060d4955e8b41a322a90c8e261765aa5e57d028:test/cassettes/messages.json).
  // Whole only, and things a service holds: "user not found" is a login's answer; a channel or a stream "not found" on a
  // refusal is a panel's (review "52.").
  [
    /^(?:the |this )?(?:message|file|object|resource|item|record|document) (?:was |is )?not found\.?$/i,
    'not-found',
  ],
  [/(?<!storage|service)quotaexceeded|ratelimitexceeded|dailylimitexceeded/i, 'rate-limit'],
  // A token that lacks the scope the call needs: Forgejo's and Gitea's API, {"message":"token does not have at least one
  // of required scope(s): [read:issue]","url":"…/api/swagger"} (https://github.com/Mic92/gitea-mq/issues/67); RFC 6750
  // §3.1's code for it, insufficient_scope, as a value. GitHub's for an app's installation token that lacks the
  // permission, {"message":"Resource not accessible by integration"} (sigmavirus24/github3.py@9eeac0ddb241bf3099a6c904411e3aa23b62fd0d:
  // tests/cassettes/CheckApp_create_check_run.json). The caller's credentials, not a rule about the viewer (auth).
  // Dailymotion's API for a field the token's scopes do not cover, {"error": {…"message": "Insufficient rights for the
  // `fields' parameter of route `GET /video/<id>' with value `owner.address'. Required scopes: userinfo", "type":
  // "access_forbidden"}} (thibaudgg/video_info@f527f85db28646ffe35764fcfacb7f0f8d58048c:spec/fixtures/vcr_cassettes/
  // VideoInfo_Providers_Dailymotion/with_video_x7lni3/_title/1_3_6_1.yml). Its start and its "Required scopes:" both.
  [
    /\bat least one of required scope\(s\)|^insufficient[_ ]scope$|^resource not accessible by integration\.?$|^insufficient rights for the [^\n]{1,200}\. required scopes?:/i,
    'auth',
  ],
  // The service's own count of failed tries, Cuenca's {"code":107,"error":"Too many attempts"} on a 403
  // (cuenca-mx/cuenca-python@eef879c6c8eff5df17b77fa93cfd69ec2f180945:tests/resources/cassettes/test_blocked_attemps.yaml).
  [/^too many (?:failed |login |sign[- ]in )?attempts\b/i, 'rate-limit'],
  // An account the service suspended, said of the user the call authenticated as: X's API v2,
  // {"detail": "The user used for authentication is suspended", "type": "https://api.twitter.com/2/problems/user-suspended"}
  // (https://github.com/akrherz/iembot/issues/156).
  // The caller's own: Twitter's v1.1 code 63, "User has been suspended.", is the user asked for (review).
  [
    /\b(?:your (?:user|account)|(?:user|account) used for authentication) (?:is|has been) suspended\b/i,
    'account',
  ],
  // A bank holding the customer's access until they prove who they are, in its OFX sign-on message: "Please verify your
  // identity within the next 7 days. Using your desktop computer, go to your bank's website…" (Chase,
  // https://github.com/captin411/ofxclient/issues/17).
  [/^please verify your identity\b/i, 'account'],
  // Mailgun's sandbox limit, "Domain … is not allowed to send: Free accounts are for test purposes only. Please upgrade
  // or add the address to authorized recipients" (mailgun/mailgun-ruby's recorded 403): the account's plan.
  [/\bfree accounts are for test purposes only\b/i, 'account'],
  // Baidu Translate's API over its call frequency, {"error_code": "54003", "error_msg": "Invalid Access Limit"} on a 200
  // (https://github.com/hhhwwwuuu/BackTranslation/issues/5).
  [/^invalid access limit$/i, 'rate-limit'],
  // Alchemy's RPC over the plan's monthly compute, "Monthly capacity limit exceeded. Visit …/billing to upgrade…"
  // (https://github.com/BuidlGuidl/hacked-wallet-recovery/issues/45); Etherscan's API without a key, "Max rate limit reached,
  // please use API Key for higher rate limit" (https://github.com/blockchain-certificates/cert-issuer/issues/166).
  // Its per-second form too, "Max calls per sec rate limit reached (5/sec)" (review).
  [/^monthly capacity limit exceeded\b|^max (?:calls per sec )?rate limit reached\b/i, 'rate-limit'],
  // Blockfrost's API for a project token it does not know, {"error":"Forbidden","message":"Invalid project token.",…}
  // (https://github.com/input-output-hk/plutus-pioneer-program/issues/106).
  [/^invalid project token\.?$/i, 'auth'],
  // A bare "Unauthorized." as the whole message of a 403's object (Serper's search API to a wrong key,
  // {"message":"Unauthorized.","statusCode":403}, https://github.com/MiroMindAI/MiroFlow/issues/7). With its period: a
  // reason phrase "Unauthorized" on a 403 is the status line's (MediaPackage's "403 Unauthorized" for a CDN it does not
  // know, the corpus's aws-mediapackage capture: its rule, app).
  [/^unauthorized\.$/i, 'auth'],
  // Flutterwave for a merchant account not yet cleared for an endpoint, "Merchant requires approval to use resource,
  // please contact support" (https://github.com/Flutterwave/Node-v3/issues/86): the account.
  [/^merchant requires approval\b/i, 'account'],
  // Bell Media's (CTV's) content API abroad, {"ErrorCode":"403.72","Message":"Access denied. Geo Constraint Restrictions"}
  // (89z/mech@e2936e5f6c5fc982ab42a7c4f197805c2bacb37d:docs/ctv.md).
  // Its whole message: a catalogue's note "subject to geo constraint restrictions" is data (review).
  [/^(?:access denied\. )?geo constraint restrictions?\.?$/i, 'geo'],
  // Zillow's former web-service API for a ZWSID without that call, <text>Error: this account is not authorized to execute
  // this API call</text><code>6</code> on HTTP 200 (https://github.com/hanneshapke/pyzillow/issues/22).
  [/\bthis account is not authorized to execute this api call\b/i, 'account'],
  // eBay Kleinanzeigen's fraud guard for an address range, {"title": "IP-Bereich vorrübergehend gesperrt.", …} (its own
  // spelling, https://github.com/vinc3PO/ebayKleinanzeigenAlert/issues/30).
  [/^ip-bereich vorr?übergehend gesperrt\.?$/i, 'waf'],
  // Deezer's media service for a licence that does not cover the track, [{"code":1002,"message":"License token has no
  // sufficient rights on requested media."}] (https://github.com/yne/dzr/issues/45): the account's plan.
  [/\blicense token has no sufficient rights\b/i, 'account'],
  // SAP Customer Data Cloud (Gigya), the login service of Renault's apps, for an account whose e-mail is not confirmed,
  // "errorCode": 403013, "errorMessage": "Unverified user" (hacf-fr/renault-api@1a811837b5ee7d7c85f088d82f10c1e4fac25b57:
  // tests/fixtures/gigya/error/get_jwt.403013.json).
  [/^unverified user$/i, 'account'],
  // Bybit's API for a key used from an address it is not bound to, {"ret_code":10010,"ret_msg":"unmatched ip.",…}
  // (https://github.com/bybit-exchange/docs-legacy/issues/217): the key's own setting, the caller's credentials.
  [/^unmatched ip\.?$/i, 'auth'],
  // Keycloak for an account with required actions left, {"error":"invalid_grant","error_description":"Account is not fully
  // set up"} (https://github.com/keycloak/keycloak/issues/36108): the account, whatever the OAuth code beside it.
  [/^account is not fully set up\.?$/i, 'account'],
  // Auth0 for a user an administrator blocked, {"error":"unauthorized","error_description":"user is blocked"} on a 401
  // (https://github.com/auth0/docs/pull/4767): the account, which its status does not say (stated-cause.ts reads a 401's
  // message for the account's state only).
  [/^user is blocked\.?$/i, 'account'],
  // OAuth's code for a refresh token or grant the server no longer accepts (RFC 6749 §5.2, invalid_grant) quoted inside a
  // gateway's message: NOW Online's, "400 - \"{\"error\": \"invalid_grant\", \"error_description\": \"Refresh token
  // doesn't exist or it's expired\"}\"" (olavopeixoto/plugin.video.brplay@fa5144345e97b6dab72c35e228c40f311a9898a6:
  // resources/lib/modules/netnow/auth.py). The login's, as the code is wherever it is the whole error.
  [/\\?"error\\?"\s*:\s*\\?"invalid_grant\\?"/, 'auth'],
  // Toyota's European API gateway for a token it does not accept, "responseCode": "APIGW-403", "detailedDescription":
  // "invalid token could not authorize" (https://github.com/DurgNomis-drol/ha_toyota/issues/274).
  // Its whole value only: "could not authorize" opens a card's decline, a stream's limit or an upstream's failure (review).
  [/^invalid token could not authori[sz]e\.?$/i, 'auth'],
  // Qobuz's API for an app it does not know, {"status":"error","code":400,"message":"Invalid or missing app_id
  // parameter"} (https://github.com/murdos/musicbrainz-userscripts/issues/191): the client's own credential. Its whole
  // value: an app store's "Invalid app id" is a bad parameter (review).
  [/^invalid or missing app_id parameter\.?$/i, 'auth'],
  [/\bfor subscribers only\b/i, 'account'],
  [/\bverified media path\b/i, 'device'],
  [/\bforbidden by antivirus\b/i, 'device'],

  // Short codes and sentences of services, as their clients test them (a sweep without the held-out sets):
  // Peloton's "Stream limit reached" (yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/peloton.py),
  // This Old House's "Your subscription is not active" (…/thisoldhouse.py), Disney+'s "not-entitled"
  // (matthuisman/slyguy.addons@8c5efc00b217239b181804efd607d5ddb08e06f7:slyguy.disney.plus/resources/lib/api.py),
  // an S3-compatible store's "Request has expired" for a presigned link
  // (minio/minio@7aac2a2c5b7c882e68c1ce017d8256be2feea27f:cmd/api-errors.go), gRPC's RESOURCE_EXHAUSTED as Google's
  // APIs send it for a spent quota (https://developers.google.com/analytics/devguides/reporting/data/v1/errors).
  [/\bstream limit reached\b/i, 'account'],
  // An API's firewall answering in the API's own JSON, {"error":"Request blocked by security policy.","reference":
  // "9e4db7e3"} on a 403 through Cloudflare (https://github.com/KickEngineering/KickDevDocs/issues/281): firewall
  // wording counts in JSON only as the whole message, not inside the service's data.
  [/^request blocked by security policy\.?$/i, 'waf'],
  [/\byour subscription is not active\b/i, 'account'],
  [/^not-entitled$/i, 'account'],
  [/\brequest has expired\b/i, 'app'],
  [/^resource_exhausted$/i, 'rate-limit'],
  // Azure API Management's quota policies answer 403 when a key's call quota is spent
  // (https://learn.microsoft.com/en-us/azure/api-management/quota-by-key-policy), NuGet's API with the message
  // {"statusCode": 403, "message": "Quota exceeded."} (NuGet/docs.microsoft.com-nuget@ec39293987abb09f55214ddd83ced66c554a4582:
  // docs/api/rate-limits.md): the whole message only, as a disk's or an account's "… quota exceeded" is not this.
  [/^quota exceeded\.?$/i, 'rate-limit'],
  // The sentence those quota policies answer with, "Out of call volume quota. Quota will be replenished in <time>." (a BMW
  // API behind API Management, https://github.com/bimmerconnected/bimmer_connected/issues/740; Azure's LUIS FAQ lists it
  // among its common errors).
  [/^out of call volume quota\b/i, 'rate-limit'],
  // bilibili's international gateway refusing the viewer's area, code 10003003 "The area is inaccessible" / "该地区无法访问"
  // (7rikka/bilibili-sa-api-docs@4a587fe42eb0242ea0dfdd57857935352ca0307f:code.md; https://github.com/nilaoda/BBDown/issues/467).
  // As the whole message: a hint beside another error that only mentions it is not the refusal (review).
  [/^该地区无法访问[。！!]?$/, 'geo'],
  [/^the area is inaccessible\.?$/i, 'geo'],
  // A model provider's country list enforced by the cloud that resells it: Bedrock's ValidationException "Access to
  // Anthropic models is not allowed from unsupported countries, regions, or territories"
  // (https://github.com/aws-samples/generative-bi-using-rag/issues/361).
  [/^access to [^\n]{1,100}? is not allowed from unsupported countries, regions,? or territories\b/i, 'geo'],
  // A gated model whose owner has not let this user in, Hugging Face's "Access to model … is restricted and you are not
  // in the authorized list" (https://github.com/ariG23498/gemma3-object-detection/issues/5).
  [/\byou are not in the authorized list\b/i, 'account'],
  // Mastodon's API refusing a user whose account is disabled, unconfirmed or awaiting approval, {"error": "Your login is
  // currently disabled"} on 403 (mastodon/mastodon@f649923828b7cb3cce5bc4cce1b3ff7e2bae7d2a:app/controllers/api/base_controller.rb;
  // https://github.com/akrherz/iembot/issues/175).
  [
    /^your login is (?:currently disabled|currently pending approval|missing a confirmed e-mail address)\.?$/i,
    'account',
  ],
  // Google Maps' static map without a key, "The Google Maps API server rejected your request. This service requires an
  // API key." (https://github.com/yclas/yclas/issues/1978).
  [/\bthis service requires an api key\b/i, 'auth'],
  // eBay's errorId 1100, "Access denied" / "Insufficient permissions to fulfill the request." for a token without the
  // scope (https://github.com/pajaydev/ebay-node-api/issues/23).
  [/^insufficient permissions to fulfill the request\.?$/i, 'auth'],
  // A login refused for its e-mail or password, Eufy's cloud {"code":26006,"msg":"Email address or password incorrect."}
  // on a success (https://github.com/bropat/eufy-security-ws/issues/505).
  [/^(?:e-?mail(?: address)?|user ?name|login) or password (?:is )?(?:incorrect|wrong|invalid)\.?$/i, 'auth'],
  // Wyze's API refusing a stale token on a success, {"code":"2001","msg":"access token is error"}
  // (https://github.com/jfarmer08/wyze-api/issues/9).
  [/^access token is (?:error|invalid|expired)\.?$/i, 'auth'],
  // A camera refusing a login because its sessions are all taken, Reolink's "max session" (rspCode -5) in a failed
  // command (https://github.com/JimStar/reolink_cctv/issues/14): the device's limit on logins, like a line's devices.
  [/^max session$/i, 'account'],
  // An API's session token refused for its age, JioTV's {"code":419,"message":"Token is expired"}
  // (https://github.com/JioTV-Go/jiotv_go/issues/713): the login's, as a whole message.
  [/^(?:the )?(?:access |session |auth )?token is expired\.?$/i, 'auth'],
  // S3's SlowDown, "Reduce your request rate." with 503, as S3-compatible stores send it (DigitalOcean Spaces,
  // https://github.com/thephpleague/flysystem-aws-s3-v3/issues/278).
  [/^reduce your request rate\.?$/i, 'rate-limit'],
  // A listings service refusing an account used from too many places, Schedules Direct's 4010 "Exceeded maximum number of
  // unique IP addresses in 24 hours." (Dispatcharr's tests, as above).
  [/^exceeded maximum number of unique ip addresses\b/i, 'account'],
  [/^maximum image downloads reached\.?$/i, 'rate-limit'],
  // An upload service asked without its public key, Uploadcare's whole text "pub_key is required."
  // (uploadcare/uploadcare-ruby@3e2909293526e49f5d05843b0c873ec3d9c81ee7: spec/fixtures/vcr_cassettes/upload_from_url_basic.yml).
  [/^(?:pub_key|public key|api[_ ]key) is required\.?$/i, 'auth'],
  // A thing the request named that does not exist, as the whole message or title: Fastly's API, {"title":"Domain not
  // found","status":400,…} (fastly/go-fastly@514109767b3d178cd2ec65553f675d6980df9eb6:
  // fastly/domainmanagement/v1/tools/status/fixtures/get_error.yaml).
  // Not a file's, a stream's or a channel's on a refusal: a panel says so for what the package lacks (review).
  [/^(?:domain|resource) not found\.?$/i, 'not-found'],
  // Plesk's XML API for a site it does not hold, <errtext>Site does not exist</errtext> (dns-lexicon/dns-lexicon@
  // e23b58aa321770147d45cf7fdc7526920e021b29: tests/fixtures/cassettes/plesk/), the same kind of whole message.
  [/^(?:site|domain|zone) does not exist\.?$/i, 'not-found'],
  // A playback request without the login's token, F1 TV's "Missing parameter Ascendon Token or Entitlement Token"
  // (https://github.com/SoMuchForSubtlety/f1viewer/issues/231): the credential the service wants, not sent.
  // Only a credential's token: a CSRF, captcha, paging or device token is the form's, the bot check's or the app's (review).
  [
    /^missing (?:parameter |required )?(?:(?:access|auth(?:entication|orization)?|bearer|session|login|user|id|jwt|api|refresh|entitlement|ascendon) )?token\b/i,
    'auth',
  ],
  // TV4 Play's playback service to a viewer not signed in, {"errorCode":"LOGIN_REQUIRED","message":"The asset is not
  // accessible for non-authenticated users"} (https://github.com/retrospect-addon/plugin.video.retrospect/issues/1853):
  // its sentence, not the code, which other services use for a hint or a screen's state beside the real error (review).
  [/\bnot accessible for non-authenticated users\b/i, 'auth'],
  // An AWS Lambda function URL whose auth type wants a signed call, {"Message": "Forbidden. For troubleshooting Function
  // URL authorization issues, see: …/lambda/latest/dg/urls-auth.html"} (https://github.com/ant-media/Ant-Media-Server/issues/7827);
  // AzuraCast's API to a caller without a session, "You must be logged in to access this page."
  // (https://github.com/AzuraCast/AzuraCast/issues/7853), as its whole message: a web app's bundle carries the same
  // sentence among its texts (review).
  [/^forbidden\. for troubleshooting function url authorization issues\b/i, 'auth'],
  [/^you must be logged in to access this page\.?$/i, 'auth'],
  // 3scale's APIcast gateway refusing a request without its key, "Authentication failed" as the whole answer
  // (https://github.com/3scale/APIcast/issues/811).
  [/^authentication failed\.?$/i, 'auth'],
  // Google APIs refusing the caller's key: "API key not valid. Please pass a valid API key.", reason keyInvalid,
  // API_KEY_INVALID (mopidy-youtube's recorded Data API answer); Mashery's {"error":"Account Inactive"}, the
  // developer key's account switched off (Flexget's recorded Rotten Tomatoes answer).
  [/\bapi key not valid\b|^api_key_invalid$/i, 'auth'],
  [/^account inactive$/i, 'account'],
  // Services refusing the viewer's country in their APIs' own words: OpenAI's {"code":
  // "unsupported_country_region_territory","message":"Country, region, or territory not supported"}
  // (https://github.com/continuedev/continue/issues/11449), Google's Gemini API "User location is not supported for
  // the API use." with FAILED_PRECONDITION (https://github.com/Wei-Shaw/sub2api/issues/6218).
  [/^unsupported_country_region_territory$|\bcountry, region,? or territory not supported\b/i, 'geo'],
  [/\buser location is not supported\b/i, 'geo'],
  // A viewer without the package: ITVX's "UserTokenValidationFailed … User does not have entitlements"
  // (dimkroon/itvx-for-kodi@1301e709f1c2b8b87f7bf97356dcf2d238cfa126:test/local/test_account.py).
  [/\buser does not have entitlements?\b/i, 'account'],
  // The same in other services' words: AFL's token service, "UUID '…' is not entitled to generate a token." and "you
  // need a subscription to view premium content" (aussieaddons/plugin.video.afl-video@67c00898f31a2c9254068543464205836748eac2:
  // resources/tests/fakes/json/EMBED_TOKEN_FAIL.json).
  // The subject is the viewer's (a user, an account, its id): "Client app-tv is not entitled to use the password grant"
  // is an OAuth client's, "Your IP address is not entitled to…" an address rule (review).
  [
    /\b(?:user|account|subscriber|customer|uuid '[^'\n]{1,80}') is not entitled to\b|\byou need a subscription\b/i,
    'account',
  ],
  // A service refusing the client's platform, a rule about the app: ITV's playlist service, "The requested content is
  // not available to this platform" (https://github.com/GetiPlayerAutomator/get-iplayer-automator/issues/186).
  [/\bnot available (?:to|on|for) this platform\b/i, 'app'],
  // A password the viewer has not given: Vimeo's API for a protected video, "Password not provided for a password
  // protected video." (jaylinski/kodi-addon-vimeo@60b2b6c4b155ec2daa7e8a34f7d4c1091c577653:
  // tests/mocks/api_videos_detail_invalid_params.json).
  [/\bpassword not provided\b/i, 'auth'],
  // No credentials, or none it accepts, in the words of FastAPI's own HTTP security (its 403 "Not authenticated" and
  // "Invalid authentication credentials", fastapi/fastapi@efcd91fb740a7e7095fabb2516a5f67f4f5a612b:fastapi/security/http.py)
  // and of a sports service's playback API, {"status":403,"message":"User not Authenticated"}
  // (https://github.com/tonywagner/EPlusTV/issues/158). The whole message only: "not authenticated" inside a
  // sentence may be a help text.
  // FastAPI's security tutorial words a token it cannot read "Could not validate credentials", as apps built on it
  // answer (a stream proxy's 403, https://github.com/mhdzumair/mediaflow-proxy/issues/78).
  [
    /^(?:user (?:is )?)?not authenticated\.?$|^invalid authentication credentials\.?$|^could not validate credentials\.?$/i,
    'auth',
  ],
  // S3's code for an access key it does not know, which the stores that copy its API answer too (Ceph's RADOS Gateway:
  // https://github.com/SUSE/DeepSea/issues/658): https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html.
  [/InvalidAccessKeyId/, 'auth'],
  // S3's AccessDenied for a request whose signature has no date to check, "AWS authentication requires a valid Date
  // or x-amz-date header", which Huawei OBS answers alike (https://github.com/huaweicloud/huaweicloud-sdk-python-v3/issues/23):
  // the caller's signing, not a rule about the object.
  [/\bauthentication requires a valid Date or x-amz-date header\b/i, 'auth'],
  // Facebook Graph's numbered messages, "(#<code>) …" (https://developers.facebook.com/docs/graph-api/guides/error-handling):
  // 4, 17, 32 and 613 are call limits; 10, 102, 190 and 200 a token or its permissions; "(#100) No permission to
  // publish the video" too. Not its type, OAuthException, which it gives throttling and bad parameters alike (review).
  [/^\(#(?:4|17|32|613)\) /, 'rate-limit'],
  [
    /^\(#(?:10|102|190|200)\) |^\(#\d{1,7}\) no permission to |^error validating access token|^invalid oauth access token/i,
    'auth',
  ],
  // Prime Video's rights codes (VALUE_CODES) inside a message, "Error PRS.NoRights.InvalidGeoIP" (review).
  [/\bPRS\.NoRights\.InvalidGeoIP\b/, 'geo'],
  [/\bPRS\.NoRights\.NotOwned\b/, 'account'],
  // From the same sweep of clients' code as VALUE_CODES' last rows, sentences their clients find in a message:
  // ICI Tou.tv "Le contenu sélectionné est disponible seulement en premium" (yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:
  // yt_dlp/extractor/radiocanada.py), SonyLIV "Please subscribe to watch this content" (…/sonyliv.py), TVP "Obiekt wymaga
  // płatności" (…/tvp.py), ViewLift "has not purchased" (…/viewlift.py; with the viewer as its subject: "this site has not
  // purchased a licence" is not the viewer's, review), CDA "Ten film jest dostępny dla użytkowników
  // premium" (…/cda.py).
  [
    /\bdisponible seulement en premium\b|\bplease subscribe to watch\b|\bobiekt wymaga płatności|\b(?:user|you|account) ha(?:s|ve) not purchased\b|dostępny dla użytkowników premium/i,
    'account',
  ],
  // Discovery's "resource not available for country" (yt-dlp/yt-dlp@e62fa6b0e0186f8c5666c2c5ab64cf191abdafc1:
  // yt_dlp/extractor/discovery.py); Videomore's "Данное видео недоступно для просмотра на территории этой страны" and
  // "…доступно для просмотра только на территории России" (yt-dlp/yt-dlp@e85da3b98532761573d8b48ccd4d8d28dee94b15:
  // yt_dlp/extractor/videomore.py), not "доступно для просмотра на территории всех стран" (available everywhere,
  // review); Albavision's "block access from your country" (streamlink/streamlink@57b412d84f46d909f2e6e94e2a27bff38296eac4:
  // src/streamlink/plugins/albavision.py).
  [
    /\bresource not available for country\b|недоступно для просмотра на территории|доступно для просмотра только на территории|\bblock access from your country\b/i,
    'geo',
  ],
  // AWS's JSON protocol names an error by its shape id in "__type", "<namespace>#<Name>Exception"
  // (https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html): Amazon Music's licence API refusing a request
  // without its login cookies, "com.amazon.digitalmusiclocator#UnauthorizedException"
  // (https://github.com/xbmc/inputstream.adaptive/issues/397). The whole value, the shape's own name.
  [/^[\w.]{1,120}#(?:Unauthorized|UnrecognizedClient|ExpiredToken|InvalidSignature)Exception$/, 'auth'],
  // Chinese services in their own words: bilibili.tv, "版权地区受限" (region restricted by copyright,
  // https://github.com/yt-dlp/yt-dlp/issues/7036); Kuaishou, "操作太快了，请稍微休息一下" (you are going too fast, rest a
  // little; https://github.com/ihmily/DouyinLiveRecorder/issues/58).
  [/版权地区受限/, 'geo'],
  // A video source's front refusing the viewer's region, "403 Forbidden 当前区域禁止访问" (access from the current region
  // is forbidden; https://github.com/mtvpls/MoonTVPlus/issues/468).
  [/当前区域禁止访问/, 'geo'],
  // Ooyala's player authorization refusing the viewer's place, code 3 "unauthorized location"
  // (aussieaddons/plugin.video.nrl-live@1d70d1489889e4b286d1d9a713f48ea55bfd5bbf:resources/tests/fakes/json/AUTH_FAILED.json).
  [/\bunauthori[sz]ed location\b/i, 'geo'],
  // NetEase Cloud Music, "操作频繁，请稍候再试" (operations too frequent, try again later;
  // https://github.com/magicdawn/yun-playlist-downloader/issues/69).
  // Not where the same words give the reason of a ban ("账号因操作频繁已被封禁", banned for operating too often: review).
  [/操作太快了|操作频繁(?![^，。,.]{0,8}封)/, 'rate-limit'],
  // Disney+'s token service refusing the viewer's address, `forbidden-location` in its answer, which checkers of
  // streaming services by region read as "not available here" (lmc999/RegionRestrictionCheck@c9b6944d0406be980b23dc66b502bfcc50806224:
  // check.sh, its Disney+ test on disney.api.edge.bamgrid.com/token). The code as a word, in a message or alone.
  [/(?<![\w-])forbidden-location(?![\w-])/i, 'geo'],
  // A service that refuses the viewer's VPN says so (a rule about where the viewer connects from, like a country's):
  // SRG SSR's players, "This content cannot be played while using a VPN or a proxy" / "…avec un VPN ou un proxy"
  // (https://github.com/SRGSSR/pillarbox-web/issues/311); YouTube's "VPN/Proxy Detected"
  // (https://github.com/yuliskov/SmartTube/issues/4580); Paramount+'s session answer, "IP: … is inside VPN"
  // (https://github.com/matthuisman/slyguy.addons/issues/542); SonyLIV's API, "It seems you are trying to access SonyLIV
  // via <b>VPN, Proxy</b> or a <b>Routed Service</b>" and "… not supported over VPN, Proxy or a routing service"
  // (https://github.com/lmc999/RegionRestrictionCheck/pull/122).
  [
    /\bwhile using a vpn or a proxy\b|\bavec un vpn ou un proxy\b|\bvpn\/proxy detected\b|\bis inside (?:a )?vpn\b|\bnot supported over vpn, proxy\b|\btrying to access [\w.+-]{1,30} via (?:<b>)?vpn\b/i,
    'geo',
  ],
  // Atresplayer's player API to a viewer behind a VPN, {"error":"vpn","error_description":"Using VPN"} (its plug-in's log,
  // https://github.com/streamlink/streamlink/pull/4877): the whole message.
  [/^using (?:a )?vpn\.?$/i, 'geo'],
  // Tuya's 1013 "request time is invalid" (the clock phrases' source, above), as the whole message only: inside a longer
  // text it is a form's date check (review of the seventy-third batch).
  [/^request time is invalid\.?$/i, 'device'],
  // Cloudflare WARP's device allowance (the device-limit phrases' source, above) as its whole message: a router's or a
  // hub's "too many connected devices" on a server error is its own (review of the seventy-fifth batch).
  [/^too many connected devices\.?$/i, 'account'],
  // A delivery service refusing a player on a site its customer did not allow, Lumen Mesh Delivery's (Streamroot's) 403
  // "domain name not allowed" (its help centre, support.streamroot.io, "Why am I not connecting to any Mesh Delivery
  // sources?"): the service's rule about where it is played, as a hotlink rule. The whole answer only: a registrar's or
  // a sign-up form's field says it of an address (review of the seventy-fourth batch).
  [/^domain name not allowed\.?$/i, 'app'],
  // Debrid services refusing a server's or a VPN's address: AllDebrid's NO_SERVER, "Servers are not allowed to use this
  // feature. Visit https://alldebrid.com/vpn if you're using a VPN." (https://github.com/rogerfar/rdt-client/issues/196);
  // Real-Debrid's error 22, {"error": "ip_not_allowed_<address>", "error_code": 22}
  // (https://github.com/rogerfar/rdt-client/issues/22). The code as the whole value with the address only: a bare
  // `ip_not_allowed` is many APIs' allow-list of a key's addresses, the key's rule (review).
  [
    /\bservers are not allowed to use this feature\b|^ip_not_allowed_(?:\d{1,3}(?:\.\d{1,3}){3}|[\da-f]{0,4}(?::[\da-f]{0,4}){2,7})$/i,
    'geo',
  ],
];

/**
 * Filters' own notices (phrases of STATED above) that make a short, untitled page on a success the refusal: an office
 * proxy's and the viewer's antivirus's, each sourced where STATED has it.
 */
export const FILTER_NOTICES: readonly string[] = [
  'you are not using an approved web browser',
  'visiting a dangerous website has been prevented',
  // Antivirus pages the IN_PLACE table above holds (Bitdefender's, Kaspersky's), in place of the answer (review).
  'we blocked this dangerous page for your protection',
  'the requested object is infected with the following viruses',
  'access to the web page was blocked by eset',
  'access to the web page has been blocked. your device is safe',
  // A shop's robot check in place of the product page, its fragment as a price tracker kept it (the STATED line above).
  "sorry, we just need to make sure you're not a robot",
  // The Korean web firewall's notice above, the whole short page on a 200 (mybluelink.ca).
  'the request / response that are contrary to the web firewall security policies have been blocked',
  // BT's parental filter (STATED above): its intercept page holds a notice per setting, the one that applies shown by its
  // script, so the page's visible text is empty.
  'has been blocked by bt parental controls',
  // A train's Wi-Fi category filter (STATED above), its notice as the whole short page.
  'because it contains content belonging to the category of',
];

/** A credential (below) refused or asked for, in either order ("invalid password", "password is incorrect"). */
// "Bad Authentication data." is Twitter's code 215 (tweepy/tweepy@7f322d76cf0761a591b3aa7e9db27fcc707a0236:cassettes/testfailure.json).
// And the header that carries credentials ("Missing Authorization header").
// "Invalid LoginID" as Gigya's login says it ("invalid loginID or password", the cassette in hidden-refusals.ts's JSON reading).
const CREDENTIAL = `(?:api[ _-]?key|apikey|access[ _-]?key|app[ _-]?key|client[ _-]?secret|credentials?|password|user ?name|login ?id|authentication data|authorization header)`;
const CREDENTIAL_VERDICT = `(?:invalid|missing|wrong|incorrect|not valid|expired|revoked|required|not provided)`;
const CREDENTIAL_WORDS = new RegExp(
  [
    String.raw`\b(?:invalid|missing|wrong|incorrect|bad|expired|revoked|unknown|no)[ /]${CREDENTIAL}\b`,
    // "auth error: malformed API key" (The Graph's gateway, https://github.com/graphprotocol/gateway-x/issues/1188); a key
    // only: a "malformed username" is a form's syntax check (review).
    String.raw`\bmalformed (?:api[ _-]?key|apikey|access[ _-]?key|app[ _-]?key|credentials?|authorization header)\b`,
    String.raw`\b${CREDENTIAL}(?: (?:is|are|was|were))? ${CREDENTIAL_VERDICT}\b`,
    // A key named between its word and its verdict, "api_key: API key tivcast-player is invalid" (JW Player's API,
    // https://github.com/jwplayer/jwplatform-node/issues/20): a key only, and a verdict that refuses it (a field "is
    // required" is a form's check, review).
    // The name looks like a key's (a digit, a dot, a dash or an underscore in it): "API key format is invalid", "API key
    // subscription is expired", "App key version is invalid" are a form's check, a plan, an app (review).
    String.raw`\b(?:api[ _-]?key|apikey|access[ _-]?key|app[ _-]?key) (?=[\w.-]{0,63}[\d._-])[\w.-]{1,64} (?:is|was) (?:invalid|not valid|expired|revoked)\b`,
    String.raw`\b(?:could not|cannot|unable to) (?:validate|verify) (?:your )?${CREDENTIAL}`,
    // "Log in failed." as pCloud spells it ({"result": 2000, "error": "Log in failed."}, https://github.com/tomgross/pcloud/issues/49).
    String.raw`\b(?:request )?(?:authentication|log[ -]?in|sign[ -]?in) (?:has )?(?:failed|failure|required|is required)\b`,
    String.raw`\b(?:not|un)[ -]?authenticated\b|\bmust be (?:logged|signed) in\b|\bnot (?:logged|signed) in\b`,
    String.raw`\brequires? an? (?:valid )?${CREDENTIAL}\b`,
    // "You need to set an API key to translate on this server." (LibreTranslate, https://github.com/LibreTranslate/LibreTranslate/issues/85).
    // Not "get an API key": help texts and anti-scraping pages point developers there (review).
    String.raw`\b(?:need|have) to (?:set|provide|supply|pass) an? ${CREDENTIAL}\b`,
    // "You must use an API key to authenticate each request to Google Maps Platform APIs." (its Static Maps answer to a
    // request without one, https://github.com/PHPDorset/phpdorset.github.io/issues/156). A key only: "You must provide a
    // valid username" is a sign-up form's check (review).
    String.raw`\bmust (?:use|provide|supply|send|include) an? (?:valid )?(?:api[ _-]?key|apikey|access[ _-]?key|app[ _-]?key)\b`,
  ].join('|'),
  'i',
);

/**
 * Sentences that state a cause only when no other value of the answer states one: a notice that the app is old,
 * beside a message that refuses the viewer's country or line, is a notice, not the refusal; a refused key or a
 * generic "not authorized" beside a message naming the package or the country is the lesser word (review).
 */
export const WEAK_CAUSES: readonly (readonly [RegExp, Layer, unless?: RegExp, loose?: true])[] = [
  // An API key or an API password refused, as the message's first words: RapidAPI's "Invalid API key. Go to
  // https://docs.rapidapi.com/docs/keys for more info." (https://github.com/THUNLP-MT/StableToolBench/issues/32), OMDb's
  // "Invalid API key!" (https://github.com/omdbapi/OMDb-API/issues/316), Financial Modeling Prep's "Invalid API KEY.
  // Please retry…" (https://github.com/halessi/DCF/pull/2), MediaFlow Proxy's Xtream route, "Invalid API password"
  // (mhdzumair/mediaflow-proxy@2382ab07fcb4d1ba99de5e4514386361a314f0a6:mediaflow_proxy/routes/xtream.py), Mashape's
  // gateway, "Invalid Mashape Key" (brukri/yummy@153df4217f8ff918fe3bc56038572aef12664546:
  // mock/spoonacular/f36b7e9fe963f88af0695534b188c684.js).
  [/^invalid (?:api[ -]?(?:key|password)|mashape key)\b/i, 'auth'],
  // A token that lacks the right, in the whole message: Fastly's API, {"msg":"You are not authorized to perform this
  // action"} (fastly/go-fastly@59874249456b53ae6d839c74333bf9df8fd05f09:fastly/fixtures/content/check.yaml).
  [/^you are not authorized to perform this action\.?$/i, 'auth'],
  // A message about the bearer token the request carried: Etsy's "No user was provided as part of the bearer token."
  // (https://github.com/rhysnhall/etsy-php-sdk/issues/13).
  [/\bpart of the bearer token\b|\bbearer token (?:is )?(?:missing|invalid|expired|malformed)\b/i, 'auth'],
  // An API's login token missing, its whole message: ArcGIS Server's code 499, {"error":{"code":499,"message":"Token
  // Required","details":[]}} on a success (https://github.com/CartoDB/cartodb/issues/6829). Weak: a stream link's own
  // token reading says more (a delivery's missing token is its link rule).
  // Loose, as the credential grammar below: a stream link's own token reading outranks it (review).
  [
    /^(?:access |auth(?:entication)? )?token (?:is )?required\.?$/i,
    'auth',
    /\b(?:upstream|backend)\b/i,
    true,
  ],
  // MapTiler's tile API for a key it does not take, its whole text "Invalid key" on a 403 (a QGIS plugin's log,
  // https://github.com/geometalab/Vector-Tiles-Reader-QGIS-Plugin/issues/287): the client's API key. Loose: an HLS key
  // server's or a tokened link's "Invalid key" is the delivery's rule (review).
  [/^invalid key\.?$/i, 'auth', /\b(?:upstream|backend)\b/i, true],
  // A web filter's notice that the site breaks the organisation's rules, "Access to the Website is restricted… this web
  // page contains content that is not in compliance with the End User Acceptable Use Standard" (a company's Zscaler, as
  // its user retyped it, https://github.com/HenrikBengtsson/R.utils/issues/138). The page or site as what breaks them,
  // in a filter's words: a host's footer, a suspended account or a content policy saying that something "violates our
  // Acceptable Use Policy" are the service's own rules (review).
  [
    /\b(?:web ?page|web ?site|site|url) (?:contains content that )?is not in compliance with (?:the |your )?(?:[\w-]+ ){0,4}acceptable use (?:policy|standard)\b/i,
    'waf',
  ],
  // A service refusing the client's app for its version (the service's rule about the app, not the viewer's line):
  // player.pl's Android gateway, {"status":"failed","code":10777,"info":"required upgrade application version"}
  // (https://github.com/zacny/voddownloader/issues/86); Takeaway's "This version of the app is no longer supported"
  // (https://github.com/TakeawayAPI/node-takeaway/issues/10); Telegram's "You are using an outdated app that is no longer
  // supported" (https://github.com/tdlibx/td-ktx/issues/3).
  [
    /\brequired upgrade application version\b|\bversion of the app is no longer supported\b|\boutdated app that is no longer supported\b/i,
    'app',
  ],
  // The credentials a client sent, or did not send, in the words services use for them, whoever the service: the word
  // families of the refusals above and of VALUE_CAUSES, read as a grammar rather than one service's sentence, so a
  // service nobody has listed that words its refused login the same way is read the same. A credential word with a
  // verdict on it: "Authentication failed" (3scale APIcast, https://github.com/3scale/APIcast/issues/811), "Invalid
  // authentication credentials" (Kong, https://github.com/Kong/kong/issues/3713), "Could not validate credentials"
  // (FastAPI behind MediaFlow Proxy, https://github.com/mhdzumair/mediaflow-proxy/issues/78), "Username or password is
  // incorrect" (Ministra, https://github.com/SlaSerX/stalker/issues/38), "Invalid username/password." (MediaCMS,
  // https://github.com/mediacms-io/mediacms/issues/979), "Invalid API-KEY" (Naver, https://github.com/naver/searchad-apidoc/issues/445),
  // "Request authentication failure" (Amazon Music, https://github.com/xbmc/inputstream.adaptive/issues/397); a
  // request that lacks them: "User not Authenticated" (https://github.com/tonywagner/EPlusTV/issues/158), "You must be
  // logged in" (AzuraCast, https://github.com/AzuraCast/AzuraCast/issues/7853), "This service requires an API key"
  // (Google Maps, https://github.com/yclas/yclas/issues/1978). Tokens are not among the words: a stream's refused token
  // is the provider's link rule (app), which the token readings decide. Last of all the readings: any other
  // sentence or code of the answer says more. Not where the credentials are another party's (the service's own
  // upstream, review "33.") or the words belong to a location check (review "46.").
  // Loose: a grammar, not a sentence; a stream link's own token says more (review).
  [CREDENTIAL_WORDS, 'auth', /\b(?:upstream|backend|origin server|geo|region)\b/i, true],
];

/**
 * Services' own error codes, read only as a whole value (a JSON string, a short text), never inside a field name,
 * a flag or a script ("rate_limit_exceeded": false, onFailedGeolocation, an i18n key, review); as the clients
 * that handle them test them, one source per line.
 */
/**
 * GraphQL services' codes, read only where GraphQL puts them — an error's `extensions.code` or `type` in an answer that
 * carries nothing else (src/diagnosis/hidden-refusals.ts): as a value elsewhere, "not_found" is a pairing poll's waiting
 * state and "unauthenticated" an account's field (review "80."). Apollo Server's UNAUTHENTICATED
 * (apollographql/apollo-server@4f154060bbe57d3bd612cb09ab63467f319d4ba5:docs/source/data/errors.mdx; not its
 * PERSISTED_QUERY_NOT_FOUND, a cache miss its client answers by sending the whole query, review "80."), Shopify's
 * THROTTLED (https://community.shopify.com/t/throttled/254776), GitHub's RATE_LIMIT and graphql_rate_limit
 * (https://github.com/yanyongyu/githubkit/issues/271) and NOT_FOUND on a null node (PyGithub's recorded answer,
 * tests/ReplayData/GraphQl.testNode.txt), Hasura's jwt-invalid-claims and rate-limit-exceeded
 * (https://github.com/hasura/graphql-engine/issues/2879, /issues/9705).
 */
export const GRAPHQL_CODES: ReadonlyMap<string, Layer> = new Map([
  ['unauthenticated', 'auth'],
  ['throttled', 'rate-limit'],
  ['rate_limit', 'rate-limit'],
  ['graphql_rate_limit', 'rate-limit'],
  ['rate-limit-exceeded', 'rate-limit'],
  ['jwt-invalid-claims', 'auth'],
  ['not_found', 'not-found'],
]);

/**
 * Codes ByteDance's socket edge names a refused WebSocket upgrade with, in "handshake-msg" beside "handshake-status: 415"
 * on a 200 (TikTok LIVE, https://github.com/zerodytrash/TikTok-Live-Connector/issues/187); other codes are read with the
 * cause tables.
 */
export const HANDSHAKE_CODES: ReadonlyMap<string, Layer> = new Map([['device_blocked', 'app']]);

export const VALUE_CODES: ReadonlyMap<string, Layer> = new Map([
  // Keygen's code beside its machine-limit sentence, "code": "MACHINE_LIMIT_EXCEEDED" (louischan-oursky/keygen-poc@
  // 7c8656b5e22f57d84edd2a29c789cc16a79f6112:README.md).
  ['machine_limit_exceeded', 'account'],
  // united.cloud's TV platform API (Telemach, EON) for what it does not have, {"status":400,"error":"resource_not_found",
  // "errorMessage":"Resource not found"} (iptv-org/epg@1f2e27757d852202ca3a309a91840b216058a0ab:
  // sites/epg.telemach.ba/__data__/no_content.json).
  ['resource_not_found', 'not-found'],
  // YouTube's live API for a channel that may not stream, "reason": "livePermissionBlocked", "The user is blocked from
  // live streaming." (https://github.com/alchemyguy/YoutubeLaravelApi/issues/17): the channel's own standing (account).
  ['livepermissionblocked', 'account'],
  // Schedules Direct's listings service, {"code":4006,"response":"TOKEN_EXPIRED"} and {"response": "MAX_IMAGE_DOWNLOADS",
  // "code": 5002, …} (Dispatcharr/Dispatcharr@fd413f0cc4ab3131789a68fb31f1ae622ae7371a:
  // apps/epg/tests/test_schedules_direct.py, the service's strings).
  ['token_expired', 'auth'],
  // Kraken's API for a key it does not know, {"error":["EAPI:Invalid key"]} on HTTP 200 (https://github.com/ccxt/ccxt/issues/8634).
  ['eapi:invalid key', 'auth'],
  // OverDrive's Libby for a request without its "chip" (the app's identity), {"result":"missing_chip"} on a 403
  // (https://github.com/ping/odmpy/issues/64).
  ['missing_chip', 'auth'],
  // apilayer's APIs (ipstack's) for a call without its key, {"success": false, "error": {"code": 101, "type":
  // "missing_access_key", …}} on HTTP 200 (https://github.com/blacklanternsecurity/bbot/issues/830); PayPal's orders for a
  // merchant it restricted, "issue":"PAYEE_ACCOUNT_RESTRICTED" (https://github.com/banco-alimentar/alimentestaideia.pt/issues/769);
  // Viva Wallet's "PaymentsPolicyCreditRestriction" (https://github.com/VivaPayments/API/issues/1272).
  ['missing_access_key', 'auth'],
  ['payee_account_restricted', 'account'],
  ['paymentspolicycreditrestriction', 'account'],
  // Adobe's ADEPT licence server (Kobo's) for a fulfilment request past its time, E_ADEPT_REQUEST_EXPIRED with the two
  // dates (https://github.com/Leseratte10/acsm-calibre-plugin/issues/105): the shop's link (its .acsm file) expired.
  ['e_adept_request_expired', 'app'],
  // NOW Online's (Claro Brazil's) gateway for content the subscription does not include, {"status":"ACN_3034","message":
  // "User has no rights"} (https://github.com/olavopeixoto/plugin.video.brplay/issues/143).
  ['acn_3034', 'account'],
  // NewsAPI's plan limit, {"status":"error","code":"maximumResultsReached","message":"… Developer accounts are limited to
  // a max of 100 results …"} on a 426 (https://github.com/airbytehq/airbyte/pull/18301): the account's plan (account).
  ['maximumresultsreached', 'account'],
  // Instagram's checkpoint, {"message": "challenge_required", …, "error_type": "checkpoint_challenge_required"}: the
  // account is held until its owner verifies it in the app (https://github.com/Datalux/Osintgram/issues/1504).
  ['checkpoint_challenge_required', 'account'],
  // Pinnacle's API for an account without API access, {"code": "NO_API_ACCESS", "message": "Account not permitted to access
  // the API"} (https://github.com/pinnacleapi/pinnacleapi-documentation/issues/24); Salesforce's for an organisation
  // whose edition has no API, [{"message":"The REST API is not enabled for this Organization.","errorCode":
  // "API_DISABLED_FOR_ORG"}] (https://github.com/wadewegner/Force.com-Toolkit-for-NET/issues/150): the account's plan.
  ['no_api_access', 'account'],
  ['api_disabled_for_org', 'account'],
  // edX's mobile API for a course whose free audit period ended, a 404 with {"has_access":false,"error_code":
  // "audit_expired",…} (https://github.com/openedx/openedx-app-ios/pull/213): the learner's access, not a missing course.
  ['audit_expired', 'account'],
  // WeTV's (Tencent's) play API for paid content, its msg "pay limit" (https://github.com/yt-dlp/yt-dlp/issues/7762).
  ['pay limit', 'account'],
  // HIDIVE's API refusing an old app, "Status":"UpgradeApplication" (https://github.com/anidl/hidive-downloader-nx/issues/4):
  // the service's rule about the app's version (app), as player.pl's sentence in WEAK_CAUSES.
  ['upgradeapplication', 'app'],
  // pixeldrain's download API when a file has used too much bandwidth, {"success":false,"value":
  // "file_rate_limited_captcha_required",…} on a 403 (https://github.com/Jules-WinnfieldX/CyberDropDownloader/issues/213).
  ['file_rate_limited_captcha_required', 'rate-limit'],
  // RedGifs' API without its bearer token, HTTP 410 with {"error":{"code":"MissingAuthorizationHeader","description":
  // "authorization required to access this service",…}} (https://github.com/Serene-Arc/bulk-downloader-for-reddit/issues/755).
  ['missingauthorizationheader', 'auth'],
  // Magio GO's (Slovak Telekom's) login for an account at its device limit or whose plan allows one mobile device,
  // {"success": false, "errorCode": "BENEFIT_DEVICE_MAX_LIMIT", …} and "BENEFIT_LOGIN_FORBIDDEN"
  // (https://github.com/cvb941/magiogo-iptv-server/issues/26): the line's plan (account).
  ['benefit_device_max_limit', 'account'],
  ['benefit_login_forbidden', 'account'],
  // ZipRecruiter's API when Cloudflare's firewall rules refused the call, {"status_code":403,"error_code":"forbidden
  // cf-waf","error_message":"Forbidden"} (https://github.com/speedyapply/JobSpy/issues/302).
  ['forbidden cf-waf', 'waf'],
  // MediaWiki's API for an address in a range blocked on all wikis, often a web host's or an open proxy's, {"error":
  // {"code": "globalblocking-ipblocked-range", "info": "… Webhost …"}} on HTTP 200
  // (https://github.com/google/wikiloop-doublecheck/issues/101): the network the request came from (geo).
  ['globalblocking-ipblocked-range', 'geo'],
  // Safaricom's Daraja API for a token it does not accept, a 404 with {"errorCode": "404.001.03", "errorMessage":
  // "Invalid Access Token"} (https://github.com/safaricom/LNMOnlineAndroidSample/issues/41).
  ['404.001.03', 'auth'],
  // Slack's Web API without a token, HTTP 200 {"ok":false,"error":"not_authed"} (slack-ruby/slack-ruby-client's
  // recorded auth.test; the same code its API docs list for every method).
  ['not_authed', 'auth'],
  // Moodle's web services for a token it does not know, <ERRORCODE>invalidtoken</ERRORCODE> on HTTP 200
  // (https://github.com/mudrd8mz/node-moodle-client/issues/12).
  ['invalidtoken', 'auth'],
  // API Umbrella's codes (NREL/api-umbrella@eac5a7c32d971c7f193179da3469d3cbd561d590:
  // src/api-umbrella/example-website/content/docs/errors.md): a key missing, refused for the service or not yet verified,
  // disabled by an administrator, over its rate limit, a request not made over HTTPS. API_KEY_INVALID is read above
  // (VALUE_CAUSES).
  ['api_key_missing', 'auth'],
  ['api_key_unauthorized', 'auth'],
  // NFL Game Pass's login for a wrong user or password, 400 {"code": "UR_10006", "message": "error_unauthorised",
  // "httpStatusCode": 401} (pigskin/pigskin@da82490dad15cbadc76a77cc93e062de6d947fb2:tests/cassettes/public_API/
  // europe_pigskin_bad_auth_login.yaml).
  ['error_unauthorised', 'auth'],
  ['not_granted_call', 'auth'],
  // Google's geocoding API over its quota, {"status": "OVER_QUERY_LIMIT", "results": []} on a 200
  // (alexreisner/geocoder@8143fce1820539cdaf6344c3400edf5690ec1611:test/fixtures/google_over_limit).
  ['over_query_limit', 'rate-limit'],
  // Slack's answer to a retired method, {"ok":false,"error":"method_deprecated",…} (https://github.com/vluzrmos/laravel-slack-api/issues/34);
  // WhatsApp's registration for an app too old, "reason":"old_version" (https://github.com/tgalal/yowsup/issues/788).
  ['method_deprecated', 'app'],
  ['old_version', 'app'],
  // Xtream UI's admin API for a wrong key, {"result":false,"0":"KEY WRONG"} (adilem/XtreamUI-CK41-DECODED@
  // 6fbab78d5a6ef5de198a680ed1a8d4c513e23d1c:wwwdir/api.php, as decoded).
  ['key wrong', 'auth'],
  // The same file's answer to an address not on its list, {"result":false,"0":"IP FORBIDDEN"} (review).
  ['ip forbidden', 'app'],
  ['api_key_disabled', 'account'],
  ['api_key_unverified', 'account'],
  ['over_rate_limit', 'rate-limit'],
  ['https_required', 'app'],
  ['max_image_downloads', 'rate-limit'],
  // LG's developer service refusing a renewal whose session token it did not get, {"result":"fail","errorCode":"ERR_006",
  // "errorMsg":"Check sessionToken"} (https://github.com/webosbrew/dev-manager-desktop/issues/173); Schedules Direct's
  // token service to a wrong user or password, {"response": "INVALID_USER", "code": 4003, …}
  // (https://github.com/SchedulesDirect/JSON-Service/issues/71): whole values.
  ['check sessiontoken', 'auth'],
  ['invalid_user', 'auth'],
  // Smart IPTV's playlist service for a TV whose app licence was not bought, the whole answer "MAC address is not
  // activated!" on a success (https://github.com/iptv-org/iptv/issues/1330): the account, read only as the whole text.
  ['mac address is not activated!', 'account'],
  // Whole answers of services refusing the viewer's region on a success: ivi's "Контент недоступен для показа в вашем
  // регионе" (https://github.com/ytdl-org/youtube-dl/issues/10400), rezka's "К сожалению, это видео не доступно в вашем
  // регионе" (https://github.com/zhovner/zaborona_help/issues/389); Naver's play API, "errorCode": "LOCATION_ISSUE"
  // (https://github.com/egg-/video-parser/issues/14); Nova's Voyo playlist, <status>InvalidSignature</status> for a
  // link whose signature it refused (https://github.com/Limoto/tv-dl/issues/37).
  ['контент недоступен для показа в вашем регионе', 'geo'],
  ['к сожалению, это видео не доступно в вашем регионе', 'geo'],
  ['location_issue', 'geo'],
  ['invalidsignature', 'app'],
  // iQIYI's play API refusing the viewer's region: yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/iqiyi.py
  ['a00111', 'geo'],
  // Amazon Prime Video's playback rights service, `errorCode` "PRS.NoRights.InvalidGeoIP" (the address's country) and
  // "…NotOwned" (a title the account has not got), as Sandmann79/xbmc@85922ccba090668b125712e3ec6db44bc1dc1377:
  // plugin.video.amazon-test/resources/lib/network.py reads them (it matches "invalidgeoip" and "notowned" inside).
  ['prs.norights.invalidgeoip', 'geo'],
  ['prs.norights.notowned', 'account'],
  // Sky Go NZ: matthuisman/slyguy.addons@0339224c54b2a6275d570f3cb309cfa1a5495e17:slyguy.skygo.nz/resources/lib/api.py
  ['concurrentstreamsexceeded', 'account'],
  // Telenet's licence service: {"code":"deviceUnregisteredDeviceLimitReached","reason":"prohibited"}
  // (https://github.com/xbmc/inputstream.adaptive/issues/199).
  ['deviceunregistereddevicelimitreached', 'account'],
  // discovery+/Dplay/Max: yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/dplay.py
  ['access.denied.missingpackage', 'account'],
  // Twitch: yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/twitch.py
  ['unauthorized_entitlements', 'account'],
  // niconico: yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/niconico.py
  ['channel_member_only', 'account'],
  // TVP VOD: streamlink/streamlink@5376d2e8851bd523e390a2141360afddccb5adba:src/streamlink/plugins/tvp.py
  ['item_not_paid', 'account'],
  // Sky OTT platform: https://github.com/Paco8/plugin.video.skyott/issues/40
  ['ovp_00014', 'account'],
  // Brightcove Playback Restrictions: https://apis.support.brightcove.com/playback-restrictions/references/playback-rights-errors.html
  ['denied_by_stream_limit_create', 'account'],
  // Stan: matthuisman/slyguy.addons@8263f70f7a42667e01027550a3c91756a61a1f58:plugin.video.stan.au/resources/lib/api.py
  ['streamco.login.vpndetected', 'geo'],
  // Stan: matthuisman/slyguy.addons@8263f70f7a42667e01027550a3c91756a61a1f58:plugin.video.stan.au/resources/lib/api.py
  ['streamco.concurrency.outofregion', 'geo'],
  // NeuLion platform: matthuisman/slyguy.addons@7637303545de87413bdea3b9bc97477474dbc8fa:plugin.video.rugbypass/resources/lib/api.py
  ['failedgeo', 'geo'],
  // VRT MAX: yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/vrt.py
  ['content_unavailable_via_proxy', 'geo'],
  // VRT MAX: yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/vrt.py
  ['content_available_only_in_be', 'geo'],
  // niconico: yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/niconico.py
  ['high_risk_country_video', 'geo'],
  // TVP VOD: streamlink/streamlink@5376d2e8851bd523e390a2141360afddccb5adba:src/streamlink/plugins/tvp.py
  ['geoip_filter_failed', 'geo'],
  // Disney+: https://github.com/matthuisman/slyguy.addons/issues/686
  ['device-certificate-revoked', 'device'],
  // Sky Sport Now: matthuisman/slyguy.addons@d63bd079f326ae00ac599a220a9324547be6a7f7:plugin.video.sky.sport.now/resources/lib/api.py
  ['too_many_requests', 'rate-limit'],
  // Google APIs ErrorInfo.reason: https://rdrr.io/cran/gargle/f/tests/testthat/_snaps/response_process.md
  ['rate_limit_exceeded', 'rate-limit'],
  // TV 2: yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/tv2.py
  ['session_not_authenticated', 'auth'],
  // Janrain's login API behind SBS On Demand, {"code": 210, "error": "invalid_credentials", "stat": "error"}
  // (aussieaddons/plugin.video.sbs@8dbdbe984ea74b71b367fcf8872bab02892d9a22:resources/tests/fakes/json/auth1_fail.json).
  ['invalid_credentials', 'auth'],
  // Max's licence server for a device it has revoked: {"errors":[{"code":"device_revoked"}]}
  // (https://github.com/matthuisman/slyguy.addons/issues/942).
  ['device_revoked', 'device'],
  // A Widevine licence denied because the player's verified media path failed, Amazon's "denialReason":
  // "VMP_VALIDATION_FAILED" (https://github.com/xbmc/inputstream.adaptive/issues/397).
  ['vmp_validation_failed', 'device'],
  // From a sweep of clients' code (yt-dlp's extractors, slyguy's add-ons, streamlink's plugins) for the codes
  // services answer a refusal with, each compared whole by its client; the service and the field beside it.
  // Atresplayer, error: yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/atresplayer.py
  ['required_registered', 'auth'],
  // Brightcove Playback API, [0].error_subcode: yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/brightcove.py
  ['client_geo', 'geo'],
  // discovery+/Dplay/Max (Discovery disco-api), errors[0].code: yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/dplay.py
  ['invalid.token', 'auth'],
  // Kuwo music, whole response body: yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/kuwo.py
  ['ipdeny', 'geo'],
  // iQiyi, code: yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/iqiyi.py
  ['a00111', 'geo'],
  // iPrima (Prima+), player page text: yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/iprima.py
  ['geo_ip_not_allowed', 'geo'],
  // PandaLive, errorData.code: yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/pandatv.py
  ['needlogin', 'auth'],
  // PandaLive, errorData.code: yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/pandatv.py
  ['needcoinpurchase', 'account'],
  // PandaLive, errorData.code: yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/pandatv.py
  ['needunlimititem', 'account'],
  // Dailymotion player metadata, error.code: yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/dailymotion.py
  ['dm007', 'geo'],
  // Twitch (usher VOD), [0].error_code: yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/twitch.py
  ['vod_manifest_restricted', 'account'],
  // niconico, data.reasonCode: yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/niconico.py
  ['ppv_video', 'account'],
  // niconico, data.reasonCode: yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/niconico.py
  ['premium_only', 'account'],
  // VRT MAX, code: yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/vrt.py
  ['content_available_only_for_be_residents', 'geo'],
  // VRT MAX, code: yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/vrt.py
  ['content_requires_authentication', 'auth'],
  // Limelight (Video Platform), detail.contentAccessPermission: yt-dlp/yt-dlp@23e9389f936ec5236a87815b8576e5ce567b2f77:yt_dlp/extractor/limelight.py
  ['countrydisabled', 'geo'],
  // Recurbate, whole response body: yt-dlp/yt-dlp@5a230233d6fce06f4abd1fce0dc92b948e6f780b:yt_dlp/extractor/recurbate.py
  ['shall_subscribe', 'account'],
  // VRT NU / Canvas (old mediazone API), code: yt-dlp/yt-dlp@55ed4ff73487feb3177b037dfc2ea527e777da3e:yt_dlp/extractor/canvas.py
  ['authentication_required', 'auth'],
  // VRT NU / Canvas (old mediazone API), code: yt-dlp/yt-dlp@55ed4ff73487feb3177b037dfc2ea527e777da3e:yt_dlp/extractor/canvas.py
  ['invalid_location', 'geo'],
  // ProSiebenSat.1 (7TV) / ATV.at, error.title: yt-dlp/yt-dlp@e85da3b98532761573d8b48ccd4d8d28dee94b15:yt_dlp/extractor/prosiebensat1.py
  ['geo check failed', 'geo'],
  // HBO Max (legacy), code: matthuisman/slyguy.addons@02c6363112c49848b5e09858e8e6f1a89a5acfc2:slyguy.hbo.max/resources/lib/api.py
  ['not_paired', 'auth'],
  // Hulu, errorCode / code: matthuisman/slyguy.addons@48dc291d2c03ed4830cd067f3c8d0e1fbdbe7007:slyguy.hulu/resources/lib/api.py
  ['home-002', 'auth'],
  // ESPN Watch API, exception / message / errors[0].code: matthuisman/slyguy.addons@74d5ba59049d049e16b2688d9305c0521b7784c2:slyguy.espn/resources/lib/util.py
  ['noauthz', 'account'],
  // Disney+ / Star+ (BAMTech identity), errors[0].code: matthuisman/slyguy.addons@8c5efc00b217239b181804efd607d5ddb08e06f7:slyguy.disney.plus/resources/lib/api.py
  ['idp.error.identity.bad-credentials', 'auth'],
  // 7plus (Seven West Media videoservice), error: matthuisman/slyguy.addons@7ba4e87e0d2149de39f6e530de5d3c1c434bf845:slyguy.7plus/resources/lib/api.py
  ['location_verification_required', 'geo'],
  // 7plus (Seven West Media videoservice), error: matthuisman/slyguy.addons@7ba4e87e0d2149de39f6e530de5d3c1c434bf845:slyguy.7plus/resources/lib/api.py
  ['video_not_in_market', 'geo'],
  // ITV Hub (old SOAP playlist service), SOAP faultcode: streamlink/streamlink@26f1bdde050d981e4629a6fe56e4611c03e85646:src/streamlink/plugins/itvplayer.py
  ['invalidgeoregion', 'geo'],
  // NeuLion platform (UFC.tv, Eleven UK), auth XML status: streamlink/streamlink@ba893e618ba4167a6426ca50948e10b432ea50b8:src/streamlink/plugins/neulion.py
  ['loginlocked', 'account'],
  // Crunchyroll (legacy api.crunchyroll.com), code: streamlink/streamlink@d7a27b31b0284670328f63e163a414f80db0afa5:src/streamlink/plugins/crunchyroll.py
  ['bad_session', 'auth'],
]);

/**
 * Codes too general to outrank what else a body says: a permission refused to the caller's credentials, unless a
 * sentence beside it states a plan, a place or a rate (review: {"error_code":"insufficient_rights","message":"…you need
 * a subscription…"} is the plan). Read after every code and sentence (valueCauseOf).
 */
export const WEAK_CODES: ReadonlyMap<string, Layer> = new Map([
  // Freebox OS's API refusing an app the permission it asks for, {"success": false, "msg": "Cette application n'est pas
  // autorisée à accéder à cette fonction", "error_code": "insufficient_rights"} (https://github.com/gvigroux/freebox_home/issues/4).
  ['insufficient_rights', 'auth'],
  // Scaleway's API gateway to a key without the permission, {"message":"insufficient permissions","type":"permissions_denied"}
  // (scaleway/terraform-provider-scaleway@b2d45ed4bd720e127167f80f1e0b86c7833577e6:internal/services/flexibleip/testdata/flexible-ip-with-zone.cassette.yaml).
  ['permissions_denied', 'auth'],
]);

/**
 * A forward proxy that could not reach the service answers a 502 itself and says why in a Warning: Google's martian
 * (its proxyutil.Warning, `199 "martian" "<error>" "<date>"`, in google/martian's proxyutil/proxyutil.go) and AdGuard's
 * gomitmproxy, its fork (`199 "gomitmproxy" …`), as a recording proxy met a timeout, "dial tcp …: connect: connection
 * timed out" (google/go-cloud@29ba3487e2e12a9a270aea9c74ca99bde8117885:blob/azureblob/testdata/TestConformance/TestWrite/
 * invalid_ContentType_fails.replay): the way to the service failed, the service said nothing.
 */
export const PROXY_WARNING = /^\s*199 "(?:martian|gomitmproxy)" "([^"]{1,200})"/;
/** Only a failed round trip's words: martian warns with the same code when one of its own modifiers fails (review). */
export const ROUND_TRIP_FAILURE =
  /\bdial tcp\b|\bi\/o timeout\b|\bconnection (?:refused|reset|timed out)\b|\bno such host\b|\bno route to host\b|\bnetwork is unreachable\b|\bEOF\b|\btls:|\bx509:|\bcontext deadline exceeded\b|\btimeout awaiting response headers\b|\bTLS handshake timeout\b|\bmalformed HTTP response\b|\bserver gave HTTP response to HTTPS client\b|\bserver closed idle connection\b/;

/**
 * UPnP AV devices' fault codes with their descriptions in a SOAP fault's <UPnPError> detail, which the device's HTTP 500 does not tell apart
 * (SOAP's status for every fault): AVTransport's 716 "Resource not found", the address a renderer was given to play
 * that it could not fetch (a Samsung TV's, https://github.com/0x5e/DLNACast/issues/1). Only codes whose layer they decide:
 * 701 (a transition the player's state does not allow) and 714 (a media type it does not take) say what the player
 * can do, not who refused. By code and description together: 716 is another service's fault elsewhere (a router's
 * port mapping's WildCardNotPermittedInExtPort, a media server's transfer busy, review); the description read by its
 * letters only ("Resource not found.", "ResourceNotFound", "Resource Not Found: http://…", review "70.").
 */
export const UPNP_ERRORS: ReadonlyMap<string, Layer> = new Map([['716 resourcenotfound', 'not-found']]);

/**
 * A rate limit's note that stands alone in a success, lower-cased: Alpha Vantage's once a free key's calls are spent,
 * {"Note": "Thank you for using Alpha Vantage! Our standard API call frequency is 5 calls per minute …"}
 * (https://github.com/finance-quote/finance-quote/pull/104), and its later wording, {"Information": "… Please consider
 * spreading out your free API requests more sparingly. … to lift the free key rate limit (25 requests per day) …"}
 * (https://github.com/beancount/beanprice/issues/124). Read only as an answer's sole Note or Information.
 */
export const NOTE_LIMITS: readonly string[] = [
  'our standard api call frequency is',
  'spreading out your free api requests more sparingly',
];

/**
 * A platform's stand-in for what it withholds, inside an answer that calls itself a success, and what it means: VK's
 * audio API for a client that is not one of its official apps returns one stub track, "Аудио доступно на vk.com",
 * whose address is …/mp3/audio_api_unavailable.mp3 (https://github.com/vodka2/vk-audio-token/issues/26): the service's
 * rule about the client app.
 */
export const SUCCESS_STUBS: readonly (readonly [marker: string, layer: Layer])[] = [
  // As the track's own address, not a mention of it in a post (review).
  ['"url":"https://vk.com/mp3/audio_api_unavailable.mp3"', 'app'],
];

/**
 * A TP-Link router's login answer names its refusal in words in a lower-case `errorcode` beside `success`:
 * {"errorcode":"login failed","success":false,…} (https://github.com/AlexandrErohin/home-assistant-tplink-router/issues/358),
 * {"errorcode":"exceeded max attempts",…} (…/issues/285). Read in that field only: a webhook's "Exceeded max attempts"
 * is its delivery's (review).
 */
export const ROUTER_ERRORCODES: ReadonlyMap<string, Layer> = new Map([
  ['login failed', 'auth'],
  ['exceeded max attempts', 'rate-limit'],
]);

/**
 * Huawei's HiLink modems and routers answer their web API with HTTP 200 and <error><code>…</code><message/></error>; the
 * codes of a refused session, as its client library names them (Salamek/huawei-lte-api@eea592f53f646abc9e7708e97eb7666437db9c6e:
 * huawei_lte_api/enums/client.py: ERROR_SYSTEM_NO_RIGHTS 100003, ERROR_SYSTEM_CSRF 125002; a 125002 in
 * https://github.com/trick77/huawei-hilink-status/issues/3): the caller is not logged in or its session token is stale.
 */
export const HILINK_ERROR_CODES: ReadonlyMap<string, Layer> = new Map([
  ['100003', 'auth'],
  ['125002', 'auth'],
]);

/**
 * OpenWrt's ubus over HTTP (uhttpd's /ubus) answers JSON-RPC with HTTP 200 and its own codes in the server range
 * (openwrt/uhttpd@4ead51e17f1e7d7c986daf0cb3f1aeb12d3fe98e:ubus.c, json_errors): -32001 "Session not found", -32002
 * "Access denied" (a session without the right, https://github.com/mkschreder/juci/issues/9). Read only on /ubus: other
 * JSON-RPC servers give these numbers other meanings.
 */
export const UBUS_ERROR_CODES: ReadonlyMap<number, Layer> = new Map([
  [-32001, 'auth'],
  [-32002, 'auth'],
]);

/**
 * The CAPTCHA widgets a page embeds to ask "are you a person", each by the script its vendor's documentation tells
 * every site to load: reCAPTCHA's (https://developers.google.com/recaptcha/docs/display: `https://www.google.com/recaptcha/api.js`
 * and a `g-recaptcha` div; its Enterprise script as Google's /sorry/ page loads it and its recaptcha.net mirror as DDoS-Guard's page does,
 * the real corpus's youtube-429-google-sorry-recaptcha and ddos-guard-403-page-loads-recaptcha), hCaptcha's (https://docs.hcaptcha.com: `https://js.hcaptcha.com/1/api.js`, older pages
 * `https://hcaptcha.com/1/api.js`), Cloudflare Turnstile's, which any site may embed without Cloudflare in front
 * (https://developers.cloudflare.com/turnstile/concepts/appearance-modes: `https://challenges.cloudflare.com/turnstile/v0/api.js`).
 * A refusal that answers with one of them is a bot check, whoever runs it: the firewall layer, its vendor unnamed
 * unless its own markers name it (the real corpus's CSF and DDoS-Guard pages load reCAPTCHA's script). The script and
 * the widget's element both: reCAPTCHA v3 loads the script on every page of a site and shows no widget (review).
 */
export const CAPTCHA_WIDGETS: readonly (readonly [name: string, script: string, widget: string])[] = [
  ['reCAPTCHA', 'google.com/recaptcha/api.js', 'g-recaptcha'],
  ['reCAPTCHA', 'google.com/recaptcha/enterprise.js', 'g-recaptcha'],
  ['reCAPTCHA', 'recaptcha.net/recaptcha/api.js', 'g-recaptcha'],
  ['hCaptcha', 'hcaptcha.com/1/api.js', 'h-captcha'],
  ['Turnstile', 'challenges.cloudflare.com/turnstile/v0/api.js', 'cf-turnstile'],
];

/**
 * Redirects to a bot check's page: Google's /sorry/, https://www.google.com/sorry/index?continue=<the address asked>
 * (youtube.com's, https://github.com/TeamNewPipe/NewPipeExtractor/issues/1185; the page's own words are in STATED
 * above). Google's own domains only: another site's /sorry/ is its own page (review).
 */
export const BOT_CHECK_REDIRECTS: readonly (readonly [name: string, shape: RegExp])[] = [
  [
    "Google's /sorry/",
    /^https?:\/\/(?:www\.|ipv[46]\.)?google\.(?:com|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2,3})\/sorry\//i,
  ],
  // Baidu's image CAPTCHA, wappass.baidu.com/static/captcha/tuxing.html?…&backurl=<the search asked>
  // (https://github.com/BaiduSpider/BaiduSpider/issues/30).
  ["Baidu's CAPTCHA", /^https?:\/\/wappass\.baidu\.com\/static\/captcha\//i],
  // Startpage's CAPTCHA block, https://www.startpage.com/sp/captcha-block#?… (https://github.com/searxng/searxng/pull/5380).
  ["Startpage's CAPTCHA block", /^https?:\/\/(?:www\.)?startpage\.com\/sp\/captcha-block\b/i],
];

/**
 * Headers a name filter's own web server signs its answer with when a name its owner's list blocks is asked: Pi-hole's
 * "X-Pi-hole: A black hole for Internet advertisements." (its own check, quoted in https://github.com/pi-hole/pi-hole/issues/396).
 * That value only: its admin pages send "X-Pi-hole: The Pi-hole Web interface is working!" (review).
 */
export const SINKHOLE_HEADERS: readonly (readonly [name: string, value: RegExp])[] = [
  ['x-pi-hole', /\bblack hole\b/i],
];

/**
 * Codes read only as a bare item of an answer's `errors` list, where nothing else of the answer holds data: MLB.tv's
 * media edge for a game blacked out where the viewer is, {"errors": ["blackout"]} (https://github.com/kmac/mlbv-archived/issues/15).
 * Not as a value elsewhere: a team, a scene or a slot's state called "blackout" is data (review).
 */
export const LISTED_ERROR_CODES: ReadonlyMap<string, Layer> = new Map([['blackout', 'geo']]);

/**
 * A service's own page saying it will not show itself where the viewer is, read on a success only as the whole of
 * a short page (src/diagnosis/hidden-refusals.ts): MX Player's "Oops!!! We are currently not available in your
 * region." (https://github.com/yt-dlp/yt-dlp/issues/15968), Rutube's "Увы! Правообладатель ограничил доступ к данному
 * видео в вашем регионе" (https://github.com/zhovner/zaborona_help/issues/90). Only these sentences: a channel's badge,
 * a tip or an app's translation strings say the older geo words too (review).
 */
/**
 * A service's own short page that refuses the request in place of the answer, on a success, with what it means: the
 * US Census Bureau's data API for a key it does not accept, a 200 HTML page "Invalid Key … You included a key with this
 * request, however, it is not valid." (https://github.com/censusdis/censusdis/issues/319). Read only as the whole of a
 * short page (hidden-refusals.ts), never inside an article.
 */
export const PAGE_NOTICES: readonly (readonly [phrase: string, layer: Layer])[] = [
  ['you included a key with this request, however, it is not valid', 'auth'],
  // Google Drive's page for a shared file downloaded too often, "<title>Google Drive - Quota exceeded</title>" on HTTP 200
  // (https://github.com/eigengrau/tts-backup/issues/9).
  ['google drive - quota exceeded', 'rate-limit'],
];

export const GEO_NOTICES: readonly string[] = [
  'we are currently not available in your region',
  'this video is not available in your region',
  'ограничил доступ к данному видео в вашем регионе',
  'you seem to be using an unblocker or proxy',
  // Naver TV's (STATED above), the page's whole notice on a success.
  'according to the request of the right holder, the clip is not available in your country',
];
