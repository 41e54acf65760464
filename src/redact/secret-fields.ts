/**
 * Which named values are credentials: query and form fields, JSON keys, cookie names. One row per name (or
 * family of names), each with a comment giving the reason and the public source that shows the name carrying
 * a secret (comments, not fields: the worker redacts every record and need not ship the prose). A second
 * table lists the names that look related but are kept on purpose, because they are evidence.
 */
import { isRedactedMac, redactMacValue } from './mac.ts';
import { decodeLoose, noteSecret, REDACTED, type SecretSink } from './scrub.ts';

export interface SecretFieldRule {
  /** Lower-case exact name, or a pattern tried on the lower-cased name. */
  match: string | RegExp;
  /** Values under this name that are evidence rather than credentials (flags, timestamps). */
  keepWhen?: (value: string) => boolean;
  /** Redacts only the secret part of a structured value, keeping its evidence (expiry, region). */
  redactValue?: (value: string, sink: SecretSink) => string;
}

/** Unix seconds or milliseconds, or an ISO 8601 date-time: when a signed link starts or ends. */
const TIME_VALUE = /^(\d{9,13}|\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?)$/;
const looksLikeTime = (value: string): boolean => TIME_VALUE.test(decodeLoose(value).trim());

/** A number, a language code or a yes/no: another site's `ks=en` or `pot=2`, not a key (review). */
const PLAIN_SETTING = /^(?:\d{1,4}|[a-z]{2}(?:[-_][a-z]{2})?|true|false|yes|no)$/i;

/** 0/1/true/false: the Xtream `auth` flag is the account verdict, not a credential. */
const looksLikeFlag = (value: string): boolean => /^(0|1|true|false)$/i.test(value.trim());

/** Akamai token fields kept: start and expiry say whether the token had expired, and identify nobody. */
const AKAMAI_KEPT_FIELDS = new Set(['st', 'exp']);

/**
 * Akamai Auth Token 2.0 value `st=…~exp=…~acl=…~hmac=…` (EdgeAuth-Token libraries, field delimiter `~`):
 * keep the times, drop acl/id/data/ip/hmac. Works on the raw or the percent-encoded value.
 */
function redactAkamaiToken(value: string, sink: SecretSink): string {
  const parts = value.split(/(~|%7E)/i);
  if (!parts.some((part) => /^[a-z_]+(=|%3D)/i.test(part))) {
    noteSecret(sink, value);
    return REDACTED;
  }
  return parts
    .map((part, index) => {
      if (index % 2 === 1) return part;
      const field = /^([a-z_]+)(=|%3D)(.*)$/i.exec(part);
      if (!field) {
        noteSecret(sink, part);
        return part === '' ? part : REDACTED;
      }
      const [, name = '', equals = '=', fieldValue = ''] = field;
      if (AKAMAI_KEPT_FIELDS.has(name.toLowerCase()) || fieldValue === '') return part;
      noteSecret(sink, fieldValue);
      return `${name}${equals}${REDACTED}`;
    })
    .join('');
}

/**
 * AWS SigV4 `X-Amz-Credential` = access-key-id/date/region/service/aws4_request (AWS S3 API reference,
 * "Authenticating Requests: Using Query Parameters"). Only the key id identifies; the scope is evidence.
 */
function redactAwsCredential(value: string, sink: SecretSink): string {
  const slash = /\/|%2F/i.exec(value);
  const keyId = slash ? value.slice(0, slash.index) : value;
  if (keyId === '' || keyId === REDACTED) return value;
  noteSecret(sink, keyId);
  return REDACTED + (slash ? value.slice(slash.index) : '');
}

/** A MAC keeps its maker prefix (see mac.ts); anything else under `mac` goes whole. */
function redactMac(value: string, sink: SecretSink): string {
  if (isRedactedMac(value)) return value;
  const redacted = redactMacValue(value, sink);
  if (redacted !== undefined) return redacted;
  noteSecret(sink, value);
  return REDACTED;
}

