/**
 * A DNS-over-HTTPS answer in JSON (application/dns-json, the form Cloudflare's and Google's resolvers give) whose
 * comment carries an extended DNS error that says the resolver refused the name on a list: RFC 8914's 15 "Blocked"
 * (the resolver operator's own list), 16 "Censored" (a list it must apply by an outside order) and 17 "Filtered" (a
 * filter the client asked for, a family resolver's categories). Cloudflare's 1.1.1.1 for Families answering a test
 * name in its adult category, {"Status":0,…,"Answer":[{…,"data":"::"}],"Comment":["EDE(17): Filtered"]}
 * (https://github.com/wingman-jr-addon/wingman_jr/issues/213). The name was answered with an unroutable address: a
 * player asking for a stream host this resolver filters gets nowhere, and the filter is the resolver's.
 */
import type { Layer } from '../../types.ts';
import type { Stated } from './stated.ts';

const LIMIT = 4 * 1024;
/** The DNS JSON form: its status first, its question listed. */
const DNS_JSON = /^\s*\{\s*"Status"\s*:\s*\d{1,2}\s*,/;
const EDE = /"EDE\((\d{1,5})\)(?::([^"\\]{0,80}))?"/;

const CODES: ReadonlyMap<string, { layer: Layer; ordered?: true }> = new Map([
  ['15', { layer: 'waf' }],
  ['16', { layer: 'geo', ordered: true }],
  ['17', { layer: 'waf' }],
]);

export function dnsFilteredAnswer(body: string): Stated | null {
  if (body.length > LIMIT || !DNS_JSON.test(body) || !body.includes('"Question"')) return null;
  const at = body.indexOf('"Comment"');
  const ede = at >= 0 ? EDE.exec(body.slice(at, at + 200)) : null;
  if (!ede) return null;
  const code = CODES.get(ede[1] ?? '');
  if (!code) return null;
  const phrase = `EDE(${ede[1]})${ede[2] ? `: ${ede[2].trim()}` : ''}`;
  return code.ordered ? { layer: code.layer, phrase, ordered: true } : { layer: code.layer, phrase };
}
