/**
 * Refusals that do not look like one: a success status carrying a panel's refusal or a block page, and a
 * panel that disguises its refusal as a web server's "404 Not Found".
 */
import { getHeader } from '../http/headers.ts';
import { isRecord, jsonOf } from '../http/json.ts';
import { readHtml } from '../http/markup.ts';
import { siteOf } from '../http/site.ts';
import { endpointRole } from '../knowledge/endpoints/roles.ts';
import { readPanelReply } from '../knowledge/panels/replies.ts';
import { bigBlueButtonFailure } from '../knowledge/refusals/bigbluebutton.ts';
import { deezerError } from '../knowledge/refusals/deezer.ts';
import { dnsFilteredAnswer } from '../knowledge/refusals/dns-answer.ts';
import { FAILED_ENVELOPES, type FailedEnvelope } from '../knowledge/refusals/envelopes-table.ts';
import { connectEndStreamError, grpcStatusIn, type RpcStatus } from '../knowledge/refusals/grpc-status.ts';
import { indexerError } from '../knowledge/refusals/newznab.ts';
import { ofxSignonError } from '../knowledge/refusals/ofx.ts';
import { xmlRpcStatusRefusal } from '../knowledge/refusals/opensubtitles.ts';
import {
  blockNoticeIn,
  blockNoticeRedirect,
  botCheckRedirect,
  causeIn,
  geoBlockReasonIn,
  isFilterNotice,
  isGeoNotice,
  pageNoticeIn,
  refusalCodeIn,
  sinkholeHeaderIn,
  statedIn,
  wholeAnswerIn,
} from '../knowledge/refusals/stated.ts';
import {
  GRAPHQL_CODES,
  HANDSHAKE_CODES,
  HILINK_ERROR_CODES,
  LISTED_ERROR_CODES,
  NOTE_LIMITS,
  ROUTER_ERRORCODES,
  SUCCESS_STUBS,
  UBUS_ERROR_CODES,
} from '../knowledge/refusals/stated-table.ts';
import { subsonicRefusal } from '../knowledge/refusals/subsonic.ts';
import { statusFacts } from '../knowledge/status/facts.ts';
import { identifyVendor, mayRefuseInSuccess, type VendorVerdict } from '../knowledge/vendors/identify.ts';
import { SERVICE_KINDS } from '../knowledge/vendors/resolve.ts';
import type { Exchange, Layer, PanelReply, RoleMatch } from '../types.ts';
import { hostOf } from './url-parts.ts';

/** player_api.php / panel_api.php (Xtream), portal.php / load.php (Stalker). */
export const PANEL_API = /\/(?:player_api|panel_api|portal|load)\.php/i;

/**
 * Xtream panels answer a refused login with HTTP 200 and `user_info.auth: 0` (or a bad status), Stalker
 * portals with HTTP 200 and a bare "Authorization failed.": the body, not the status, says the account
 * failed. Only bodies of panel API calls are read on success.
 */
export function refusedInBody(exchange: Exchange): PanelReply | null {
  if (!exchange.body || exchange.status < 200 || exchange.status >= 300) return null;
  if (!PANEL_API.test(exchange.url)) return null;
  const reply = readPanelReply(exchange);
  return reply && (reply.layer === 'auth' || reply.layer === 'account') ? reply : null;
}

