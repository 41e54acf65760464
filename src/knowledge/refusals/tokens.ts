/**
 * Signed-link and token parameters that no one vendor owns: a refusal of a media URL that carries one is the
 * service's token rule (missing, expired, for another path or another address), not a firewall. Vendors'
 * own token parameters (Akamai hdnts, CloudFront Key-Pair-Id, S3 X-Amz-Signature, Nimble nimblesessionid,
 * Wowza SecureToken) are markers of their rows in src/knowledge/vendors/rows/, so the vendor is named too.
 */

/** Parameter names, lower case. */
const NAMES: ReadonlySet<string> = new Set([
  // nginx secure_link: `secure_link $arg_md5,$arg_expires` (https://nginx.org/en/docs/http/ngx_http_secure_link_module.html).
  'md5',
  // Flussonic (https://flussonic.com/doc/authorization/), Bunny token authentication
  // (https://bunny.net/docs/stream/token-authentication), Kaltura's nginx token modules `param_name token`
  // (https://github.com/kaltura/nginx-secure-token-module/issues/81).
  'token',
  // WMSPanel paywall, used by Nimble Streamer and by Wowza with the WMSPanel add-on
  // (https://github.com/schwifty42069/pmg/issues/5, https://github.com/streamlink/streamlink/issues/1446).
  'wmsauthsign',
  // OvenMediaEngine SignedPolicy `policy` + `signature` (https://github.com/OvenMediaLabs/OvenMediaEngine/issues/1886),
  // Azure shared access signature `sig` (https://learn.microsoft.com/en-us/rest/api/storageservices/create-service-sas),
  // HMAC-signed links.
  'signature',
  'sig',
  'hmac',
  // Vendors' own token parameters, also markers of their rows (which name the vendor when the response is theirs).
  'hdnts',
  'hdnea',
  'hdntl',
  '__hdnea__',
  '__token__',
  'key-pair-id',
  'x-amz-signature',
  'x-goog-signature',
  // The other fields of a link signed in its query, which only such a link carries (a request signed in its header
  // has none): S3's X-Amz-Algorithm and X-Amz-Credential (https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html),
  // Cloud Storage's X-Goog-Algorithm and X-Goog-Credential (https://cloud.google.com/storage/docs/authentication/signatures).
  // A recorded link may keep them when its recorder cut the signature out (go-cloud's httpreplay, review).
  'x-amz-algorithm',
  'x-amz-credential',
  'x-goog-algorithm',
  'x-goog-credential',
  'googleaccessid',
  // Alibaba Cloud OSS's V4 signed link (https://help.aliyun.com/en/oss/user-guide/0002-00000217) and Tencent COS's
  // (https://cloud.tencent.com/document/api/436/7778).
  'x-oss-signature',
  'q-signature',
  'nimblesessionid',
]);

/**
 * A token whatever its parameter's name: EdgeAuth's `exp=…~acl=…~hmac=…` (validated by Kaltura's nginx module
 * under any name, https://github.com/kaltura/nginx-vod-module/issues/1279), or a Wowza SecureToken hash under an
 * operator's prefix (`livehash=`, https://www.wowza.com/forums/showthread.php?49135-SecureToken-between-client-amp-server).
 */
const SHAPES = /(?:^|[=~])(?:st|exp)(?:=|%3D)\d{9,11}(?:~|%7E)|[?&]\w+hash=/i;

/** The token parameter a URL carries (its name only: the value is the secret), or null. */
export function tokenIn(url: string): string | null {
  const query = url.indexOf('?');
  const found = /[?&/;]([a-z0-9_.-]{1,40})=/gi;
  for (let match = found.exec(url); match; match = found.exec(url)) {
    const name = match[1]!.toLowerCase();
    if (query >= 0 && match.index >= query && NAMES.has(name)) return name;
  }
  const shape = SHAPES.exec(url);
  if (!shape) return null;
  return shape[0].includes('hash=') ? shape[0].slice(1, -1).toLowerCase() : 'EdgeAuth token';
}

/**
 * Backblaze B2's download authorization in the link, "passed to b2_download_file_by_name in the Authorization header
 * or as an Authorization parameter" (https://backblaze.com/apidocs/b2-get-download-authorization). A signed link
 * for B2's own refusal only: elsewhere `authorization=` is any API's bearer material (review).
 */
export const B2_LINK_TOKEN = /[?&]authorization=/i;