export const SECRET_FIELDS: readonly SecretFieldRule[] = [
  // Xtream Codes: get.php / player_api.php / xmltv.php take the account in clear
  // (player_api.php?username=…&password=…, see the Xtream API references in public IPTV player repos).
  // Xtream account name (player_api.php, get.php)
  { match: 'username' },
  // Xtream account password (player_api.php, get.php)
  { match: 'password' },
  // short alias of username used by panels and proxies
  { match: 'user' },
  // short alias of password used by panels and proxies
  { match: 'pass' },
  // short alias of password
  { match: 'pwd' },
  // short alias of password
  { match: 'passwd' },
  // Stalker / Ministra portals: `action=do_auth&login=…&password=…`; `login` is also a boolean elsewhere.
  // Stalker do_auth account name
  { match: 'login', keepWhen: looksLikeFlag },
  // Stalker get_profile sends the box identity: MAC, serial, device ids and their signature
  // (public Stalker client configs: mac, serial_number, device_id_1/2, signature).
  {
    match: 'mac',
    // Stalker identifies the subscriber by the box MAC address
    redactValue: redactMac,
  },
  // XC_VM xplugin.php L22–L30 (Vateron-Media/XC_VM@0284fd7): Enigma2 plugin MAC addresses
  { match: /^[mc]mac$/, redactValue: redactMac },
  // Stalker box serial number (get_profile)
  { match: 'sn' },
  // Stalker get_profile (stalker_portal c/xpcom.common.js L933–L953): JSON of mac, sn, uid
  { match: 'metrics' },
  // Stalker get_profile hardware hash (same call)
  { match: 'hw_version_2' },
  // Ministra's Xtream Codes link key, itv.class.php L282 (`cmd … ?stalker_key=`)
  { match: 'stalker_key' },
  // OAuth MAC token key in Stalker's authorize.php redirect fragment (auth/authorize.php L64–L65)
  { match: 'mac_key' },
  // XC_VM auth.php L177–L193 signed links: `identifier` names the customer
  { match: 'identifier' },
  // Stalker secure links (itv.class.php L2039–L2074): Wowza hash_value, EdgeCast ec_secure
  { match: /^(hash_value|ec_secure)$/ },
  // Stalker box serial number
  { match: 'serial_number' },
  // Stalker device id (get_profile device_id, device_id2)
  { match: /^device_?id_?\d?$/ },
  // Stalker prehash, a SHA-1 derived from the MAC address
  { match: 'prehash' },
  // Stalker get_profile signature; CloudFront/Google signed URL signature
  { match: 'signature' },
  // Generic bearer material. `auth` is also Xtream's 0/1 account flag in user_info: the flag is evidence.
  // token passed as ?auth= by panels and CDNs
  { match: 'auth', keepWhen: looksLikeFlag },
  // bearer token (Flussonic ?token=, Stalker handshake js.token)
  { match: 'token' },
  // Backblaze B2's download authorization passed as ?Authorization= (https://backblaze.com/apidocs/b2-get-download-authorization)
  { match: 'authorization' },
  {
    match: /(^|[_-])token$|[a-z]token$/,
    // access_token, refresh_token, id_token (RFC 6749), wowzatoken
  },
  // JSON Web Token (RFC 7519) is a bearer credential
  { match: 'jwt' },
  // API key as ?key= (not the HLS EXT-X-KEY tag, which is not a query field)
  { match: 'key' },
  // API keys
  { match: /^(x-)?api[_-]?key$|(^|[_-])(access|secret|private|stream|auth)[_-]?key$/ },
  // client_secret (RFC 6749 §2.3.1) and alike
  { match: /(^|[_-])secret$/ },
  // session identifier
  { match: 'session' },
  // session cookies/ids
  { match: /^(session_?id|sessid|sid|phpsessid|jsessionid|aspsessionid\w*)$/ },
  // Signed URLs: the signature is the credential, the expiry is evidence (kept, see KEPT_FIELDS).
  // Azure Storage SAS signature (sig)
  { match: 'sig' },
  {
    match: /(^|[_-])(sign|hash|hmac|md5)$|[a-z_-](hash|signature)$/,
    // nginx secure_link md5, wowzatokenhash; object stores' x-goog-signature (GCS V4,
    // https://cloud.google.com/storage/docs/access-control/signed-urls), x-oss-signature (Alibaba OSS V4,
    // https://help.aliyun.com/en/oss/user-guide/0002-00000217), q-signature (Tencent COS,
    // https://cloud.tencent.com/document/api/436/7778)
  },
  // The key ids those links name (GCS V2's service account, OSS V1's and AWS's older query form, COS's SecretId in
  // q-ak): the key that signed, as X-Amz-Credential's first part is.
  { match: /^(googleaccessid|ossaccesskeyid|awsaccesskeyid|accesskeyid|q-ak)$/ },
  // Huawei OBS's query-string AccessKeyId (https://support.huaweicloud.com/intl/en-us/api-obs/obs_04_0011.html) is
  // in the row above. Review of the object stores' and CDNs' signed links:
  // Kaltura's session key, `ks` in its API calls and its login result ({"ks":"djJ8…","refreshToken":…} in
  // test/fixtures/real/kaltura-200-ott-playbackcontext-concurrency-limitation.har).
  { match: 'ks', keepWhen: (value) => PLAIN_SETTING.test(value.trim()) },
  // Tencent Cloud live streaming's txSecret (https://www.tencentcloud.com/document/product/267/31560), UpYun's _upt
  // (https://docs.upyun.com/cdn/feature/), googlevideo's lsig and pot (the media URL in
  // https://github.com/TeamNewPipe/NewPipe/issues/9038), Azure user-delegation SAS's signing user and tenant
  // (skoid, sktid: https://learn.microsoft.com/en-us/rest/api/storageservices/create-user-delegation-sas).
  { match: /^(txsecret|_upt|lsig|skoid|sktid)$/ },
  // googlevideo's proof-of-origin token runs to a hundred characters; a short `pot` is another site's number.
  { match: 'pot', keepWhen: (value) => PLAIN_SETTING.test(value.trim()) },
  // Cloudflare's token authentication, ?verify=<time>-<mac>
  // (https://developers.cloudflare.com/waf/custom-rules/use-cases/configure-token-authentication/); a flag
  // (verify=true, verify=1) is an API's option, kept.
  { match: 'verify', keepWhen: (value) => looksLikeFlag(value) || /^(yes|no|on|off)$/i.test(value.trim()) },
  // CloudFront custom policy: base64 JSON with the viewer IP and resource
  { match: 'policy' },
  // CloudFront Key-Pair-Id names the signing key of the distribution
  { match: 'key-pair-id' },
  // AWS SigV4 presigned URL signature
  { match: 'x-amz-signature' },
  // AWS STS temporary session token
  { match: 'x-amz-security-token' },
  // AWS access key id (scope kept); GCS V4's service account and Alibaba OSS V4's key id in the same place
  { match: /^x-(amz|goog|oss)-credential$/, redactValue: redactAwsCredential },
  // Akamai token auth: hdnts (query), hdnea (cookie/edge), hdntl (session token), __token__ (EdgeAuth).
  {
    match: /^(hdnts|hdnea|hdntl|__token__)$/,
    // Akamai Auth Token 2.0
    redactValue: redactAkamaiToken,
  },
  // Wowza Streaming Engine / Nimble WMSAuth: base64 of server_time, hash_value and validminutes.
  // WMSAuth signed-link token
  { match: 'wmsauthsign' },
  // nginx secure_link commonly as ?st=<md5>&e=<expiry>; Azure SAS uses st for the start time (kept).
  // nginx secure_link hash (?st=…&e=…)
  { match: 'st', keepWhen: looksLikeTime },
  {
    match: 'e',
    // short expiry of secure links; anything else under `e` is treated as secret
    keepWhen: looksLikeTime,
  },
];

