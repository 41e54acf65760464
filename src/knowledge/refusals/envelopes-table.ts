/**
 * The shapes in which services' own JSON envelopes say "this call failed" on an HTTP success, each as a service
 * wrote it and with where it was seen. An answer whose fields match a row's has failed; its words (message, reason,
 * error text) then say why, read by the stated-cause tables (src/diagnosis/hidden-refusals.ts, failedObject).
 *
 * Data, not code: the worker reads this table from knowledge.json (build.mjs's SHIPPED_TABLES). A row matches when
 * every `equals` field holds exactly that value, every `typed` field has that JSON type, and, where `anyTyped` is
 * given, at least one of its fields has its type: a short flag alone ("s":"f", "status":"error") is anyone's field,
 * so the rows that read one ask for the envelope's other members beside it.
 */
import type { Layer } from '../../types.ts';

export interface FailedEnvelope {
  /** Fields that must hold exactly these values. */
  readonly equals: Readonly<Record<string, string | number | boolean>>;
  /** The only fields the answer may have (a standard's envelope, not a record that carries the same flag). */
  readonly only?: readonly string[];
  /** A field (a dotted path) that must hold a non-empty list of objects, whose `message` members then say why. */
  readonly list?: string;
  /** Fields that must be present with this JSON type. */
  readonly typed?: Readonly<Record<string, 'string' | 'number'>>;
  /** At least one of these fields must be present with its type. */
  readonly anyTyped?: Readonly<Record<string, 'string' | 'number'>>;
  /**
   * The cause the envelope's shape states by itself (a flag named for it), read before its words; without it, the
   * words say why.
   */
  readonly states?: { readonly layer: Layer; readonly phrase: string };
  /** The envelope as published, shortened. */
  readonly example: string;
  /** Where it was published. */
  readonly source: string;
}

export const FAILED_ENVELOPES: readonly FailedEnvelope[] = [
  {
    // Paramount+'s session answer refusing a VPN: a success flag that says no.
    equals: { success: false },
    example: '{"message": "IP: … is inside VPN", "success": false, …}',
    source: 'https://github.com/matthuisman/slyguy.addons/issues/542',
  },
  {
    // Audible's licence request answered with its reasons for refusing, each a message beside its rejectionReason and
    // validationType, {"license_denial_reasons":[{"message":"Customer is not part of any plans","rejectionReason":
    // "RequesterEligibility","validationType":"Membership"},…]} on a 200 (https://github.com/rmcrackan/Libation/issues/1798).
    equals: {},
    list: 'license_denial_reasons',
    example:
      '{"license_denial_reasons":[{"message":"Customer is not part of any plans","rejectionReason":"RequesterEligibility"}]}',
    source: 'https://github.com/rmcrackan/Libation/issues/1798',
  },
  {
    // The same reasons where Audible's answer puts them, inside its content_license beside "status_code":"Denied" (as
    // its clients read it: Libation's AudibleApi, responseJobj["content_license"]["license_denial_reasons"], review).
    equals: {},
    list: 'content_license.license_denial_reasons',
    example: '{"content_license":{"status_code":"Denied","license_denial_reasons":[{"message":"…"}]}}',
    source:
      "rmcrackan/AudibleApi's ContentLicenseDeniedException (its reading of the answer); review of the sixty-ninth batch",
  },
  {
    equals: { stat: 'fail' },
    example: '{"stat":"fail", "code":100, "message":"Invalid API Key (Key has invalid format)"}',
    source: "Flickr's REST API, https://github.com/iatek/jquery-socialist/issues/13",
  },
  {
    // WhatsApp's registration refusing the token a client computes from its own build, "reason":"bad_token"
    // (https://github.com/tgalal/yowsup/issues/2548): the service's rule about the app, not the number's login.
    // With its `login` beside it: a web form's CSRF check says "bad_token" in the same shape (review).
    equals: { status: 'fail', reason: 'bad_token' },
    typed: { login: 'string' },
    states: { layer: 'app', phrase: '"reason":"bad_token"' },
    example: '{"login":"91…","status":"fail","reason":"bad_token"}',
    source: 'https://github.com/tgalal/yowsup/issues/2548',
  },
  {
    equals: { status: 'fail' },
    typed: { reason: 'string' },
    example: '{"status":"fail","reason":"old_version"}',
    source: "WhatsApp's registration for an app too old, https://github.com/tgalal/yowsup/issues/788",
  },
  {
    // JSend's failure of the server or the call, "status" "error" with its required "message"
    // (https://github.com/omniti-labs/jsend), as Premiumize's API answers a call without its login on a 200,
    // {"status":"error","message":"Not logged in. Please log in first."} (https://github.com/piejanssens/premiumizer/issues/278).
    // JSend's fields only: a job's, a build's or a health check's record says "status":"error" about itself among
    // its own data (review).
    equals: { status: 'error' },
    typed: { message: 'string' },
    only: ['status', 'message', 'code', 'data'],
    example: '{"status":"error","message":"Not logged in. Please log in first."}',
    source: 'https://github.com/omniti-labs/jsend; https://github.com/piejanssens/premiumizer/issues/278',
  },
  {
    // The rate limit as the envelope's own flag beside its error: TorrentAPI's {"error":"No results found",
    // "error_code":20,"rate_limit":1} on a 200, which its clients wait on (Jackett's log in
    // https://github.com/Jackett/Jackett/issues/13663).
    equals: { rate_limit: 1 },
    typed: { error: 'string' },
    states: { layer: 'rate-limit', phrase: 'rate_limit' },
    example: '{"error":"No results found","error_code":20,"rate_limit":1}',
    source: 'https://github.com/Jackett/Jackett/issues/13663',
  },
  {
    equals: { status: 'error' },
    typed: { longmessage: 'string' },
    example: '{"status":"error","statuscode":5031,"shortmessage":…,"longmessage":"… Domain not found."}',
    source:
      "netcup's API, dns-lexicon/dns-lexicon@e23b58aa321770147d45cf7fdc7526920e021b29: tests/fixtures/cassettes/netcup/",
  },
  {
    // "s" is "o" when the call answers, "f" with its reason in msg, beside its error numbers em and exem.
    equals: { s: 'f' },
    typed: { msg: 'string' },
    anyTyped: { em: 'number', exem: 'number' },
    example: '{"em":100,"exem":2,"s":"f","msg":"cannot play outside"}',
    source: "Tencent Video's play API, https://github.com/LifeActor/ykdl/issues/268",
  },
  {
    equals: { resultCode: 'KO' },
    example:
      '{"resultCode":"KO","errorDescription":"ACN_3000","message":"400 - … invalid_grant … Refresh token doesn\'t exist or it\'s expired"}',
    source:
      "NOW Online's (Claro Brazil's) AVS gateway, olavopeixoto/plugin.video.brplay@fa5144345e97b6dab72c35e228c40f311a9898a6:resources/lib/modules/netnow/auth.py",
  },
  {
    // Its words are in `result`, which errorTexts reads.
    equals: { status: '0', message: 'NOTOK' },
    example: '{"status":"0","message":"NOTOK","result":"Max rate limit reached"}',
    source: "Etherscan's API, https://github.com/blockchain-certificates/cert-issuer/issues/166",
  },
];
