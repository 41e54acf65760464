import type { VendorRow } from '../schema.ts';

/**
 * Delivery networks beyond the major ones, many used for IPTV and video delivery in their regions. Sources
 * are named once here and cited per marker:
 *   WAPPALYZER = enthec/webappanalyzer@1b9eee8154c0f01e7888c5242cf6fbbc4a3fcea6:src/technologies/<letter>.json
 *   WPT        = catchpoint/WebPageTest.agent@560e4d5a5ca10b479c925e90a6f19cfbc655f5b7:internal/optimization_checks.py
 *   WAFW00F    = EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/<name>.py
 * Host markers from WPT's list are its CNAME targets, which it also matches against the request's host.
 */
export const REGIONAL_CDN_ROWS: readonly VendorRow[] = [
  {
    id: 'cachefly',
    name: 'CacheFly',
    kind: 'cdn',
    markers: [
      // Server "^CFS " (e.g. "CFS 0213"), X-CF1, X-CF2: WAPPALYZER c.json "CacheFly".
      { on: 'header', key: 'server', value: /^CFS /, weight: 0.9 },
      { on: 'header', key: 'x-cf1', weight: 0.85 },
      { on: 'header', key: 'x-cf2', weight: 0.85 },
      // BestCDN: Cachefly and the cfly_req* cookie: WAFW00F cachefly.py.
      { on: 'header', key: 'bestcdn', value: /^Cachefly/i, weight: 0.95 },
      { on: 'cookie-prefix', key: 'cfly_req', weight: 0.85 },
      // Account hostnames <name>.cachefly.net: WPT cdn_cnames 'Cachefly'.
      { on: 'host', key: 'cachefly.net', weight: 0.9 },
    ],
  },
  {
    id: 'arvancloud',
    name: 'ArvanCloud CDN',
    kind: 'cdn',
    markers: [
      // Server: ArvanCloud: WAPPALYZER a.json "ArvanCloud" (pattern "ArvanCloud", anchored here) and WAFW00F
      // arvancloud.py (matchHeader Server ArvanCloud).
      { on: 'header', key: 'server', value: /^ArvanCloud/i, weight: 0.95 },
    ],
  },
  {
    id: 'azion',
    name: 'Azion',
    kind: 'cdn',
    markers: [
      // Server "^Azion " (WAPPALYZER a.json "Azion"); WPT cdn_headers 'Azion': Server "Azion Technologies".
      { on: 'header', key: 'server', value: /^Azion /i, weight: 0.9 },
      // x-azion-edge-pop and x-azion-request-id: WAFW00F azion.py.
      { on: 'header', key: 'x-azion-edge-pop', weight: 0.95 },
      { on: 'header', key: 'x-azion-request-id', weight: 0.95 },
      // Azion delivery hostnames (*.azioncdn.net, *.azionedge.net): WPT cdn_cnames 'Azion'.
      { on: 'host', key: 'azioncdn.net', weight: 0.85 },
      { on: 'host', key: 'azionedge.net', weight: 0.85 },
    ],
  },
  {
    id: 'leaseweb-cdn',
    name: 'Leaseweb CDN',
    kind: 'cdn',
    markers: [
      // Server "leasewebcdn" (substring in WPT cdn_headers 'LeaseWeb CDN' and perfsee/perfsee@4a9168543464d9ce39fad7b1990996520eb99591:
      // packages/platform/src/common/utils/cdn-detector/data/headers.ts; anchored here).
      { on: 'header', key: 'server', value: /^leasewebcdn/i, weight: 0.9 },
      // Zone hostnames *.lswcdn.net / *.lswcdn.eu: WPT cdn_cnames 'LeaseWeb CDN'.
      { on: 'host', key: 'lswcdn.net', weight: 0.85 },
      { on: 'host', key: 'lswcdn.eu', weight: 0.85 },
    ],
  },
  {
    id: 'ngenix',
    name: 'NGENIX',
    kind: 'cdn',
    markers: [
      // x-ngenix-cache: WPT cdn_headers 'NGENIX'. A cache-status header: a relayed origin answer also carries it.
      { on: 'header', key: 'x-ngenix-cache', weight: 0.95, passThrough: true },
      // *.ngenix.net: WPT cdn_cnames 'NGENIX' (usually a CNAME target; the request host only when used directly).
      { on: 'host', key: 'ngenix.net', weight: 0.85 },
    ],
  },
  {
    id: 'upyun',
    name: 'Upyun (又拍云)',
    kind: 'cdn',
    markers: [
      // Its buckets' hosts, <bucket>.b0.upaiyun.com, and its edge's server name on their answers: a mirror sent there by
      // a 302 got "403 Forbidden … Server: marco/0.25 … Content-Type: application/xml" (https://github.com/ruby-china/rubygems-mirror/issues/65).
      { on: 'host', key: 'upaiyun.com', weight: 0.9 },
      { on: 'header', key: 'server', value: /^marco\/\d+(?:\.\d+){1,2}$/, weight: 0.8 },
    ],
  },
  {
    id: 'cdnvideo',
    name: 'CDNvideo',
    kind: 'cdn',
    markers: [
      // *.cdnvideo.ru / *.cdnvideo.net: WPT cdn_cnames 'CDNvideo'. No header marker found in public rule sets.
      { on: 'host', key: 'cdnvideo.ru', weight: 0.85 },
      { on: 'host', key: 'cdnvideo.net', weight: 0.85 },
    ],
  },
  {
    id: 'huawei-cdn',
    name: 'Huawei Cloud CDN',
    kind: 'cdn',
    markers: [
      // "If the x-hcs-proxy-type header exists … 1 indicates that the cache is hit, 0 … not hit"
      // (https://support.huaweicloud.com/intl/en-us/cdn_faq/cdn_faq_0245.html). The same FAQ falls back to
      // X-Cache-Lookup, which other CDNs also send: not used here.
      { on: 'header', key: 'x-hcs-proxy-type', value: /^[01]$/, weight: 0.9, passThrough: true },
    ],
  },
  {
    id: 'qiniu',
    name: 'Qiniu CDN',
    kind: 'cdn',
    markers: [
      // X-Qiniu-CDN: <digits>: WAFW00F qiniu.py (matchHeader X-Qiniu-CDN \d+?).
      { on: 'header', key: 'x-qiniu-cdn', value: /^\d/, weight: 0.9 },
      // Its storage's own service hosts, from Qiniu's region table (upload up-/upload-<region>.qiniup.com, download
      // iovip-<region>.qiniuio.com, management rs-/rsf-<region>.qiniuapi.com), as copied in
      // https://cnblogs.com/shenhuanjie/p/18422198/qi-niu-cloud-storage-area-description-z1d6jbe and
      // https://blog.csdn.net/wbx_1121/article/details/133743573; met as upload-z1.qiniup.com refusing an expired
      // upload token (https://github.com/Molunerfinn/PicGo/issues/1044). On those hosts the storage service answered
      // (its own JSON), not a CDN in front of someone else's (R2's S3 host alike, src/knowledge/vendors/rows/stores.ts).
      // Not on a 403: the row is a CDN's, and a CDN named on a bare 403 reads as its protection, which a store's
      // refusal (a key out of its scope, a Referer rule) is not (review).
      ...['qiniup.com', 'qiniuio.com', 'qiniuapi.com'].map(
        (key) =>
          ({
            on: 'host',
            key,
            weight: 0.85,
            own: true,
            statuses: [400, 401, 404, 429, 500, 502, 503, 504],
          }) as const,
      ),
    ],
  },
  {
    id: 'belugacdn',
    name: 'BelugaCDN',
    kind: 'cdn',
    markers: [
      // Server: Beluga… and X-Beluga-Cache-Status: WPT cdn_headers 'BelugaCDN'; Server and the
      // beluga_request_trail cookie: WAFW00F beluga.py.
      { on: 'header', key: 'server', value: /^Beluga/i, weight: 0.9 },
      { on: 'header', key: 'x-beluga-cache-status', weight: 0.9, passThrough: true },
      { on: 'cookie', key: 'beluga_request_trail', weight: 0.85 },
      // *.belugacdn.com / *.belugacdn.link: WPT cdn_cnames 'BelugaCDN'.
      { on: 'host', key: 'belugacdn.com', weight: 0.85 },
      { on: 'host', key: 'belugacdn.link', weight: 0.85 },
    ],
  },
  {
    id: 'erstream',
    name: 'Erstream',
    kind: 'cdn',
    markers: [
      // Server: ersRV: WPT cdn_headers 'Erstream' (substring; anchored here).
      { on: 'header', key: 'server', value: /^ersRV/, weight: 0.9 },
      // *.ercdn.net and ercdn.com: WPT cdn_cnames 'Erstream'.
      { on: 'host', key: 'ercdn.net', weight: 0.85 },
      { on: 'host', key: 'ercdn.com', weight: 0.85 },
    ],
  },
  {
    id: 'bitgravity',
    name: 'BitGravity (Tata Communications CDN)',
    kind: 'cdn',
    markers: [
      // Via containing "bitgravity": WPT cdn_headers 'BitGravity' and perfsee cdn-detector headers.ts
      // (['via', 'bitgravity', 'BitGravity']). Via lists hops, so this one is a plain literal, not anchored.
      { on: 'header', key: 'via', value: /bitgravity/i, weight: 0.85 },
      // *.bitgravity.com: WPT cdn_cnames 'BitGravity'.
      { on: 'host', key: 'bitgravity.com', weight: 0.85 },
    ],
  },
  {
    id: 'swiftserve',
    name: 'SwiftServe / GotiPath CDN',
    kind: 'cdn',
    markers: [
      // X-Cache naming a *.swiftserve.com cache node: WAPPALYZER g.json "GotiPath" (X-Cache "\.swiftserve\.com").
      { on: 'header', key: 'x-cache', value: /\.swiftserve\.com/i, weight: 0.9, passThrough: true },
      // *.swiftserve.com / *.swiftcdn1.com: WPT cdn_cnames 'SwiftCDN'.
      { on: 'host', key: 'swiftserve.com', weight: 0.85 },
      { on: 'host', key: 'swiftcdn1.com', weight: 0.85 },
    ],
  },
  {
    id: 'lumen',
    name: 'Lumen (Level 3) CDN',
    kind: 'cdn',
    markers: [
      // *.footprint.net / *.fpbns.net: WPT cdn_cnames 'Level 3' (also the request host where streams are
      // delivered from the CDN's own names). No header marker found in public rule sets.
      { on: 'host', key: 'footprint.net', weight: 0.85 },
      { on: 'host', key: 'fpbns.net', weight: 0.85 },
      // Its Mesh Delivery (formerly Streamroot) backend, backend.dna-delivery.com, which answers a player from a domain its
      // customer did not allow with 403 "domain name not allowed" (its help centre, support.streamroot.io, "Why am I not
      // connecting to any Mesh Delivery sources?").
      { on: 'host', key: 'dna-delivery.com', weight: 0.9 },
    ],
  },
  {
    id: 'cdn-bg',
    name: 'CDN.bg (Bulgarian TV delivery)',
    // The channels' own delivery, with its token and domain locks: a refusal there is its rule, not a firewall's (review
    // of the seventy-fourth batch).
    kind: 'stream',
    markers: [
      // The delivery network of Bulgarian channels' live streams and their keys, i.cdn.bg (BNT1's AES key refused with
      // 403, https://github.com/streamlink/streamlink/pull/1168).
      { on: 'host', key: 'cdn.bg', weight: 0.9 },
    ],
  },
];
