/**
 * A small answer's JSON read once, the same way wherever the engine needs it (a refusal's error object, a device's
 * command answer): a byte-order mark before it is the server's encoding, not broken JSON.
 */

/** A small answer's JSON, a byte-order mark before it left out; undefined when it does not parse. */
export function jsonOf(body: string): unknown {
  try {
    return JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
