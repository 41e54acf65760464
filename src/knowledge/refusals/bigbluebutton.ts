/**
 * BigBlueButton's API answers every call in XML, HTTP 200, and says in it whether the call failed:
 * `<response><returncode>FAILED</returncode><messageKey>checksumError</messageKey><message>Checksums do not match</message>`
 * (its API reference, docs.bigbluebutton.org/development/api, bigbluebutton/bigbluebutton:docs/docs/development/api.md;
 * older servers put the key in `<errors><error key='checksumError' message='You did not pass the checksum security
 * check'/>`, https://github.com/bigbluebutton/bigbluebutton/issues/3148). The servers that speak its API in front of it
 * answer the same way: Scalelite, its load balancer ("internalError", "Could not find any available servers.",
 * https://github.com/blindsidenetworks/scalelite/issues/369), and b3scale with `ERROR` ("invalid checksum",
 * https://github.com/b3scale/b3scale/issues/36). A meeting platform's, so a room or a recording of a class a viewer
 * follows is refused there.
 */
import { decodeEntities } from '../../http/markup.ts';
import type { Layer } from '../../types.ts';
import type { Stated } from './stated.ts';

/** The root's own return code, its first element: a failure's. */
const FAILED =
  /^\s*(?:<\?xml[^>]{0,200}>\s*)?<response>\s*<returncode>\s*(?:FAILED|FAILURE|ERROR)\s*<\/returncode>/;
const KEY = /<messageKey>\s*([\w.-]{2,60})\s*<\/messageKey>|<error key=['"]([\w.-]{2,60})['"]/;
const MESSAGE =
  /<message>([^<]{1,200})<\/message>|<error key=['"][^'"]{0,60}['"] message=['"]([^'"]{1,200})['"]/;
const LIMIT = 4 * 1024;

/**
 * The keys whose meaning is the refusal's (the same sources): the checksum is the API's credential, computed with the
 * secret shared with the server; a meeting or recording it does not have; the server failing in itself. Other keys
 * (a missing parameter, a meeting ID already taken) are the calling program's request, no refusal.
 */
const KEYS: ReadonlyMap<string, Layer> = new Map([
  ['checksumError', 'auth'],
  ['notFound', 'not-found'],
  ['internalError', 'server'],
  // The join link's answer for a meeting that does not exist, "invalidMeetingIdentifier … The meeting ID that you supplied
  // did not match any existing meetings" (the API reference's common errors; mconf's balancer answers it the same way,
  // mconf-bbb-lb's config, config.bbb.responses.invalidMeeting): the class is not there (review of the seventy-second batch).
  ['invalidMeetingIdentifier', 'not-found'],
]);

/** The checksum named in a message under another key (b3scale's): the credential refused. */
const CHECKSUM_REFUSED = /\b(?:invalid checksum|checksums? do(?:es)? not match|did not pass the checksum)\b/i;

/** Its API's own path, as the servers that speak it serve it (BigBlueButton, Scalelite, b3scale, mconf's balancer). */
// Anywhere in the path: b3scale serves it under its frontend, /bbb/<frontend>/bigbluebutton/api/ (review).
const API_PATH = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+\/(?:[^?#]{0,200}\/)?bigbluebutton\/api\//i;

/** Only on its API's path: another API's <response><returncode> (a file upload's "invalid checksum") is its own (review). */
export function bigBlueButtonFailure(url: string, body: string): Stated | null {
  if (body.length > LIMIT || !API_PATH.test(url) || !FAILED.test(body)) return null;
  const keyFound = KEY.exec(body);
  const key = keyFound?.[1] ?? keyFound?.[2] ?? '';
  const messageFound = MESSAGE.exec(body);
  const message = decodeEntities(messageFound?.[1] ?? messageFound?.[2] ?? '').trim();
  const layer = KEYS.get(key) ?? (CHECKSUM_REFUSED.test(message) ? 'auth' : undefined);
  if (!layer) return null;
  // Its message as the answer words it, else the key it names (both quoted by the evidence).
  return { layer, phrase: message ? message.slice(0, 120) : `messageKey ${key}` };
}
