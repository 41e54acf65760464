/**
 * MAC addresses: Stalker/Ministra portals identify the subscriber by the box MAC (sent as a `mac` cookie and
 * query field), so a MAC is a credential wherever it appears. Its OUI (first three octets: the maker, e.g.
 * 00:1A:79 for the MAG boxes Stalker expects) is device evidence and identifies nobody: it stays.
 */
import { noteSecret, type SecretSink } from './scrub.ts';

/**
 * MAC-48 written with ":" or "-" (IEEE 802 canonical forms), raw or percent-encoded (`00%3A1A%3A79…`).
 * Not inside a longer hex run (IPv6, hashes); a hex digit that ends a %XX escape does not count as one.
 */
const MAC_PLAIN =
  /(?<!(?<!%[0-9A-Fa-f])[0-9A-Fa-f]|[0-9A-Fa-f][:-])([0-9A-Fa-f]{2})([:-])([0-9A-Fa-f]{2})\2([0-9A-Fa-f]{2})\2[0-9A-Fa-f]{2}\2[0-9A-Fa-f]{2}\2[0-9A-Fa-f]{2}(?![0-9A-Fa-f]|[:-][0-9A-Fa-f])/g;
const MAC_ENCODED =
  /(?<!(?<!%[0-9a-f])[0-9a-f])([0-9a-f]{2})(%(?:25)?3a)([0-9a-f]{2})\2([0-9a-f]{2})\2[0-9a-f]{2}\2[0-9a-f]{2}\2[0-9a-f]{2}(?![0-9a-f])/gi;

/** Cheap gate before the full pattern: most strings hold no "hh:hh" at all. */
const TWO_OCTETS = /[0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}/;

/** The hidden octets: letters outside the hex alphabet, so the result is never read as a MAC again. */
const HIDDEN_OCTET = 'xx';

function macReplacer(sink: SecretSink) {
  return (match: string, a: string, separator: string, b: string, c: string): string => {
    const digits = match.split(separator).join('');
    noteSecret(sink, match);
    noteSecret(sink, digits.toUpperCase());
    noteSecret(sink, digits.toLowerCase());
    return [a, b, c, HIDDEN_OCTET, HIDDEN_OCTET, HIDDEN_OCTET].join(separator);
  };
}

/** Every MAC in the text, its device-specific half hidden. */
export function redactMacs(text: string, sink: SecretSink): string {
  const replace = macReplacer(sink);
  let out = text;
  if (TWO_OCTETS.test(out)) out = out.replace(MAC_PLAIN, replace);
  if (/%(25)?3a/i.test(out)) out = out.replace(MAC_ENCODED, replace);
  return out;
}

const REDACTED_MAC = /^[0-9A-Fa-f]{2}([:-]|%(?:25)?3[Aa])[0-9A-Fa-f]{2}\1[0-9A-Fa-f]{2}\1xx\1xx\1xx$/;

/** A value this module already produced: redacting it again must leave it as it is. */
export const isRedactedMac = (value: string): boolean => REDACTED_MAC.test(value);

/** The value with its MACs hidden, or undefined when the value holds no MAC. */
export function redactMacValue(value: string, sink: SecretSink): string | undefined {
  const redacted = redactMacs(value, sink);
  return redacted === value ? undefined : redacted;
}