/** Names kept on purpose: they look like signing fields but are the evidence of an expired or mis-scoped link. */
export const KEPT_FIELDS: readonly string[] = [
  // CloudFront canned policy / nginx secure_link expiry (epoch)
  'expires',
  // Akamai token / JWT expiry
  'exp',
  // AWS SigV4 signing time
  'x-amz-date',
  // AWS SigV4 validity in seconds
  'x-amz-expires',
  // AWS SigV4 algorithm name
  'x-amz-algorithm',
  // AWS SigV4 list of signed header names
  'x-amz-signedheaders',
  // Azure SAS signed expiry
  'se',
  // Azure SAS service version
  'sv',
  // Wowza SecureToken start time
  'starttime',
  // Wowza SecureToken end time
  'endtime',
  // Xtream user_info account status (Active, Expired, Banned)
  'status',
  // Xtream user_info expiry date
  'exp_date',
  // Xtream user_info connection limit
  'max_connections',
  // Xtream user_info open connections
  'active_cons',
  // Xtream user_info trial flag
  'is_trial',
  // Xtream user_info server message (scrubbed of known secrets only)
  'message',
  // Xtream/Stalker API action (get_live_streams, handshake)
  'action',
  // Xtream get.php playlist type / Stalker request type
  'type',
  // OAuth token type ("Bearer"), not the token
  'token_type',
  // OAuth token lifetime
  'expires_in',
];

const exactRules = new Map<string, SecretFieldRule>();
const patternRules: SecretFieldRule[] = [];
for (const rule of SECRET_FIELDS) {
  if (typeof rule.match === 'string') exactRules.set(rule.match, rule);
  else patternRules.push(rule);
}
const keptNames = new Set(KEPT_FIELDS);

/** The rule that makes a field secret, or undefined. Names are compared percent-decoded and lower-cased. */
export function secretFieldRule(rawName: string): SecretFieldRule | undefined {
  const name = decodeLoose(rawName).trim().toLowerCase();
  if (name === '' || keptNames.has(name)) return undefined;
  const exact = exactRules.get(name);
  if (exact) return exact;
  for (const rule of patternRules) if ((rule.match as RegExp).test(name)) return rule;
  return undefined;
}

/**
 * The value to store for `name=value`: unchanged when the name is not secret or the value is evidence,
 * partly redacted for structured tokens, REDACTED otherwise. The removed part goes to the sink.
 */
export function redactFieldValue(name: string, value: string, sink: SecretSink): string {
  if (value === '' || value === REDACTED) return value;
  const rule = secretFieldRule(name);
  if (!rule) return value;
  if (rule.keepWhen?.(value)) return value;
  if (rule.redactValue) return rule.redactValue(value, sink);
  noteSecret(sink, value);
  return REDACTED;
}