/** Plain text of a page: short, not JSON, not a playlist, no control characters (media is binary). */
function textPage(body: string): boolean {
  if (body.length > 4096 || /^\s*[[{#]/.test(body)) return false;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (code < 9 || (code > 13 && code < 32)) return false;
  }
  return true;
}

/** A block page on a success is a small HTML page: a real page of the service is bigger. */
const BLOCK_PAGE_LIMIT = 64 * 1024;

export interface PageOnSuccess {
  vendor: VendorVerdict | null;
  /** The block wording it states when no vendor's own marker names it. */
  phrase?: string;
  /**
   * The layer that wording names: a firewall's block, a block ordered where the viewer connects (geo), or the
   * cause an API's error object states.
   */
  layer?: Layer;
  /** An API's error object rather than a page, a redirect that left the internet, or a bot check's script. */
  answer?: 'json' | 'redirect' | 'hotspot' | 'lookup' | 'script' | 'notice' | 'sign-in' | 'gone';
}

/**
 * APIs that answer their errors with HTTP 200 and an error object: bilibili's {"code":-10403,"message":"抱歉您所在
 * 地区不可观看！"} (https://github.com/ipcjs/bilibili-helper/issues/984), Globo's {"http_status_code":403,
 * "message":"Video is for subscribers only…","code":"AUT"} (https://github.com/olavopeixoto/plugin.video.brplay/issues/102).
 * Only a small object whose own fields say it failed (a negative code or one of 400 and up, an `error` that says
 * something, a list of errors), and only a cause the tables know (src/knowledge/refusals/stated.ts) stated in
 * its error's own words: a catalogue, an app's settings or a locale file that mentions "subscribers only" in
 * its data is none of these (review).
 */
const ENVELOPE_LIMIT = 2048;
const ERROR_FIELD =
  /"(?:code?|errcode|error_code|errorCode|errorcode|errno|ret_code|responseCode|error|errors|error-text|status|errorsByResource|http_status_code|status_code|license_denial_reasons|error_msg|errorMsg|error_message|errorMessage)"\s*:|"success"\s*:\s*false\b|"result"\s*:\s*false\b|"s"\s*:\s*"f"|"message"\s*:\s*"NOTOK"|"resultCode"\s*:\s*"KO"|^\s*\{\s*"Code"\s*:\s*-?\d{1,6}\s*,\s*"Status"\s*:\s*"/;
/**
 * A message field that names itself an error's says the call failed when it says anything: Kuaishou's live API,
 * {"result":2,"error_msg":"操作太快了，请稍微休息一下"} (https://github.com/ihmily/DouyinLiveRecorder/issues/58).
 */
const ERROR_MESSAGES = ['error_msg', 'errorMsg', 'error_message', 'errorMessage'] as const;
/**
 * Such a field alone is no failure: many APIs answer {"error_code":0,"error_msg":"success"}, and a translation file
 * or a paywall's settings hold an "errorMessage" to show one day (review). It counts beside a result or status that
 * is not a success's (Kuaishou's `result: 2`), and then only its own words are read.
 */
const SUCCESS_RESULT = /^(?:0|1|200|true|ok|success)$/i;
const failedResult = (value: unknown): boolean =>
  value === false ||
  ((typeof value === 'number' || typeof value === 'string') && !SUCCESS_RESULT.test(String(value).trim()));

function errorMessageOnFailedResult(fields: Record<string, unknown>, status: number): PageOnSuccess | null {
  if (!failedResult(fields.result) && !failedResult(fields.status)) return null;
  // PHP's json_encode of a list member gives it the key "0": Xtream UI's admin API, {"result":false,"0":"KEY WRONG"}
  // (adilem/XtreamUI-CK41-DECODED@6fbab78d5a6ef5de198a680ed1a8d4c513e23d1c:wwwdir/api.php, as decoded).
  for (const name of [...ERROR_MESSAGES, '0']) {
    const text = fields[name];
    if (typeof text !== 'string' || text.trim() === '') continue;
    const stated = wordsRefuse(text, status);
    if (stated) return stated;
  }
  return null;
}
/**
 * Numbers an API gives its own errors: negative (bilibili's -10403), or an HTTP refusal's (400 and up), in
 * snake or camel case (Viettel TV360's {"errorCode":412,…}, oneclickvirt/UnlockTests's vn/TV360.go).
 */
// `errorcode` as TP-Link's routers write it, {"errorcode":"login failed","success":false,…}
// (https://github.com/AlexandrErohin/home-assistant-tplink-router/issues/358).
// `ret_code` and `ret_msg` as Bybit's API writes its envelope, {"ret_code":10010,"ret_msg":"unmatched ip.",…} on HTTP 200
// (https://github.com/bybit-exchange/docs-legacy/issues/217).
const CODE_FIELDS = ['code', 'errcode', 'error_code', 'errorCode', 'errorcode', 'errno', 'ret_code'] as const;
const STATUS_FIELDS = ['http_status_code', 'status_code'] as const;
/** Where an error object says what went wrong; a reply's `data`, `result` or a locale map are never read. */
const MESSAGE_FIELDS = [
  'message',
  'msg',
  'errmsg',
  'error_description',
  'detail',
  'reason',
  'ret_msg',
  'longmessage',
  ...ERROR_MESSAGES,
] as const;

const failedNumber = (value: unknown): boolean => {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^-?\d+$/.test(value.trim())
        ? Number(value)
        : Number.NaN;
  return Number.isFinite(number) && (number < 0 || number >= 400);
};

/**
 * A field that names itself an error code says the call failed with a small number too: Radio-Canada's media
 * validation, {"url":null,"message":"Le contenu sélectionné n'est pas disponible dans votre pays","errorCode":1}
 * (https://github.com/spmjc/plugin.video.freplay/issues/63). Not 100–399: many APIs put their success's HTTP status
 * there ({"errorCode":200,"message":"操作成功"}, review); not a bare `code` of 1, some APIs' success.
 */
const ERROR_CODE_FIELDS = ['errcode', 'error_code', 'errorCode', 'errno', 'responseCode'] as const;
const smallFailure = (value: unknown): boolean => {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*\d{1,2}\s*$/.test(value)
        ? Number(value)
        : 0;
  return number >= 1 && number <= 99;
};

/** An `error` that says something: a word, true, a number other than 0, an object with fields. */
const saysError = (value: unknown): boolean =>
  (typeof value === 'string' && value.trim() !== '') ||
  value === true ||
  (typeof value === 'number' && value !== 0) ||
  (typeof value === 'object' && value !== null && Object.keys(value).length > 0);

/**
 * Errors keyed by what failed: Amazon Prime Video's playback API answers {"errorsByResource": {"PlaybackUrls":
 * {"errorCode": "…", "message": "…"}}}. Only the resources that are the playback itself, as the client that reads it
 * fails on them (Sandmann79/xbmc@85922ccba090668b125712e3ec6db44bc1dc1377:plugin.video.amazon-test/resources/lib/network.py):
 * an error on subtitles or chapter marks beside a working stream is no refusal (review).
 */
const PLAYBACK_RESOURCES = ['PlaybackUrls', 'AudioVideoUrls'] as const;

function byResource(fields: Record<string, unknown>): Record<string, unknown>[] {
  const map = fields.errorsByResource;
  if (typeof map !== 'object' || map === null || Array.isArray(map)) return [];
  return PLAYBACK_RESOURCES.map((name) => (map as Record<string, unknown>)[name]).filter(
    (item): item is Record<string, unknown> => typeof item === 'object' && item !== null,
  );
}

/**
 * A sender's per-message results, each with its own status and error text: Vonage's (Nexmo's) SMS API answers HTTP 200
 * with {"message-count":"1","messages":[{"status":"29","error-text":"Non White-listed Destination - rejected"}]}
 * (https://github.com/SkygearIO/skygear-server/issues/870); status "0" is a message sent.
 */
function failedMessages(fields: Record<string, unknown>): Record<string, unknown>[] {
  const { messages } = fields;
  if (!Array.isArray(messages) || typeof fields['message-count'] !== 'string') return [];
  return messages
    .slice(0, 5)
    .filter(
      (item): item is Record<string, unknown> =>
        isRecord(item) && typeof item.status === 'string' && item.status !== '0',
    );
}

/**
 * A refusal's code given as the answer's status, beside its message and little else: NOW Online's {"status":"ACN_3034",
 * "message":"User has no rights"} (https://github.com/olavopeixoto/plugin.video.brplay/issues/143). Not an item's status
 * among its data ({"id":…,"status":"premium_only"}), nor a device's pairing poll ({"status":"not_paired",
 * "device_code":…}): review.
 */
function statusCode(fields: Record<string, unknown>): string | null {
  const { status, message } = fields;
  // Google's web-service status beside an empty result list, {"status": "OVER_QUERY_LIMIT", "results": []}
  // (alexreisner/geocoder@8143fce1820539cdaf6344c3400edf5690ec1611:test/fixtures/google_over_limit): no message there.
  // Its own upper-case codes only: a pairing poll's {"status":"not_paired","results":[]} is data (review).
  const emptyResults =
    Array.isArray(fields.results) &&
    fields.results.length === 0 &&
    Object.keys(fields).length <= 3 &&
    typeof status === 'string' &&
    /^[A-Z][A-Z_]{3,40}$/.test(status);
  if (
    typeof status !== 'string' ||
    (!emptyResults && (typeof message !== 'string' || Object.keys(fields).length > 3))
  )
    return null;
  return refusalCodeIn(status) ? status : null;
}

/** The texts in which an error object states its cause: its messages, its error's, and its code. */
function errorTexts(fields: Record<string, unknown>): string[] {
  const texts: string[] = [];
  const add = (value: unknown) => {
    if (typeof value === 'string' && value.trim() !== '') texts.push(value);
  };
  for (const name of [...MESSAGE_FIELDS, ...CODE_FIELDS]) add(fields[name]);
  add(statusCode(fields));
  // The messages of a list of reasons a failed envelope names (Audible's license_denial_reasons).
  for (const row of FAILED_ENVELOPES)
    if (row.list) for (const item of listedObjects(fields, row.list)) add(item.message);
  // `info` is a failed object's message only where it has no other (read after its code said it failed): player.pl's
  // gateway, {"status":"failed","code":10777,"info":"required upgrade application version"}
  // (https://github.com/zacny/voddownloader/issues/86). Beside a message it is a hint (review).
  if (!MESSAGE_FIELDS.some((name) => typeof fields[name] === 'string' && fields[name].trim() !== ''))
    add(fields.info);
  // Etherscan's API says NOTOK and puts its words in `result`, {"status":"0","message":"NOTOK","result":"Max rate limit
  // reached, …"} (https://github.com/blockchain-certificates/cert-issuer/issues/166).
  if (fields.message === 'NOTOK') add(fields.result);
  const { error, errors } = fields;
  add(error);
  // A list of error strings: Kraken's API, {"error":["EAPI:Invalid key"]} on HTTP 200 (https://github.com/ccxt/ccxt/issues/8634);
  // an empty list is its success.
  if (Array.isArray(error)) for (const item of error.slice(0, 5)) add(item);
  if (isRecord(error)) {
    // `type` as apilayer's APIs name it, and `info` where no message is (ipstack's {"code":101,"type":
    // "missing_access_key","info":…}); beside a message, `info` is a hint (review).
    for (const name of ['message', 'code', 'errorCode', 'status', 'reason', 'error_msg', 'type'] as const)
      add(error[name]);
    if (typeof error.message !== 'string') add(error.info);
    // Its `detail` where its code does not say success (Reolink's "max session"; review: {"code":0,…}).
    if (error.code !== 0 && error.code !== '0') add(error.detail);
  }
  // A list of errors where the answer holds nothing else: beside data it is a partial failure, a GraphQL field that
  // needs a login while the rest of the answer came back (review).
  if (Array.isArray(errors) && !hasData(fields))
    for (const item of errors.slice(0, 5))
      if (typeof item === 'string') add(item);
      else if (typeof item === 'object' && item !== null)
        for (const name of ['message', 'code', 'reason'] as const)
          add((item as Record<string, unknown>)[name]);
  for (const item of byResource(fields).slice(0, 5))
    for (const name of ['message', 'errorCode', 'code'] as const) add(item[name]);
  for (const item of failedMessages(fields)) add(item['error-text']);
  return texts;
}

/** A code field of a JSON-like text, read without parsing it: `"errorCode": "value"`. */
const LOOSE_VALUE = /"(\w{1,40})"\s*:\s*"([^"\\\n]{2,80})"/g;
/** Only fields that hold a code: the other values of an answer that does not parse are its data (review). */
const LOOSE_CODE_FIELDS: ReadonlySet<string> = new Set([
  'code',
  'errorcode',
  'error_code',
  'errcode',
  'error',
  'status',
]);

/**
 * A small answer shaped like JSON that does not parse (a client's log of it, a comma lost on the way) still says its
 * code: Naver's play API, {"errorCode":"LOCATION_ISSUE", "countryCode":"KR" , "subError": {…} as an issue kept it
 * (https://github.com/egg-/video-parser/issues/14). Only a value the tables know as a whole code.
 */
function looseCodeIn(body: string): PageOnSuccess | null {
  LOOSE_VALUE.lastIndex = 0;
  let count = 0;
  for (let found = LOOSE_VALUE.exec(body); found && count < 40; found = LOOSE_VALUE.exec(body), count++) {
    if (!LOOSE_CODE_FIELDS.has((found[1] ?? '').toLowerCase())) continue;
    const code = refusalCodeIn(found[2] ?? '');
    if (code) return answered(code);
  }
  return null;
}

/**
 * An error object one level down, under the answer's `data`: Youku's play API, {"data":{"error":{"note":
 * "客户端无权播放,201","code":-6004}}, …} on HTTP 200 (https://github.com/soimort/you-get/issues/2183). Its words are
 * read like a message's.
 */
function nestedErrorTexts(fields: Record<string, unknown>): string[] {
  const data = fields.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  const error = (data as Record<string, unknown>).error;
  if (typeof error !== 'object' || error === null || Array.isArray(error)) return [];
  // An error object with a failing code of its own, under an answer that does not call itself a success (review).
  const code = (error as Record<string, unknown>).code;
  const failing = (typeof code === 'number' && code !== 0) || (typeof code === 'string' && code !== '0');
  const succeeded = ['code', 'status', 'result'].some(
    (name) =>
      (typeof fields[name] === 'string' || typeof fields[name] === 'number') &&
      failedResult(fields[name]) === false,
  );
  if (!failing || succeeded) return [];
  return Object.values(error as Record<string, unknown>).filter(
    (value): value is string => typeof value === 'string' && value.length <= 200,
  );
}

/** A cause an answer states, as its refusal on a success (an API's own object or words). */
const answered = (stated: { phrase: string; layer: Layer }): PageOnSuccess => ({
  vendor: null,
  phrase: stated.phrase,
  layer: stated.layer,
  answer: 'json',
});

/** An answer's words read with the cause tables; a firewall's words in an API's message are its data, not its refusal. */
function wordsRefuse(text: string, status: number, strict = false): PageOnSuccess | null {
  // A failed answer's message that is one of the tables' whole answers says it whole (Tencent's "cannot play outside").
  const stated =
    wholeAnswerIn(text, status) ?? causeIn(text, { page: false, json: false, status, values: true });
  // Strict: a service's sentence or code, not the credential grammar (a lone list item is as often a log line, review).
  if (strict && stated?.loose) return null;
  return stated && stated.layer !== 'waf' && stated.layer !== 'none' ? answered(stated) : null;
}

/**
 * A check that answers with a validity flag and says why when it is false: NRL Live Pass's subscription status (run by
 * YinzCam), {"Reason": "No active subscriptions were found on your account.", "Valid": "false"} on HTTP 200
 * (aussieaddons/plugin.video.nrl-live@1d70d1489889e4b286d1d9a713f48ea55bfd5bbf:resources/tests/fakes/json/STATUS_FAIL_RESP.json).
 * Only a cause the tables know counts, stated in the answer's own reason or message, and only the account's or the
 * login's: a form's "valid": false beside "Email is invalid" states none.
 */
const INVALID_FLAG = /"valid"\s*:\s*"?false\b/i;
const REASON_FIELDS = ['reason', 'Reason', 'message', 'Message'] as const;

/**
 * A small answer's own object: its JSON when that parses to an object (null when it parses to something else, undefined
 * when it does not parse). A byte-order mark before it is the server's encoding, not broken JSON (review).
 */
function objectOf(body: string): Record<string, unknown> | null | undefined {
  const parsed = jsonOf(body);
  if (parsed === undefined) return undefined;
  return isRecord(parsed) ? parsed : null;
}

/**
 * A device's answer to one command, a small JSON array holding one object with the command's name and a failing code,
 * whatever type the server gave it: Reolink's cameras answer so, with text/html, [{"cmd" : "Login","code" : 1,"error" :
 * {"detail" : "max session",…}}] (https://github.com/JimStar/reolink_cctv/issues/14). Not a list endpoint's single item
 * (a link checker's results, an integrations list, review): only a command's answer, and only when it failed.
 */
function commandAnswer(body: string, json: boolean): Record<string, unknown> | null {
  if (body.length > ENVELOPE_LIMIT || !/^\uFEFF?\s*\[\s*\{/.test(body)) return null;
  const parsed = jsonOf(body);
  const [only] = Array.isArray(parsed) && parsed.length === 1 ? parsed : [];
  if (!isRecord(only)) return null;
  if (typeof only.cmd === 'string' && typeof only.code === 'number' && only.code !== 0) return only;
  // A lone error object in a list, its code and message only: Deezer's media service, [{"code":1002,"message":"License
  // token has no sufficient rights on requested media."}] on a 200 (https://github.com/yne/dzr/issues/45).
  // Served as JSON only: a page or a script holding such a list is not an API's answer (review).
  const keys = Object.keys(only);
  return json && keys.length === 2 && typeof only.code === 'number' && typeof only.message === 'string'
    ? only
    : null;
}

function invalidWithReason(body: string, status: number): PageOnSuccess | null {
  if (body.length > ENVELOPE_LIMIT || !INVALID_FLAG.test(body)) return null;
  const fields = objectOf(body);
  if (!fields) return null;
  const flag = fields.valid ?? fields.Valid;
  if (flag !== false && String(flag).toLowerCase() !== 'false') return null;
  for (const name of REASON_FIELDS) {
    const text = fields[name];
    if (typeof text !== 'string' || text.trim() === '') continue;
    const stated = wordsRefuse(text, status);
    // What a validity check says is not valid is the viewer's login or entitlement: a shop's form that finds an
    // address outside its delivery area states a region, and is no refusal of the viewer (review).
    if (stated && (stated.layer === 'account' || stated.layer === 'auth')) return stated;
  }
  return null;
}

/** An answer that carries data beside its errors (an aggregator's partial failure), not only the errors. */
function hasData(fields: Record<string, unknown>): boolean {
  return ['data', 'result', 'results', 'items'].some((name) => {
    const value = fields[name];
    // An empty list or object, false or nothing is a failed answer's placeholder, not data (review).
    if (Array.isArray(value)) return value.length > 0;
    // GraphQL answers a refused query with its fields null ({"data":{"viewer":null},"errors":[…]}): no data either.
    if (typeof value === 'object' && value !== null)
      return Object.values(value).some((field) => field !== null && field !== undefined);
    return value === true || (typeof value === 'string' && value !== '') || typeof value === 'number';
  });
}

/**
 * A refusal read on a success, named for the device or service whose own answer it is (a camera's, a router's, a login
 * service's row with its own marks): the refusal is its.
 */
function ownService(exchange: Exchange, refused: PageOnSuccess): PageOnSuccess {
  if (refused.vendor) return refused;
  const own = identifyVendor(exchange);
  return own?.own && SERVICE_KINDS.has(own.kind) ? { ...refused, vendor: own } : refused;
}

/** A Waiting Room answer that says the visitor is in the queue. */
const WAITING = /^\s*\{\s*"cfWaitingRoom"\s*:\s*\{\s*"inWaitingRoom"\s*:\s*true\b/;

/** A platform's stand-in for what it withholds (SUCCESS_STUBS), in a small answer, unescaped (VK writes `\/`). */
function successStub(body: string): PageOnSuccess | null {
  const plain = body.includes('\\/') ? body.replace(/\\\//g, '/') : body;
  const found = SUCCESS_STUBS.find(([marker]) => plain.includes(marker));
  return found
    ? answered({ layer: found[1], phrase: found[0].slice(found[0].lastIndexOf('/') + 1, -1) })
    : null;
}

/**
 * A success that holds nothing but a note, {"Note": "…"} or {"Information": "…"}: Alpha Vantage answers its spent free
 * calls so (https://github.com/finance-quote/finance-quote/pull/104). Only the limit notes the table knows (NOTE_LIMITS);
 * a note beside data, or inside an issue's text, is the data's (review).
 */
/**
 * A gRPC status's refusal: what its message states (the cause tables), else the layer its code names. A status of the
 * service's own numbering says only that the call failed, so there even a loose reading of its message is the cause
 * ("grpc-status: 100, grpc-message: Wrong password" behind Envoy, https://github.com/improbable-eng/grpc-web/issues/388).
 */
function rpcRefusal(rpc: RpcStatus): PageOnSuccess | null {
  const phrase = `grpc-status ${rpc.code}${rpc.message ? `: ${rpc.message.slice(0, 120)}` : ''}`;
  const stated = rpc.message
    ? causeIn(rpc.message, { page: false, json: false, status: 403, values: true })
    : null;
  if (stated && (!stated.loose || !rpc.layer)) return answered({ layer: stated.layer, phrase });
  return rpc.layer ? answered({ layer: rpc.layer, phrase }) : null;
}

const NO_PROTOCOL = { grpc: false, connect: false, handshake: false, contentType: '' } as const;

/** Whether a success's headers carry a gRPC status, a Connect content type or a socket edge's handshake refusal. */
function protocolHeaders(headers: readonly { name: string; value: string }[]): {
  grpc: boolean;
  connect: boolean;
  handshake: boolean;
  contentType: string;
} {
  let grpc = false;
  let handshake = false;
  let contentType = '';
  for (const { name, value } of headers) {
    const lower = name.toLowerCase();
    if (lower === 'grpc-status') grpc = true;
    else if (lower === 'handshake-msg') handshake = true;
    else if (lower === 'content-type') contentType = value.trim();
  }
  return { grpc, connect: /^application\/connect\+/i.test(contentType), handshake, contentType };
}

/** A gRPC or Connect answer: its content type, or an empty body (a trailers-only answer); an HTML page or a picture is not (review "80."). */
function grpcAnswer(contentType: string, body: string | undefined): boolean {
  return /^application\/(?:grpc|connect\+)/i.test(contentType) || (body ?? '') === '';
}

function refusedHandshake(exchange: Exchange): PageOnSuccess | null {
  const status = Number(getHeader(exchange.responseHeaders, 'handshake-status') ?? '');
  const message = getHeader(exchange.responseHeaders, 'handshake-msg')?.trim();
  if (!message || !(status >= 400 && status < 600)) return null;
  const layer =
    HANDSHAKE_CODES.get(message.toLowerCase()) ??
    causeIn(message, { page: false, json: false, status, values: true })?.layer;
  return layer ? answered({ layer, phrase: `handshake-msg: ${message.slice(0, 80)}` }) : null;
}

/**
 * A success that is one message and nothing else: a hosting firewall answering an API call in the service's place,
 * {"message": "Access denied by Imunify360 bot-protection…"} (its row). A firewall's name beside other fields is data.
 */
function soleMessage(body: string): boolean {
  const fields = objectOf(body);
  const keys = fields ? Object.keys(fields) : [];
  return (
    keys.length === 1 && /^(?:message|error|detail)$/.test(keys[0]!) && typeof fields?.[keys[0]!] === 'string'
  );
}

function soleNote(body: string): PageOnSuccess | null {
  const fields = objectOf(body);
  const keys = fields ? Object.keys(fields) : [];
  const note =
    keys.length === 1 && (keys[0] === 'Note' || keys[0] === 'Information') ? fields?.[keys[0]] : undefined;
  // An advisory note ("Login required for full access; showing sample data") is the data's (review).
  const said =
    typeof note === 'string' ? NOTE_LIMITS.find((limit) => note.toLowerCase().includes(limit)) : undefined;
  return said ? answered({ layer: 'rate-limit', phrase: said }) : null;
}

/** OpenWrt's ubus refusing a session on /ubus (UBUS_ERROR_CODES), if so. */
function ubusError(exchange: Exchange, fields: Record<string, unknown>): PageOnSuccess | null {
  if (fields.jsonrpc !== '2.0' || !isRecord(fields.error) || !/\/ubus\/?(?:[?#]|$)/.test(exchange.url))
    return null;
  const { code, message } = fields.error;
  const layer = typeof code === 'number' ? UBUS_ERROR_CODES.get(code) : undefined;
  return layer
    ? answered({
        layer,
        phrase: `ubus ${code}${typeof message === 'string' ? ` ${message.slice(0, 60)}` : ''}`,
      })
    : null;
}

/** A bare code of the answer's `errors` list the listed-codes table knows (MLB.tv's "blackout"). */
function listedErrorCode(fields: Record<string, unknown>): PageOnSuccess | null {
  const { errors } = fields;
  if (!Array.isArray(errors) || hasData(fields)) return null;
  for (const item of errors.slice(0, 5)) {
    const layer = typeof item === 'string' ? LISTED_ERROR_CODES.get(item.trim().toLowerCase()) : undefined;
    if (layer) return answered({ phrase: item as string, layer });
  }
  return null;
}

function errorObjectOnSuccess(exchange: Exchange, body: string): PageOnSuccess | null {
  if (body.length > ENVELOPE_LIMIT || !/^\s*\{/.test(body) || !ERROR_FIELD.test(body)) return null;
  const fields = objectOf(body);
  if (fields === undefined) return looseCodeIn(body);
  return fields ? failedObject(exchange, fields) : null;
}

/** The refusal a parsed answer object states on a success, if it failed and says so (errorObjectOnSuccess's reading). */
function failedObject(
  exchange: Exchange,
  fields: Record<string, unknown>,
  strict = false,
): PageOnSuccess | null {
  if (fields.success === true) return null;
  const router = typeof fields.errorcode === 'string' ? ROUTER_ERRORCODES.get(fields.errorcode) : undefined;
  if (router && fields.success === false)
    return answered({ layer: router, phrase: fields.errorcode as string });
  const ubus = ubusError(exchange, fields);
  if (ubus) return ubus;
  const graphql = graphqlError(fields);
  if (graphql) return graphql;
  // Solocoo's login (Canal Digitaal) refusing for the account's devices: {"error":"toomany",…,"devices":[…]}, HTTP 200
  // (https://github.com/add-ons/plugin.video.tvvlaanderen/issues/58). "toomany" alone is other apps' login attempts
  // (review): only with the list of devices it means.
  if (fields.error === 'toomany' && Array.isArray(fields.devices) && fields.devices.length > 0)
    return { vendor: null, phrase: 'toomany', layer: 'account', answer: 'json' };
  const deezer = deezerError(fields);
  if (deezer) return answered(deezer);
  const listed = listedErrorCode(fields);
  if (listed) return listed;
  // An envelope in PascalCase whose Status is a refusal's code the tables know: HIDIVE's API, {"Code":81,"Status":
  // "UpgradeApplication","Message":"Update required. Visit the APP store…"} on HTTP 200
  // (https://github.com/anidl/hidive-downloader-nx/issues/4).
  // The envelope whole, its Code and Message beside its Status: an order's or a job's "Status" is its data (review).
  // An envelope whose shape states the cause by itself (FAILED_ENVELOPES' `states`).
  const shaped = FAILED_ENVELOPES.find((row) => row.states && envelopeMatches(row, fields))?.states;
  if (shaped) return answered(shaped);
  const pascal =
    typeof fields.Status === 'string' && typeof fields.Code === 'number' && typeof fields.Message === 'string'
      ? refusalCodeIn(fields.Status)
      : null;
  if (pascal) return answered(pascal);
  for (const text of nestedErrorTexts(fields)) {
    const stated = wordsRefuse(text, exchange.status);
    if (stated) return stated;
  }
  const failed =
    CODE_FIELDS.some((name) => failedNumber(fields[name])) ||
    // A code the tables know as a refusal's, whatever its shape (iQIYI's "code": "A00111").
    CODE_FIELDS.some((name) => typeof fields[name] === 'string' && refusalCodeIn(fields[name]) !== null) ||
    ERROR_CODE_FIELDS.some((name) => smallFailure(fields[name])) ||
    STATUS_FIELDS.some((name) => failedNumber(fields[name])) ||
    saysError(fields.error) ||
    (Array.isArray(fields.errors) && fields.errors.length > 0) ||
    byResource(fields).length > 0 ||
    // A service's own envelope that says the call failed (its flag, beside its other members): the table's rows,
    // each with its source (src/knowledge/refusals/envelopes-table.ts).
    FAILED_ENVELOPES.some((row) => envelopeMatches(row, fields)) ||
    // Its other answers put their code in `status`, {"status":"ACN_3034","message":"User has no rights"} (NOW Online's
    // add-on's reading of it, https://github.com/olavopeixoto/plugin.video.brplay/issues/143): a status the code tables
    // know as a refusal's.
    statusCode(fields) !== null ||
    failedMessages(fields).length > 0;
  if (!failed) return envelopeStatus(fields) ?? errorMessageOnFailedResult(fields, exchange.status);
  for (const text of errorTexts(fields)) {
    const stated = wordsRefuse(text, exchange.status, strict);
    if (stated) return stated;
  }
  return envelopeStatus(fields) ?? bareLoginFailure(exchange, fields);
}

/** Statuses that name their layer by themselves (statusFacts' first), when an envelope carries one inside a success. */
const TELLING_STATUSES: ReadonlySet<number> = new Set([401, 404, 410, 429]);

/**
 * The HTTP status OpenWeatherMap's envelope states inside a success, {"message":"Error: Not found city","cod":"404"} on
 * a 200 (coderhs/ruby_open_weather_map@df4642657fdd8c65ff8c5423bbc6c3c38aaacb9f:spec/fixtures/cassettes/api/current_city_invalid.yml):
 * its `cod` beside its message and nothing else, read as that status. Not other status fields, nor a larger record: a
 * webhook delivery's or a link checker's carries the status another server answered, `cod` among a shipment's data is
 * its cash on delivery, and a small envelope's own status may contradict its message ("subscription has expired" on a
 * 401, review "70."): the words say more, and where they say nothing the status alone is not the cause.
 */
function envelopeStatus(fields: Record<string, unknown>): PageOnSuccess | null {
  const { cod, message } = fields;
  if (typeof message !== 'string' || Object.keys(fields).length > 2) return null;
  const status = typeof cod === 'number' ? cod : typeof cod === 'string' ? Number(cod.trim()) : Number.NaN;
  const layer = TELLING_STATUSES.has(status) ? statusFacts(status).layers[0] : undefined;
  return layer ? answered({ layer, phrase: `"cod": ${String(cod)}` }) : null;
}

/**
 * A GraphQL answer's error by its code, where GraphQL puts one: `extensions.code`
 * (apollographql/apollo-server@4f154060bbe57d3bd612cb09ab63467f319d4ba5:docs/source/data/errors.mdx) or GitHub's `type`,
 * read with GRAPHQL_CODES only, and only when the answer carries nothing else (hasData: beside data it is a partial
 * answer).
 */
function graphqlError(fields: Record<string, unknown>): PageOnSuccess | null {
  const { errors } = fields;
  if (!Array.isArray(errors) || hasData(fields)) return null;
  for (const item of errors.slice(0, 5)) {
    if (!isRecord(item)) continue;
    const { extensions, type } = item;
    const code = isRecord(extensions) && typeof extensions.code === 'string' ? extensions.code : type;
    const layer = typeof code === 'string' ? GRAPHQL_CODES.get(code.trim().toLowerCase()) : undefined;
    if (layer) return answered({ layer, phrase: String(code).slice(0, 60) });
  }
  return null;
}

/** The objects of a list an envelope names (FailedEnvelope's `list`), its first five. */
function listedObjects(fields: Record<string, unknown>, path: string): Record<string, unknown>[] {
  let list: unknown = fields;
  for (const name of path.split('.')) list = isRecord(list) ? list[name] : undefined;
  return Array.isArray(list) ? list.slice(0, 5).filter(isRecord) : [];
}

/** Whether an answer's fields have a failed envelope's shape (FailedEnvelope says how a row matches). */
function envelopeMatches(row: FailedEnvelope, fields: Record<string, unknown>): boolean {
  const typed = (types: Readonly<Record<string, string>>) =>
    Object.entries(types).map(([name, type]) => typeof fields[name] === type);
  return (
    (row.list === undefined || listedObjects(fields, row.list).length > 0) &&
    (row.only === undefined || Object.keys(fields).every((name) => row.only?.includes(name))) &&
    Object.entries(row.equals).every(([name, value]) => fields[name] === value) &&
    typed(row.typed ?? {}).every(Boolean) &&
    (row.anyTyped === undefined || typed(row.anyTyped).some(Boolean))
  );
}

/**
 * A login endpoint's own answer that says it failed, with no other cause: the login was refused (BigPond's
 * authenticate, {"responseCode": 1, "responseMessage": "Failure"}, aussieaddons/plugin.video.afl-video@
 * 3e2b716f8fb48a8db0a5c17fd9428a084babb20f:resources/tests/fakes/json/BP_AUTH_FAIL.json). Only where the answer says no
 * more than that it failed: a code of its own ("toomany") is another story (review).
 */
function bareLoginFailure(exchange: Exchange, fields: Record<string, unknown>): PageOnSuccess | null {
  const bare = ['responseMessage', 'message', 'msg', 'status', 'result'].some(
    (name) =>
      typeof fields[name] === 'string' && /^\s*(?:fail|failed|failure)\s*$/i.test(fields[name] as string),
  );
  // Nothing else may say why: no error value, no reason, no code of a refusal's size or in words (review: a login's
  // "failed" with error "geo_blocked" or code 429 is that cause, which the tables may not know).
  const quiet =
    !Object.keys(fields).some(
      (name) =>
        /error|reason|detail/i.test(name) &&
        fields[name] !== null &&
        fields[name] !== '' &&
        fields[name] !== false,
    ) &&
    !CODE_FIELDS.some((name) => {
      const value = fields[name];
      return typeof value === 'string' || (typeof value === 'number' && (value < 0 || value >= 100));
    });
  return bare && quiet && endpointRole(exchange.url).role === 'auth'
    ? { vendor: null, phrase: 'a login endpoint answered that it failed', layer: 'auth', answer: 'json' }
    : null;
}

/**
 * A failed object that says only that access was denied: the service refused without a cause the tables know (VK's
 * API, error 201, "Access denied: access to users audio is denied" on a success,
 * https://github.com/issamansur/vkpymusic/issues/21). Read last, after a block reason or an authorization's own
 * message (review); not a database's "Access denied for user '…'" nor a path's (a server's fault, review).
 */
const BARE_DENIAL = /^access denied(?:[.!]?$|:\s+access\b)/i;

function bareDenial(body: string): PageOnSuccess | null {
  if (body.length > ENVELOPE_LIMIT || !/^\s*\{/.test(body) || !/access denied/i.test(body)) return null;
  const fields = objectOf(body);
  if (!fields || fields.success === true) return null;
  const denied = errorTexts(fields).find((text) => BARE_DENIAL.test(text.trim()));
  return denied ? { vendor: null, phrase: denied.trim().slice(0, 120), layer: 'app', answer: 'json' } : null;
}

/**
 * A player's authorization answer that refuses in one of its objects, `"authorized": false` with the reason in its
 * message: Ooyala's, {"authorized": false, …, "code": "3", "message": "unauthorized location", …} on HTTP 200
 * (aussieaddons/plugin.video.nrl-live@1d70d1489889e4b286d1d9a713f48ea55bfd5bbf:resources/tests/fakes/json/AUTH_FAILED.json). Only a cause the
 * tables know, stated in that object (up to its end), counts; an authorization refused for no stated reason is left.
 */
const NOT_AUTHORIZED = /"authori[sz]ed"\s*:\s*false\b/;
const AUTHORIZED = /"authori[sz]ed"\s*:\s*true\b/;
const OBJECT_MESSAGE = /"(?:message|reason|msg)"\s*:\s*"([^"\\]{1,200})"/;
const AUTHORIZATION_OBJECT = 600;

function deniedAuthorization(body: string): PageOnSuccess | null {
  // Only a player's authorization answer, and only when nothing in it was authorized: a catalogue, feature flags or
  // payment methods mark some items "authorized": false beside others that play (review).
  if (!body.includes('"authorization_data"') || AUTHORIZED.test(body)) return null;
  const found = NOT_AUTHORIZED.exec(body);
  if (!found) return null;
  const rest = body.slice(found.index, found.index + AUTHORIZATION_OBJECT);
  const end = rest.indexOf('}');
  const message = OBJECT_MESSAGE.exec(end < 0 ? rest : rest.slice(0, end))?.[1];
  if (!message) return null;
  // Read as the refusal it is: a geo code counts as on a 403.
  return wordsRefuse(message, 403);
}

/**
 * An internet provider's notice of a court-ordered block is a small page (a title, two sentences, a link);
 * an article that quotes such a notice is not, even a short one: the text a person reads is counted, not the
 * markup (OONI's notices read in 100–800 characters; Rostelecom's, which lists every legal ground for a block,
 * in 2,162: NullHypothesis/blockpages@ccb9008520cc047418eedeaae55c8945b3a419b3:RU/188.19.132.155).
 */
const ORDER_NOTICE_LIMIT = 8 * 1024;
const ORDER_NOTICE_TEXT = 1200;
/** A geo notice that stands in for the page is a sentence or two: a longer text is a page about it. */
const GEO_NOTICE_TEXT = 300;
/** Markup of an app's page rather than a notice in place of one: a form, text hidden or held for later. */
const HELD_TEXT = /<form\b|<template\b|display\s*:\s*none|\shidden\b/i;
/** A page notice's page: its few sentences and a link (the Census API's is 240 characters). */
const PAGE_NOTICE_TEXT = 600;
/** A longer notice still says it first: its order stands among the first lines, where an article has its own lead. */
const LONG_NOTICE_TEXT = 2500;
const NOTICE_LEAD = 600;

/** A quotation mark or a guillemet: a page that quotes a notice ("Why do I see “…blocked as per …”?") is not one. */
const QUOTE_MARK = /["“”«„'‘’]\s*$/;

/**
 * A notice's address (a regulator's landing page) counts on a success only where the page sends the viewer: in a
 * frame's or a link's address, or a refresh's URL. Written out as text, it is a page that talks about the block (a
 * block checker's result, a news brief, review).
 */
function sendsTo(body: string, address: string): boolean {
  const lower = body.toLowerCase();
  for (let at = lower.indexOf(address); at >= 0; at = lower.indexOf(address, at + 1)) {
    const before = lower.slice(Math.max(0, at - 400), at);
    const attribute = Math.max(
      before.lastIndexOf('src='),
      before.lastIndexOf('url='),
      before.lastIndexOf('href='),
    );
    if (attribute >= 0 && !/[\s"'<>]/.test(before.slice(attribute).replace(/^\w+=["']?/, ''))) return true;
  }
  return false;
}

/** Whether the page is the notice itself (what a person reads of it, whitespace runs counted once). */
function isNotice(body: string, phrase: string): boolean {
  if (!/\s/.test(phrase.trim()) && /\.\w/.test(phrase))
    return sendsTo(body, phrase.toLowerCase().replace(/^https?:\/\//, ''));
  const visible = readHtml(body).visible.replace(/\s+/g, ' ').trim();
  const at = visible.toLowerCase().indexOf(phrase.toLowerCase().replace(/\s+/g, ' '));
  // The phrase as read (src/knowledge/refusals/stated.ts) may sit in markup the visible text leaves out.
  if (at >= 0 && QUOTE_MARK.test(visible.slice(Math.max(0, at - 80), at))) return false;
  if (visible.length <= ORDER_NOTICE_TEXT) return true;
  return visible.length <= LONG_NOTICE_TEXT && at >= 0 && at < NOTICE_LEAD;
}

/** A title that is a notice whole, not one that mentions it (a blog post "Google Drive - Quota exceeded? How to fix", review). */
function titleNotice(title: string): ReturnType<typeof pageNoticeIn> {
  const notice = pageNoticeIn(title);
  return notice && notice.phrase.length === title.replace(/\s+/g, ' ').trim().length ? notice : null;
}

/**
 * Some firewalls and panels answer a refusal with HTTP 200 and their own page (F5 ASM's "The requested URL
 * was rejected", FortiGate's "Application Control Violation", XC_VM's debug page). Only small HTML bodies
 * are looked at, so segments and JSON cost nothing.
 */
export function refusalOnSuccess(exchange: Exchange): PageOnSuccess | null {
  const local = REDIRECTS.has(exchange.status)
    ? getHeader(exchange.responseHeaders, 'location')
    : exchange.status === 200
      ? interceptRefresh(exchange)
      : null;
  // A known notice's address first: a national filter's own private address (Iran's 10.10.34.x) is its notice, not a
  // box on the viewer's network (review of the seventy-third batch).
  const notice = REDIRECTS.has(exchange.status)
    ? blockNoticeRedirect(
        getHeader(exchange.responseHeaders, 'location') ?? '',
        hostNameOf(exchange.url),
        /^http:\/\//i.test(exchange.url),
      )
    : null;
  if (notice) return { vendor: null, phrase: notice.phrase, layer: notice.layer, answer: 'notice' };
  const portal = local ? localRedirect(exchange, local) : null;
  // A box on the network that names its page a block is a filter's notice (a router's parental control sending a
  // podcast's download to "http://192.168.1.1/ui/dynamic/internet-blocked.html" by a meta refresh on HTTP 200,
  // https://github.com/gpodder/gpodder/issues/1082); otherwise a portal to get through ("unblock" is a request form).
  if (portal)
    return {
      vendor: null,
      phrase: portal,
      layer: BLOCK_PAGE.test(pathOf(local ?? '')) ? 'waf' : 'network',
      answer: 'redirect',
    };
  const hotspot = REDIRECTS.has(exchange.status) || exchange.status === 200 ? hotspotLogin(exchange) : null;
  if (hotspot) return { vendor: null, phrase: hotspot, layer: 'network', answer: 'hotspot' };
  // A bot check first: Google's /sorry/ on a sibling host carries the whole asked address too (review "77.").
  const sorry = REDIRECTS.has(exchange.status) ? botCheckRedirect(redirectTarget(exchange)) : null;
  // Google's own check on its own service: the service the address names keeps its name (YouTube's).
  if (sorry) return { vendor: identifyVendor({ ...exchange, body: undefined }), phrase: sorry, layer: 'waf' };
  const wall = REDIRECTS.has(exchange.status) ? (loginWall(exchange) ?? gatewaySignIn(exchange)) : null;
  // Quoted: a path's words (login) are the service's, not the sentence's.
  if (wall) return { vendor: signInGateway(exchange), phrase: `"${wall}"`, layer: 'auth', answer: 'sign-in' };
  // A filter that sends a refused request to its deny page by a redirect names itself in the Location (Netsweeper's
  // /webadmin/deny, its row): its headers only, as for the 202 below.
  // MediaFire's link to a file it no longer has: a redirect to /error.php?errno=320 (curl --head in
  // https://github.com/mcrapet/plowshare-modules-legacy/issues/98; that module reads 320 as a dead link).
  if (
    REDIRECTS.has(exchange.status) &&
    /(?:^|\.)mediafire\.com$/.test(hostNameOf(exchange.url)) &&
    /^(?:https?:\/\/(?:www\.)?mediafire\.com)?\/error\.php\?errno=320\b/.test(
      getHeader(exchange.responseHeaders, 'location') ?? '',
    )
  )
    return { vendor: null, phrase: '"/error.php?errno=320"', layer: 'not-found', answer: 'gone' };
  // Only to another host: a site's own /webadmin/deny is its own page (review).
  const away = REDIRECTS.has(exchange.status) ? redirectTarget(exchange) : '';
  if (away && hostNameOf(away) !== hostNameOf(exchange.url)) {
    const vendor = identifyVendor({ ...exchange, body: undefined });
    if (vendor?.own && vendor.kind === 'waf' && vendor.action === 'block') return { vendor };
    const gateway = signInGateway(exchange);
    if (gateway) return { vendor: gateway };
  }
  const lookup = exchange.status === 200 ? failedLookupPage(exchange) : null;
  if (lookup) return { vendor: null, phrase: lookup, layer: 'network', answer: 'lookup' };
  // A name filter's own server answering for a name its owner's list blocks (the table's sinkhole headers).
  // Not on a real payload: older Pi-hole web servers sign every file they serve, a home user's own playlist too (review "77.").
  // Nor on the box's own address or name: a sinkholed name keeps its name (review "78.").
  const payload = /^\s*(?:#EXTM3U|<\?xml|<tv\b|[{[])/.test(exchange.body ?? '');
  const ownBox = /^(?:\d{1,3}(?:\.\d{1,3}){3}|pi\.hole)$/i.test(hostNameOf(exchange.url));
  const sinkhole =
    exchange.status === 200 && !payload && !ownBox ? sinkholeHeaderIn(exchange.responseHeaders) : null;
  // The filter is named by its own header (Pi-hole's row).
  if (sinkhole)
    return { vendor: identifyVendor({ ...exchange, body: undefined }), phrase: sinkhole, layer: 'network' };
  // AWS WAF answers its challenge with HTTP 202 and `x-amzn-waf-action: challenge` (its row in
  // src/knowledge/vendors/rows/aws.ts), the page's body often not kept (a web archive's record of one,
  // edgi-govdata-archiving/web-monitoring-processing, awselb-2-0.0): a 202 whose headers carry a firewall's own
  // challenge or block is that refusal. Only 202, which a player's traffic hardly ever sees: other successes are
  // read by their page alone, so the many 200s of a capture cost no vendor lookup.
  if (exchange.status === 202) {
    // Its headers only: a script, a JSON reply or a playlist that names a vendor's challenge is the service's file.
    const vendor = identifyVendor({ ...exchange, body: undefined });
    if (
      vendor?.own &&
      (vendor.kind === 'waf' || vendor.kind === 'bot') &&
      (vendor.action === 'challenge' || vendor.action === 'block')
    )
      return { vendor };
  }
  const body = exchange.body;
  // A watch page runs to hundreds of kilobytes and carries the player's verdict deep inside ("playabilityStatus"): that
  // object alone is read, by the platform rows that know it (a rental's page, fent/node-ytdl-core's saved watch pages).
  if (body && body.length > BLOCK_PAGE_LIMIT && exchange.status === 200) {
    // Only on YouTube's own pages (a portal's page that embeds a trailer's player data is not the trailer refused), and
    // only the first verdict: the slice ends where the next one starts (review).
    if (!/(?:^|\.)youtube\.com$/.test(hostNameOf(exchange.url))) return null;
    const at = body.indexOf('"playabilityStatus"');
    const next = at >= 0 ? body.indexOf('"playabilityStatus"', at + 1) : -1;
    const end = Math.min(at + 600, next > at ? next : at + 600);
    const vendor = at >= 0 ? identifyVendor({ ...exchange, body: body.slice(at, end) }) : null;
    return vendor?.own && vendor.action && vendor.errorKey ? { vendor } : null;
  }
  // Most successes are neither: one pass over their headers decides it, as a capture holds thousands of them (bench).
  const protocol = exchange.status === 200 ? protocolHeaders(exchange.responseHeaders) : NO_PROTOCOL;
  // A gRPC call refused in its own status, headers only (a trailers-only answer), or Connect's end-of-stream error.
  const rpc =
    (protocol.grpc || protocol.connect) && grpcAnswer(protocol.contentType || (exchange.mimeType ?? ''), body)
      ? (grpcStatusIn(exchange.responseHeaders) ?? connectEndStreamError(body ?? '', protocol.contentType))
      : null;
  const rpcSays = rpc ? rpcRefusal(rpc) : null;
  if (rpcSays) return ownService(exchange, rpcSays);
  // A WebSocket upgrade refused with a 200 and the refusal in headers, ByteDance's edge (TikTok LIVE, Douyin):
  // "handshake-status: 415", "handshake-msg: DEVICE_BLOCKED" (https://github.com/zerodytrash/TikTok-Live-Connector/issues/187).
  const handshake = protocol.handshake ? refusedHandshake(exchange) : null;
  if (handshake) return ownService(exchange, handshake);
  if (!body || body.length > BLOCK_PAGE_LIMIT || exchange.status < 200 || exchange.status >= 300) return null;
  // A Subsonic server's answer, XML or JSON, says in its body that the call failed and why.
  const subsonic = subsonicRefusal(body);
  if (subsonic) return ownService(exchange, answered(subsonic));
  // An XML-RPC answer whose status member refuses (OpenSubtitles' API, which subtitle add-ons call).
  const xmlRpc = xmlRpcStatusRefusal(body);
  if (xmlRpc) return answered(xmlRpc);
  const xmlStatus = xmlStatusCode(body) ?? adobeNotAuthorized(exchange, body);
  if (xmlStatus) return ownService(exchange, xmlStatus);
  const meeting = bigBlueButtonFailure(exchange.url, body);
  if (meeting) return ownService(exchange, answered(meeting));
  const ofx = ofxRefusal(body);
  if (ofx) return ofx;
  // Only what a person sees as a page: HTML, or plain text when nothing says otherwise. A script, a style
  // sheet, subtitles or XML on a success are the service's files even when they name a vendor's challenge
  // (a player's bundle that carries `window._cf_chl_opt`).
  const mime = (exchange.mimeType ?? '').toLowerCase();
  const single = commandAnswer(body, mime.includes('json'));
  const refused = single ? failedObject(exchange, single, true) : null;
  if (refused) return ownService(exchange, refused);
  // JSON under another type counts too: Gigya's API answers its objects as text/javascript (pigskin/pigskin@
  // da82490dad15cbadc76a77cc93e062de6d947fb2:tests/cassettes/public_API/europe_pigskin_bad_auth_login.yaml), PHP panels
  // under PHP's default text/html (Xtream UI's api.php above). A page never starts with "{".
  if (
    mime.includes('json') ||
    ((!mime || mime.includes('javascript') || mime.includes('html')) && /^\s*\{/.test(body))
  ) {
    // A platform's own API refusing in its own object, HTTP 200 (Kaltura's OTT API, YouTube's playability status: their
    // rows' `inSuccess` markers): its code says which refusal. Only the delivery's own platforms: a firewall's name in a
    // JSON success is the service's data.
    // So does a small error envelope on a platform's own host whose code its row reads (PallyCon's licence server answers
    // every refusal with HTTP 200 and {"errorCode": "7011", "message": …}, its row).
    const inSuccess = mayRefuseInSuccess(body);
    const vendor =
      inSuccess || (body.length <= ENVELOPE_LIMIT && ERROR_FIELD.test(body))
        ? identifyVendor(exchange)
        : null;
    if (
      vendor?.own &&
      // Through the envelope gate only a code read in the answer counts: a signed link's parameter names a store's
      // rule for any small JSON file behind it (review).
      (inSuccess || vendor.answerCode === true) &&
      (SERVICE_KINDS.has(vendor.kind) || (inSuccess && vendor.kind === 'waf' && soleMessage(body))) &&
      vendor.errorKey &&
      vendor.action &&
      vendor.action !== 'origin-error'
    )
      return { vendor, answer: 'json' };
    // A resolver's DNS-over-HTTPS answer that says it filtered the name (its comment's extended error): the resolver's
    // filter, named for the resolver when its host is a vendor's.
    const filtered = dnsFilteredAnswer(body);
    if (filtered) {
      const resolver = identifyVendor({ ...exchange, body: undefined });
      return { ...answered(filtered), vendor: resolver?.own ? resolver : null };
    }
    const failed = errorObjectOnSuccess(exchange, body) ?? invalidWithReason(body, exchange.status);
    if (failed) return ownService(exchange, failed);
    const withheld = geoBlockReasonIn(body);
    if (withheld) return { vendor: null, phrase: withheld.phrase, layer: 'geo', answer: 'json' };
    const stub = body.length <= ENVELOPE_LIMIT ? (successStub(body) ?? soleNote(body)) : null;
    if (stub) return stub;
    // Cloudflare's Waiting Room holding the visitor in its queue (its row's JSON marker): too many at once.
    if (WAITING.test(body)) {
      const vendor = identifyVendor(exchange);
      if (vendor?.vendor === 'cloudflare' && vendor.own)
        return { vendor, phrase: '"inWaitingRoom": true', layer: 'rate-limit', answer: 'json' };
    }
    return deniedAuthorization(body) ?? bareDenial(body);
  }
  // A platform's playlist that says in its own words it refuses the session (Livepeer's gate, "#EXT-X-ERROR: Shutting down
  // since this session is not allowed to view this stream", its row): a player stops there and asks for no segment.
  if (/^\s*#EXTM3U/.test(body) && mayRefuseInSuccess(body)) {
    const vendor = identifyVendor(exchange);
    if (vendor?.own && SERVICE_KINDS.has(vendor.kind) && vendor.errorKey && vendor.action) return { vendor };
  }
  // A JSONP answer is an API's object in a callback: read as one. Only a script's type (or none): a page is no callback.
  const wrapped = !mime || mime.includes('javascript') ? jsonpObject(body) : null;
  if (wrapped) return errorObjectOnSuccess(exchange, wrapped);
  const pageType = !mime || mime.includes('html') || mime.startsWith('text/plain');
  if (!pageType) return null;
  const html = mime.includes('html') || /^\s*</.test(body);
  // A page's text as a person copied it counts too (F5's sentence pasted from the screen,
  // https://github.com/ClericPy/ichrome/issues/135); JSON, playlists and media never do.
  if (!html && !textPage(body)) return null;
  const vendor = identifyVendor(exchange);
  if (vendor?.own && vendor.kind !== 'origin' && vendor.action && vendor.action !== 'origin-error')
    return { vendor };
  if (html && cookieReload(body))
    return {
      vendor: null,
      phrase: 'a script that sets a cookie and reloads the page',
      layer: 'waf',
      answer: 'script',
    };
  // A page that states a block in its title (an ISP's or a web filter's notice).
  const title = titleOf(body);
  const stated = statedIn(body, true);
  if (stated?.layer === 'waf' && /block|denied|reject|violation/i.test(title))
    return { vendor: null, phrase: stated.phrase, layer: 'waf' };
  // A robot check's own page under its own title (Amazon's <title dir="ltr">Robot Check</title>, ziplokk1/
  // scrapy-amazon-robot-middleware's saved 503.html): only its own sentence, as the page says it, not quoted (review:
  // generic firewall words on a captcha service's pages, an article that quotes the check).
  if (
    stated &&
    /\brobot check\b/i.test(title) &&
    isFilterNotice(stated.phrase) &&
    body.length <= ORDER_NOTICE_LIMIT &&
    isNotice(body, stated.phrase)
  )
    return { vendor: null, phrase: stated.phrase, layer: stated.layer };
  // A filter's own notice in place of the answer, short, untitled and not quoting it (the notices' table: an office
  // proxy's, the viewer's antivirus). Only those sentences: generic words ("incident ID", "malicious activity") on an
  // untitled fragment are a player's overlay or an app's snippet, and a titled page is an article (review).
  if (
    stated &&
    isFilterNotice(stated.phrase) &&
    body.length <= ORDER_NOTICE_LIMIT &&
    !titled(body) &&
    isNotice(body, stated.phrase)
  )
    return { vendor: null, phrase: stated.phrase, layer: stated.layer };
  // Providers show court-ordered blocks with HTTP 200 (Airtel's, Turkey's): the notice is the refusal.
  if (stated?.ordered && body.length <= ORDER_NOTICE_LIMIT && isNotice(body, stated.phrase))
    return { vendor: null, phrase: stated.phrase, layer: 'geo' };
  const blockNotice = html && body.length <= ORDER_NOTICE_LIMIT ? blockNoticeIn(body) : null;
  if (blockNotice && isNotice(body, blockNotice.phrase))
    return { vendor: null, phrase: blockNotice.phrase, layer: 'geo' };
  // A service's own short page stating a geo refusal in place of the content, on a success: MX Player's "We are currently
  // not available in your region" (https://github.com/yt-dlp/yt-dlp/issues/15968), Rutube's rights-holder notice
  // (https://github.com/zhovner/zaborona_help/issues/90). Only when the whole page is that notice, not quoted: an
  // article or a help page that mentions one says more.
  if (
    stated &&
    isGeoNotice(stated.phrase) &&
    body.length <= ORDER_NOTICE_LIMIT &&
    // A form, or markup that hides or holds text for later, is an app's page, not a notice in place of one (review).
    !HELD_TEXT.test(body)
  ) {
    // What a person sees: the notice is the page, near its start (a script's strings, a hidden element, a badge in a
    // list or a tip are not, review).
    const visible = readHtml(body).visible.replace(/\s+/g, ' ').trim();
    const at = visible.toLowerCase().indexOf(stated.phrase.toLowerCase());
    if (visible.length <= GEO_NOTICE_TEXT && at >= 0 && at <= 40 && isNotice(body, stated.phrase))
      return { vendor: null, phrase: stated.phrase, layer: 'geo' };
  }
  // A service's own short page that refuses in place of the answer (PAGE_NOTICES: the Census API's invalid key): the
  // whole page, a short one with no form, wherever the notice stands in it.
  // Not a form, nor markup that hides or holds text for later, nor a quote of the notice (the geo notice's guards, review).
  if (html && body.length <= ORDER_NOTICE_LIMIT && !HELD_TEXT.test(body)) {
    const visible = readHtml(body).visible.replace(/\s+/g, ' ').trim();
    // Its title too: a page a client kept to its head says it there (Google Drive's "Google Drive - Quota exceeded").
    const notice =
      visible.length <= PAGE_NOTICE_TEXT ? (pageNoticeIn(visible) ?? titleNotice(titleOf(body))) : null;
    if (notice && isNotice(body, notice.phrase))
      return { vendor: null, phrase: notice.phrase, layer: notice.layer };
  }
  // A text/html answer without a tag is read as plain text too (Smart IPTV's one-line refusal is served so); its
  // page readings above stay (review: a tagless notice, a vendor's text with stray characters).
  return html && body.includes('<') ? null : plainAnswer(body, exchange.status);
}

/**
 * The object a JSONP answer hands its callback, `callback({…})`, also inside `try{…}catch(e){}` as iQIYI's play API
 * sends it: try{QP.__callbacks__.cb…({"st":502,"ctl":{"area":301},…,"code":"A00111"});}catch(e){};
 * (https://github.com/uku/Unblock-Youku/issues/756).
 */
const JSONP_HEAD = /^\s*(?:try\s*\{\s*)?([\w$.]{1,100})\(\s*\{/;
/** A module loader's call is a script's module, not an answer (review). */
const LOADERS: ReadonlySet<string> = new Set(['define', 'require', 'System.register']);

/**
 * An object assigned to a name, Tencent Video's play API with otype=json: QZOutputJson={"em":…,"s":"f",…}; (yt-dlp reads it
 * so, yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/tencent.py, _search_json(r'QZOutputJson=')).
 */
const ASSIGNED_HEAD = /^\s*(?:var\s+)?[A-Za-z_$][\w$]{0,60}\s*=\s*\{/;

function jsonpObject(body: string): string | null {
  const assigned = ASSIGNED_HEAD.exec(body);
  if (assigned) {
    const end = body.lastIndexOf('}');
    const rest = body.slice(end + 1).trim();
    return rest === '' || rest === ';' ? body.slice(assigned[0].length - 1, end + 1) : null;
  }
  const head = JSONP_HEAD.exec(body);
  if (!head || LOADERS.has(head[1]!)) return null;
  const start = head[0].length - 1;
  const end = body.lastIndexOf('})');
  return end > start ? body.slice(start, end + 1) : null;
}

/**
 * A one-line plain-text answer that is, or ends with, a service's refusal code in brackets: a licence service's
 * refusal as its client showed it, "Cannot complete request. [PRS.NoRights.InvalidGeoIP]"
 * (https://github.com/chu23465/VT-PR/issues/172). Codes only (VALUE_CODES, read whole), never sentences: subtitles,
 * change logs and locale files are short texts on 200 that mention subscriptions and VPNs (review).
 */
const PLAIN_ANSWER = 600;
const BRACKETED_CODE = /\[([\w.:-]{1,80})\]\s*$/;

/**
 * A one-line answer that ends on its error in words, "status: 0, error: pairing limit reached" (sledovanitv.cz's API
 * as its Kodi add-on logs it, https://github.com/palinek/pvr.sledovanitv.cz/issues/46): the words after "error:".
 */
function trailingError(text: string): string | null {
  const at = text.toLowerCase().lastIndexOf('error:');
  // A field of its own ("…, error: …" or the line's start), not a remark about an earlier error ("OK. Previous error:
  // too many requests", review).
  if (at < 0 || !/(?:^|[,;]\s*)$/.test(text.slice(0, at))) return null;
  const words = text.slice(at + 'error:'.length).trim();
  return words.length >= 3 && words.length <= 120 && !/[,;:]/.test(words) ? words : null;
}

function plainAnswer(body: string, status: number): PageOnSuccess | null {
  const text = body.trim();
  if (status !== 200 || text.length > PLAIN_ANSWER || text.includes('\n')) return null;
  const code = refusalCodeIn(text) ?? refusalCodeIn(BRACKETED_CODE.exec(text)?.[1] ?? '');
  if (code) return answered(code);
  const words = trailingError(text);
  // A one-line answer that is a whole answer of the tables (never a sentence inside a longer text: review).
  const whole = wholeAnswerIn(text, status);
  if (whole) return answered(whole);
  return words ? wordsRefuse(words, status) : null;
}

/**
 * A small XML answer on a success whose <status> is a refusal's code the tables know: Nova's Voyo playlist,
 * <response><status>InvalidSignature</status><message>Signature is different</message>… (https://github.com/Limoto/tv-dl/issues/37).
 */
// The root's own status, its first element: a <status> deeper down is an item's (review).
const XML_STATUS =
  /^\s*(?:<\?xml[^>]{0,200}>\s*)?<response>\s*<status>\s*([A-Za-z][\w.-]{2,60})\s*<\/status>/;
const XML_STATUS_LIMIT = 4 * 1024;

/**
 * Moodle's web services answer an exception on HTTP 200 as <EXCEPTION class="moodle_exception"><ERRORCODE>invalidtoken
 * </ERRORCODE><MESSAGE>Invalid token - token not found</MESSAGE> (https://github.com/mudrd8mz/node-moodle-client/issues/12).
 */
const XML_EXCEPTION =
  /^\s*(?:<\?xml[^>]{0,200}>\s*)?<EXCEPTION class="[\w\\]{1,80}">\s*<ERRORCODE>\s*([\w.-]{2,60})\s*<\/ERRORCODE>/;

/** Zillow's web-service message, its text and code (https://github.com/hanneshapke/pyzillow/issues/22). */
// Right after its <request>, in an XML answer: the same markup quoted in a JSON comment or a page is not the answer (review).
const ZILLOW_MESSAGE =
  /<\/request>\s*<message>\s*<text>\s*Error: ([^<]{1,200})<\/text>\s*<code>\s*(\d{1,4})\s*<\/code>/;
/** Huawei HiLink's error answer, <error><code>125002</code>… (HILINK_ERROR_CODES). */
const HILINK_ERROR = /^\s*(?:<\?xml[^>]{0,100}>\s*)?<error>\s*<code>\s*(\d{6})\s*<\/code>/;
/**
 * Netgear's router SOAP API answers HTTP 200 and puts its own status in <ResponseCode>: 401 when the session is not
 * logged in (https://github.com/home-assistant/core/issues/59025). In its own namespace only: a payment's transaction
 * list carries ResponseCode elements of its own (review).
 */
const SOAP_RESPONSE_401 = /<ResponseCode>\s*401\s*<\/ResponseCode>/;

/**
 * Atresplayer's video-link service answers HTTP 200 with <resultData><result>3</result><resultDes>Hash no válido
 * </resultDes></resultData> for a link whose signature it refuses (https://github.com/aabilio/PyDownTV2/issues/107): a
 * non-zero result, its description read with the cause tables.
 */
const RESULT_DATA =
  /^\s*(?:<\?xml[^>]{0,200}>\s*)?<resultData>\s*<result>\s*(\d{1,4})\s*<\/result>\s*<resultDes>([^<]{1,200})<\/resultDes>/;

/** Plesk's XML API result that failed, its text read with the cause tables (PLESK_ERROR's source: its row). */
// Its system-level error too, <system><status>error</status>… (https://github.com/plesk/api-examples/issues/7).
const PLESK_ERROR =
  /<(?:result|system)>\s*<status>error<\/status>\s*<errcode>\d{1,6}<\/errcode>\s*<errtext>([^<]{1,200})<\/errtext>/;

/**
 * Adobe Pass's older authorization answer on HTTP 200, "<error><notAuthorized/></error><details>0033:The customer is not
 * authorized for the content requested</details>" (the ABC app's, https://github.com/ytdl-org/youtube-dl/issues/12472):
 * the TV provider refused this programme. Its details say why; without words the tables know, the entitlement.
 */
const ADOBE_NOT_AUTHORIZED =
  /^\s*(?:<\?xml[^>]{0,200}>\s*)?<error>\s*<notAuthorized\s*\/>\s*<\/error>\s*(?:<details>([^<]{1,200})<\/details>)?/;

/** Adobe's ADEPT licence server's error element, its code first in `data` (the adobe-content-server row). */
const ADEPT_ERROR =
  /^\s*(?:<\?xml[^>]{0,200}>\s*)?<error xmlns="http:\/\/ns\.adobe\.com\/adept" data="(E_[A-Z_]{2,60})\b/;

/** Adobe Pass's notAuthorized answer, on its own hosts only: the same element elsewhere is another service's (review). */
function adobeNotAuthorized(exchange: Exchange, body: string): PageOnSuccess | null {
  if (!/(?:^|\.)auth\.adobe\.com$/.test(hostNameOf(exchange.url))) return null;
  const adobe = ADOBE_NOT_AUTHORIZED.exec(body);
  if (!adobe) return null;
  const details = adobe[1]?.trim() ?? '';
  const stated = details ? causeIn(details, { page: false, json: false, status: 403, values: true }) : null;
  return answered(
    stated && !stated.loose
      ? stated
      : { layer: 'account', phrase: details ? details.slice(0, 120) : 'notAuthorized' },
  );
}

function xmlStatusCode(body: string): PageOnSuccess | null {
  if (body.length > XML_STATUS_LIMIT) return null;
  const code = refusalCodeIn(
    XML_STATUS.exec(body)?.[1] ?? XML_EXCEPTION.exec(body)?.[1] ?? ADEPT_ERROR.exec(body)?.[1] ?? '',
  );
  if (code) return answered(code);
  const plesk = PLESK_ERROR.exec(body)?.[1];
  const pleskSays = plesk
    ? (wholeAnswerIn(plesk.trim(), 404) ??
      causeIn(plesk, { page: false, json: false, status: 403, values: true }))
    : null;
  if (pleskSays && !pleskSays.loose) return answered(pleskSays);
  const result = RESULT_DATA.exec(body);
  if (result && result[1] !== '0') {
    const stated = causeIn(result[2]!, { page: false, json: false, status: 403, values: true });
    if (stated && !stated.loose) return answered(stated);
  }
  // Zillow's former web services: <message><text>Error: …</text><code>6</code></message> (a non-zero code).
  const zillow = /^\s*</.test(body) ? ZILLOW_MESSAGE.exec(body) : null;
  if (zillow && zillow[2] !== '0') {
    const stated = causeIn(zillow[1]!, { page: false, json: false, status: 403, values: true });
    if (stated && !stated.loose) return answered(stated);
  }
  const indexer = indexerError(body);
  if (indexer) {
    const phrase = `error ${indexer.code}: ${indexer.description.slice(0, 120)}`;
    if (indexer.layer) return answered({ layer: indexer.layer, phrase });
    const stated = causeIn(indexer.description, { page: false, json: false, status: 403, values: true });
    if (stated && !stated.loose) return answered({ layer: stated.layer, phrase });
  }
  const hilink = HILINK_ERROR.exec(body)?.[1];
  const layer = hilink ? HILINK_ERROR_CODES.get(hilink) : undefined;
  if (hilink && layer) return answered({ layer, phrase: `error code ${hilink}` });
  return body.includes('urn:NETGEAR-ROUTER:service:') && SOAP_RESPONSE_401.test(body)
    ? answered({ layer: 'auth', phrase: 'ResponseCode 401' })
    : null;
}

/**
 * A bank's OFX server refusing the sign-on on a success (src/knowledge/refusals/ofx.ts): its code's meaning where the
 * specification lists it, else what its message states (the stated tables), else a refused sign-on (auth).
 */
function ofxRefusal(body: string): PageOnSuccess | null {
  const signon = ofxSignonError(body);
  if (!signon) return null;
  const quoted = `OFX sign-on ${signon.code}${signon.message ? `: ${signon.message.slice(0, 120)}` : ''}`;
  if (signon.known)
    return answered({ layer: signon.known[0], phrase: `OFX sign-on ${signon.code} (${signon.known[1]})` });
  const stated = signon.message
    ? causeIn(signon.message, { page: false, json: false, status: 403, values: true })
    : null;
  if (stated) return answered({ layer: stated.layer, phrase: quoted });
  return signon.code >= 15000 && signon.code < 16000 ? answered({ layer: 'auth', phrase: quoted }) : null;
}

/**
 * RFC 1918's private IPv4 ranges and RFC 6598's shared address space: no site on the internet is there, so a
 * public name asked over plain HTTP and redirected to one was answered by a box on the way — a hotspot's captive
 * portal ("Redirected to /login?dst=http%3A%2F%2Fcaptive.apple.com%2F on 172.16.0.1", MikroTik's hotspot in
 * https://github.com/openwrt/packages/issues/12867), a company's or a provider's filter. Not (review): HTTPS, which
 * a box on the way cannot answer without a certificate error; loopback (an OAuth sign-in handing back to a desktop
 * app, RFC 8252 §7.3); the viewer's own names (a .local server, plex.direct, a single-label name); and a redirect
 * that keeps the path (a provider's load balancer sending the stream to a node it announces by its private
 * address), which is the service's, not a portal's login page.
 */
const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
const PRIVATE_IPV4 =
  /^10\.|^192\.168\.|^172\.(?:1[6-9]|2\d|3[01])\.|^100\.(?:6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./;
const isPrivateHost = (host: string) => /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) && PRIVATE_IPV4.test(host);
/** A public DNS name: dotted, not an address, not one of a home network's suffixes. */
const isPublicName = (host: string) =>
  /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(host) &&
  !/^[\d.]+$/.test(host) &&
  !/\.(?:local|lan|home|internal|home\.arpa|plex\.direct|ts\.net|box)$/.test(host);
/** The host of an absolute URL without its port: where a page or a redirect sends the browser, whatever the port. */
const hostNameOf = (url: string) => hostOf(url).replace(/:\d+$/, '');
/** The path of an absolute URL ("/" when it has none). */
const pathOf = (url: string) => /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(\/[^?#]*)?/i.exec(url)?.[1] ?? '/';

/** The private address a public request was sent to (by a redirect or a page's meta refresh), if any. */
function localRedirect(exchange: Exchange, location: string): string | null {
  if (!/^http:\/\//i.test(exchange.url)) return null;
  const from = hostNameOf(exchange.url);
  const to = hostNameOf(location);
  if (!isPublicName(from) || !isPrivateHost(to)) return null;
  // The service's own redirect carries what was asked (the account, the stream id, the page) to its node: a
  // portal's answer is its login page. A vendor's marks on the answer say the service's edge sent it.
  const asked = pathOf(exchange.url)
    .split('/')
    .filter((segment) => segment.length >= 3);
  // Each part of the target and its name before the extension, looked up once: a crafted path costs its length.
  const target = new Set<string>();
  for (const part of pathOf(location).split('/')) {
    target.add(part);
    target.add(part.split('.')[0] ?? part);
  }
  if (asked.some((segment) => target.has(segment))) return null;
  // An edge's marks (a CDN's, a firewall's, a platform's), not a server's name: pfSense's portal runs on nginx.
  const vendor = identifyVendor({ ...exchange, body: undefined });
  if (vendor && vendor.kind !== 'origin') return null;
  return to;
}

/**
 * A hotspot's gateway sending every address to its login page: CoovaChilli (and the many portals built on it) redirect
 * with `res=notyet` and their own address and port, `uamip=…&uamport=…` (Telekom's FON hotspots,
 * "Location: https://telekom.portal.fon.com/…?res=notyet&uamip=172.17.2.1&uamport=3990&…",
 * https://github.com/Haxe18/telekom_fon_connect/issues/7). The login page may sit on a public name, so the
 * private-address reading above does not see it. Whether a redirect's address is such a gateway's login (its
 * parameters read by the URL parser, anywhere after the `?`).
 */
function coovaLogin(location: string): boolean {
  // The query's parameters, read by the URL parser rather than a pattern (one that searched `uamip=…&uamport=` from every
  // position backtracked on a long run of `?uamip=`).
  const query = location.indexOf('?');
  if (query < 0) return false;
  // Chilli appends its parameters to the portal's own address, after a `#` route when the address has one
  // (https://portal.example/?lang=en#/login&res=notyet&uamip=…, review): every part after the `?` is read.
  const params = new URLSearchParams(location.slice(query + 1).replace(/[#?]/g, '&'));
  const gateway = params.get('uamip') ?? '';
  return (
    params.get('res') === 'notyet' &&
    gateway.length > 0 &&
    gateway.length <= 64 &&
    /^\d{1,5}$/.test(params.get('uamport') ?? '')
  );
}

/**
 * MikroTik's hotspot, and the portals built on its pages, send a visitor to their login page with the address first
 * asked in `dst=` ("dst - original URL requested before the redirect", MikroTik's Hotspot customisation manual,
 * https://help.mikrotik.com/docs/spaces/ROS/pages/87162881/Hotspot+customisation), by a redirect or by the meta
 * refresh of their redirect page on HTTP 200 (an Android connectivity check answered so,
 * https://github.com/openwrt/packages/pull/16140). Only over plain HTTP, which a box on the way can answer, and only
 * when `dst` is the address asked and the login page is another site's: a site's own sign-in on a sibling host
 * (accounts.tv.example for www.tv.example) is the site's (review).
 */
const HOTSPOT_PAGE_LIMIT = 8 * 1024;
const LOGIN_PATH = /\/login(?:\.html)?$/i;
/** The refresh among a page's <meta> tags, its content, and the address in it. */
const REFRESH = /http-equiv\s*=\s*['"]?refresh\b/i;
const CONTENT = /\bcontent\s*=\s*(?:"([^"]{0,8192})"|'([^']{0,8192})')/i;
const REFRESH_URL = /\burl\s*=\s*['"]?([^'"\s]{1,8192})/i;

/** A page a box names a block: block, blocked, blocking, blockpage, BlockedPage, blocklist; not unblock, blockquote, roadblock. */
const BLOCK_PAGE = /(?:^|[^a-z])block(?:ed|ing)?(?:page|list)?(?![a-z])/i;

/**
 * A box on the way answering in the site's place sends the browser on at once, from a page that shows next to nothing
 * (the router's in gpodder/gpodder#1082: a refresh of 0 seconds and a form of hidden fields). Not a site's own page that
 * refreshes to a dashboard in minutes, nor an address with its own port (a home server reached by a dynamic name, whose
 * page sends the browser to its local address: review).
 */
const INTERCEPT_DELAY = 5;
const INTERCEPT_PAGE = 2048;

/** An absolute URL that names its own port. */
const HAS_PORT = /^[a-z]+:\/\/[^/?#]*:\d/i;

function interceptRefresh(exchange: Exchange): string | null {
  if (!exchange.body || exchange.body.length > INTERCEPT_PAGE || HAS_PORT.test(exchange.url)) return null;
  const target = metaRefreshTarget(exchange, INTERCEPT_DELAY);
  // Nor a page sending the browser to an application's own port on the local network (a media server's :8096, its own
  // login page included), unless the page it names is a block (a filter's on :8080): reviews.
  if (!target) return null;
  return !HAS_PORT.test(target) || BLOCK_PAGE.test(pathOf(target)) ? target : null;
}

/** The address a small page's <meta http-equiv="refresh" content="0; url=…"> sends the browser to. */
function metaRefreshTarget(exchange: Exchange, within = Number.POSITIVE_INFINITY): string | null {
  const body = exchange.body;
  if (!body || body.length > HOTSPOT_PAGE_LIMIT || !/^\s*</.test(body)) return null;
  // A page only: a playlist, a JSON value or a script that spells a meta tag is the service's file (review).
  const mime = (exchange.mimeType ?? '').toLowerCase();
  if (mime && !mime.includes('html')) return null;
  // Tags found with indexOf in a copy lower-cased letter for letter (ASCII only: "İ" lower-cased is two characters,
  // which would shift every place after it, review); a pattern for the tag would retry from every "<meta".
  const lower = body.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
  for (
    let at = lower.indexOf('<meta'), seen = 0;
    at >= 0 && seen < 20;
    at = lower.indexOf('<meta', at + 5), seen += 1
  ) {
    const end = lower.indexOf('>', at);
    if (end < 0) return null;
    const tag = body.slice(at, end + 1);
    if (!REFRESH.test(tag)) continue;
    const content = CONTENT.exec(tag);
    const value = content?.[1] ?? content?.[2] ?? '';
    // A delay as browsers read it: digits first ("+10" or no number is no refresh they follow at once).
    const delay = /^\s*\d/.test(value) ? Number(/^\s*(\d{1,6})/.exec(value)?.[1]) : Number.POSITIVE_INFINITY;
    if (delay > within) return null;
    const target = REFRESH_URL.exec(value)?.[1];
    if (target) return target.replace(/&amp;/gi, '&');
  }
  return null;
}

/** A login page whose `dst` is the address asked, on another site. */
function loginForAsked(target: string, asked: string): boolean {
  if (!LOGIN_PATH.test(pathOf(target))) return false;
  const dst = /[?&]dst=([^&#]*)/.exec(target)?.[1];
  if (!dst) return false;
  // Only its start is read, the host is there; a cut escape at the end of it is dropped, not a reason to give up.
  let first: string;
  try {
    first = decodeURIComponent(dst.slice(0, 300).replace(/%[0-9a-f]?$/i, ''));
  } catch {
    return false;
  }
  const from = hostNameOf(asked);
  const to = hostNameOf(target);
  return from !== '' && to !== '' && hostNameOf(first) === from && siteOf(to) !== siteOf(from);
}

/**
 * A service sending a signed-out request to its own sign-in page, with the asked path to come back to: a login wall
 * (Instagram's API, 302 to /accounts/login/?next=/api/v1/media/…/info/, https://github.com/mikf/gallery-dl/issues/6688).
 * The same host only (another host's login is a portal's or a partner's), and only back to the asked path.
 */
const SIGN_IN_PATH = /^\/(?:[a-z]{2}\/)?(?:accounts?\/|users\/)?(?:login|signin|sign_in|sign-in)\/?$/i;
const RETURN_PARAM =
  /[?&](?:next|return|returnTo|return_to|ReturnUrl|redirect|redirect_to|continue)=([^&#]{1,300})/i;

/**
 * A sign-in gateway in front of a self-hosted app (Authelia, oauth2-proxy, Vouch and the like) sends a request without
 * its session to its own host of the same site, with the whole asked address to come back to: "302 … location:
 * https://auth.example.com/?rd=https%3A%2F%2Fapp.example.com%2F" for a HEAD of https://app.example.com/
 * (https://github.com/authelia/authelia/issues/1109). The whole address and the same path only: a link to another page
 * of the site, or an OAuth flow's callback, is not "come back here after signing in". The root counts here (the whole
 * address names it), unlike on the same host. Returns the gateway's address without its query.
 */
const GATEWAY_RETURN = /[?&](?:rd|url|next|return_to|returnTo|redirect|redirect_to|continue)=([^&#]{8,600})/i;
/**
 * What says the gateway's address is a sign-in: its host's first label or a segment of its path. A consent page, a
 * language or country host, a CDN's hop or a geo page carries the whole asked address too (YouTube's consent.youtube.com
 * /m?continue=…, review "77."): without such a word it is not read.
 */
const SIGN_IN_HOST =
  /^(?:auth|authn|authenticate|login|logon|signin|signon|sso|oauth2?|accounts?|id|idp|iam|identity|keycloak|cas|dex|zitadel|gatekeeper|vouch|authelia|authentik|pomerium)\d?[.-]/i;
const SIGN_IN_SEGMENT =
  /\/(?:login|logon|signin|sign_in|sign-in|signon|oauth2?|sso|auth|authenticate|authorize)(?:[/?#.]|$)/i;
/**
 * A consent page on an accounts host is the cookie banner's, not a sign-in (review "78."); a visitor page sets a guest
 * cookie and sends the browser straight back (Weibo's passport.weibo.com/visitor/visitor?…&url=…, review "79.").
 */
const CONSENT_SEGMENT = /\/(?:consent|visitor)(?:[/?#.]|$)/i;

/**
 * A sign-in gateway that names itself in its redirect to its login (Vouch Proxy's count of tries, its row): by what the
 * answer says, never by the asked address alone (a signed link's parameters).
 */
function signInGateway(exchange: Exchange): VendorVerdict | null {
  const vendor = identifyVendor({ ...exchange, body: undefined });
  return vendor?.own && !vendor.requestOnly && vendor.action === 'auth' ? vendor : null;
}

function gatewaySignIn(exchange: Exchange): string | null {
  const header = getHeader(exchange.responseHeaders, 'location');
  // A scheme-relative address is the asked one's scheme.
  const scheme = /^https?:/i.exec(exchange.url)?.[0] ?? 'https:';
  const location = header?.startsWith('//') ? `${scheme}${header}` : header;
  if (!location || location.length > 2048 || !/^https?:\/\//i.test(location)) return null;
  const from = hostNameOf(exchange.url);
  const to = hostNameOf(location);
  if (from === '' || to === '' || from === to || siteOf(to) !== siteOf(from)) return null;
  if (CONSENT_SEGMENT.test(pathOf(location))) return null;
  if (!SIGN_IN_HOST.test(`${to}.`) && !SIGN_IN_SEGMENT.test(pathOf(location))) return null;
  const given = GATEWAY_RETURN.exec(location)?.[1];
  if (!given) return null;
  let back: string;
  try {
    back = decodeURIComponent(given);
  } catch {
    return null;
  }
  if (!/^https?:\/\//i.test(back) || hostNameOf(back) !== from) return null;
  const path = (url: string) => pathOf(url).replace(/\/$/, '');
  return path(back) === path(exchange.url) ? location.split(/[?#]/, 1)[0]! : null;
}

function loginWall(exchange: Exchange): string | null {
  const location = getHeader(exchange.responseHeaders, 'location');
  if (!location || location.length > 2048) return null;
  // A relative Location against the asked address's origin (an address without a path has no "/" to cut at).
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(exchange.url)?.[0] ?? '';
  const target = location.startsWith('/') ? `${origin}${location}` : location;
  if (hostNameOf(target) === '' || hostNameOf(target) !== hostNameOf(exchange.url)) return null;
  if (!SIGN_IN_PATH.test(pathOf(target))) return null;
  const given = RETURN_PARAM.exec(target)?.[1];
  if (!given) return null;
  let path: string;
  try {
    path = decodeURIComponent(given.replace(/%[0-9a-f]?$/i, ''));
  } catch {
    return null;
  }
  // An absolute return address of the same host counts by its path; another host's is not this request's.
  if (/^https?:\/\//i.test(path)) {
    if (hostNameOf(path) !== hostNameOf(exchange.url)) return null;
    path = pathOf(path);
  }
  const asked = pathOf(exchange.url).replace(/\/$/, '');
  // Signing out of an expired session lands on the sign-in page: nothing was refused (review).
  if (/\/(?:log|sign)[-_]?out$/i.test(asked)) return null;
  const back = path.split('?')[0]!.replace(/\/$/, '');
  // The same path, or one inside the other at a segment's edge (/a is not /about-us, review).
  const within = (long: string, short: string) => long === short || long.startsWith(`${short}/`);
  // Never the root on either side: everything is inside it.
  return back.length > 0 && asked.length > 0 && (within(asked, back) || within(back, asked))
    ? pathOf(target)
    : null;
}

function hotspotLogin(exchange: Exchange): string | null {
  const location = REDIRECTS.has(exchange.status)
    ? getHeader(exchange.responseHeaders, 'location')
    : exchange.status === 200 && /^http:\/\//i.test(exchange.url)
      ? metaRefreshTarget(exchange)
      : null;
  if (!location || location.length > 8192) return null;
  if (coovaLogin(location)) return hostOf(location);
  return /^http:\/\//i.test(exchange.url) && loginForAsked(location, exchange.url) ? hostOf(location) : null;
}

/** A page's title text (attributes allowed on the tag), up to 200 characters, read without a pattern's backtracking. */
function titleOf(body: string): string {
  // The pages read here are at most BLOCK_PAGE_LIMIT long: a long inline style before the title is still read (review).
  const tag = titleTag(body);
  if (!tag || tag.open - tag.at > 120) return '';
  const close = body.slice(tag.open + 1, tag.open + 208).search(/<\/title/i);
  return close < 0 || close > 200 ? '' : body.slice(tag.open + 1, tag.open + 1 + close);
}

/** Where a page's first `<title` starts and where its tag closes, found without a pattern's backtracking or a lowered copy. */
function titleTag(body: string): { at: number; open: number } | null {
  const at = body.search(/<title/i);
  const open = at < 0 ? -1 : body.indexOf('>', at);
  return open < 0 ? null : { at, open };
}

/** Whether a page has a title that says something (an empty <title></title> is none), read without a pattern's backtracking. */
function titled(body: string): boolean {
  const tag = titleTag(body);
  if (!tag) return false;
  const close = body.indexOf('<', tag.open + 1);
  return body.slice(tag.open + 1, close < 0 ? undefined : close).trim() !== '';
}

/**
 * Where a redirect went, from its Location or, where a report kept only the body, from the stock "302 Moved … The
 * document has moved <A HREF=…>" page (youtube.com's to Google's /sorry/, as a client's report kept it,
 * https://github.com/TeamNewPipe/NewPipeExtractor/issues/1185).
 */
const MOVED_LINK = /The document has moved\s*<A HREF="([^"]{1,2048})"/i;
/**
 * Two more stock redirect pages a report may keep alone: Werkzeug's "You should be redirected automatically to the target
 * URL: <a href=…>" (Startpage's to its CAPTCHA block, https://github.com/searxng/searxng/pull/5380) and a bare
 * `<a href="…">Found</a>.` (Baidu's to its CAPTCHA, https://github.com/BaiduSpider/BaiduSpider/issues/30).
 */
const TARGET_LINK =
  /redirected automatically to the target URL: <a href="([^"]{1,2048})"|^\s*<a href="([^"]{1,2048})">Found<\/a>/i;

function linkIn(body: string): string | undefined {
  const moved = MOVED_LINK.exec(body)?.[1];
  if (moved) return moved;
  const target = TARGET_LINK.exec(body);
  return (target?.[1] ?? target?.[2])?.replace(/&amp;/g, '&');
}

function redirectTarget(exchange: Exchange): string {
  return (
    getHeader(exchange.responseHeaders, 'location') ??
    (exchange.body && exchange.body.length <= 4096 ? linkIn(exchange.body) : undefined) ??
    ''
  );
}

/**
 * An internet provider's name service that answers a failed look-up with its own search page: the page sends the
 * browser on to the provider's finder with the address asked in `FailedURI=` and a `FailureMode=` (Cox's,
 * "finder.cox.net/main?ParticipantID=…&FailedURI=http%3A%2F%2Frepo…&FailureMode=1", in place of a registry's answer,
 * https://github.com/npm/npm/issues/13917). Only when the failed address is the one asked: the name did not
 * resolve (or not to the service) on this network. Returns the finder's host.
 */
const LOOKUP_PAGE_LIMIT = 8 * 1024;

function failedLookupPage(exchange: Exchange): string | null {
  const body = exchange.body;
  // Only over plain HTTP: a resolver cannot answer an HTTPS name with its own page without a certificate error.
  if (!body || body.length > LOOKUP_PAGE_LIMIT || !/^http:\/\//i.test(exchange.url)) return null;
  // Found with indexOf, not a pattern: a page of repeated parameters costs its length once.
  const at = body.indexOf('FailedURI=');
  if (at < 1 || (body[at - 1] !== '?' && body[at - 1] !== '&')) return null;
  const end = body.indexOf('&', at);
  if (end < 0 || !body.startsWith('&FailureMode=', end)) return null;
  let failed: string;
  try {
    failed = decodeURIComponent(body.slice(at + 'FailedURI='.length, end));
  } catch {
    return null;
  }
  if (hostOf(failed) !== hostOf(exchange.url)) return null;
  const page = body.lastIndexOf('http://', at);
  const finder = page >= 0 ? hostOf(body.slice(page, at)) : '';
  return finder || 'a page for names that do not resolve';
}

/**
 * A bot check's challenge on HTTP 200: a page with nothing to read, only a script that sets a cookie and reloads the
 * same address (an obfuscated one setting "__tst_status" and reloading with location.href=location.href.replace(…),
 * https://github.com/lexiforest/curl_cffi/issues/184). A script that sends the viewer elsewhere (a language, a
 * consent page) is a redirect, not a check, and a page with text is the site's.
 */
const CHALLENGE_LIMIT = 8 * 1024;
/** location.reload(), or the address set to itself (location.href, .replace or .assign of location.href). */
const RELOADS_ITSELF =
  /location\.reload\(|location(?:\.href)?\s*=\s*(?:window\.)?location\.href\s*(?:[;)}\n]|\.replace\(|$)|location\.(?:replace|assign)\(\s*(?:window\.)?location\.href\s*\)/;
/**
 * A cookie set: document.cookie = …, or document[…] = … as obfuscators write it (a quoted or escaped name, a decoder's
 * call with its key, a concatenation). No bracket, equals sign or line break inside the brackets, so no attempt runs
 * past the next "document[" (the ReDoS check's finding, then its review: a space, a percent sign or an escape are the
 * obfuscators').
 */
const SETS_COOKIE = /document(?:\.cookie|\[[^[\]=\n]{1,40}\])\s*=[^=]/;
/** Tags a challenge page is made of; a player's shell has its mount point, buttons, scripts it loads. */
const ONLY_TAGS = /<(?!\/?(?:html|head|body|meta|title|script)\b|!)[a-z]/i;

function cookieReload(body: string): boolean {
  if (body.length > CHALLENGE_LIMIT || !/cookie/i.test(body) || !RELOADS_ITSELF.test(body)) return false;
  if (!SETS_COOKIE.test(body)) return false;
  const outside = outsideScripts(body);
  // No script it loads, and no tag outside the scripts but the page's frame.
  return outside !== null && !ONLY_TAGS.test(outside) && readHtml(body).visible.trim() === '';
}

/**
 * The page without its inline scripts, or null when a script is loaded from elsewhere or never closed. One pass
 * with indexOf, not a pattern: `<script[^>]*\ssrc=` and a lazy match up to `</script>` backtrack polynomially on a
 * crafted page (the ReDoS check of test/unit/build/redos.test.ts).
 */
function outsideScripts(body: string): string | null {
  const lower = body.toLowerCase();
  let out = '';
  let at = 0;
  for (let open = lower.indexOf('<script', at); open >= 0; open = lower.indexOf('<script', at)) {
    const tagEnd = lower.indexOf('>', open);
    if (tagEnd < 0) return null;
    if (/\ssrc\s*=/.test(lower.slice(open, tagEnd))) return null;
    const close = lower.indexOf('</script', tagEnd);
    const closeEnd = close < 0 ? -1 : lower.indexOf('>', close);
    if (closeEnd < 0) return null;
    out += body.slice(at, open);
    at = closeEnd + 1;
  }
  return out + body.slice(at);
}

/** nginx's stock "404 Not Found" page (ngx_http_special_response.c). */
const NGINX_404 = /<center><h1>404 Not Found<\/h1><\/center>\s*<hr><center>nginx<\/center>/;

/**
 * XC_VM answers a refused login (wrong password, and also an expired, banned or disabled line) with a forged
 * nginx 404 page when its debug mode is off (Vateron-Media/XC_VM@0284fd727c1aab3906e140198ac93adf24644c27:
 * src/www/constants.php generate404). On the panel's API, which always exists, such a 404 is the panel's
 * refusal; the wire cannot tell which one, so it reads as the most common, a login refused.
 */
export function disguisedPanelRefusal(exchange: Exchange, role: RoleMatch): boolean {
  return (
    exchange.status === 404 &&
    role.panel === 'xtream' &&
    (role.role === 'auth' || role.role === 'catalog' || role.role === 'playlist' || role.role === 'epg') &&
    NGINX_404.test(exchange.body ?? '')
  );
}
