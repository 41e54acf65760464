/**
 * gRPC and its browser and Connect forms answer a refused call with HTTP 200 and put the refusal in a status of their
 * own: `grpc-status` and `grpc-message` headers (trailers folded into headers for gRPC-web and a trailers-only answer),
 * or, for Connect's streams, an end-of-stream message `{"error": {"code": "unavailable", "message": "overloaded"}}`.
 * The codes and their names are gRPC's (grpc/grpc-go@4793ad0474669eafbd5346c8a3d098fdfa542498:codes/codes.go; Connect
 * spells the same names in snake case, connectrpc/connectrpc.com@12f7ad8e95c5f784700bc280708b27cd148d0cf1:
 * src/content/docs/docs/protocol.md). What each code says of the layer is our reading of those definitions; a code that
 * names no side (Unknown, Internal's data loss, a service's own number such as an Envoy filter's 100) says only that the
 * call failed, and its message is read with the cause tables by the caller.
 */
import type { Layer } from '../../types.ts';

const CODES: ReadonlyMap<number, { name: string; layer?: Layer }> = new Map([
  [3, { name: 'invalid_argument', layer: 'app' }],
  // The client's own deadline: players reopen long polls and subscriptions on it (review "80."): no layer by itself.
  [4, { name: 'deadline_exceeded' }],
  [5, { name: 'not_found', layer: 'not-found' }],
  // "The caller does not have permission to execute the specified operation": the service's rule about this caller.
  [7, { name: 'permission_denied', layer: 'app' }],
  // "Some resource has been exhausted, perhaps a per-user quota".
  [8, { name: 'resource_exhausted', layer: 'rate-limit' }],
  // "The operation was rejected because the system is not in a state required for the operation's execution".
  [9, { name: 'failed_precondition', layer: 'app' }],
  [12, { name: 'unimplemented', layer: 'app' }],
  [13, { name: 'internal', layer: 'server' }],
  // "The service is currently unavailable … most likely a transient condition".
  [14, { name: 'unavailable', layer: 'server' }],
  // "The request does not have valid authentication credentials for the operation".
  [16, { name: 'unauthenticated', layer: 'auth' }],
]);
const BY_NAME: ReadonlyMap<string, Layer | undefined> = new Map(
  [...CODES.values()].map(({ name, layer }) => [name, layer]),
);

export interface RpcStatus {
  /** The code as the answer gave it: its number, or Connect's name. */
  code: string;
  message: string;
  /** The layer the code names by itself, if it does. */
  layer?: Layer;
}

/** A failed gRPC status in the answer's headers (grpc-status other than 0), if any. */
export function grpcStatusIn(headers: readonly { name: string; value: string }[]): RpcStatus | null {
  let status: string | undefined;
  let message = '';
  for (const header of headers) {
    const name = header.name.toLowerCase();
    if (name === 'grpc-status') status = header.value.trim();
    else if (name === 'grpc-message') message = safeDecode(header.value.trim()).slice(0, 200);
  }
  if (status === undefined || !/^\d{1,3}$/.test(status) || status === '0') return null;
  const known = CODES.get(Number(status));
  return known?.layer ? { code: status, message, layer: known.layer } : { code: status, message };
}

// A streamed answer's closing error, Connect's end-of-stream JSON: its code first, as the protocol writes it.
const END_STREAM_ERROR =
  /"error"\s*:\s*\{\s*"code"\s*:\s*"([a-z_]{4,20})"(?:\s*,\s*"message"\s*:\s*"([^"\\]{0,200})")?/;

/** Connect's end-of-stream error in a success's body (application/connect+…), if any. */
export function connectEndStreamError(body: string, contentType: string): RpcStatus | null {
  if (!/^application\/connect\+/i.test(contentType.trim()) || body.length > 4096) return null;
  const found = END_STREAM_ERROR.exec(body);
  if (!found || !BY_NAME.has(found[1]!)) return null;
  const layer = BY_NAME.get(found[1]!);
  const status = { code: found[1]!, message: found[2] ?? '' };
  return layer ? { ...status, layer } : status;
}

/** grpc-message is percent-encoded (gRPC's HTTP/2 protocol); a bad escape is kept as written. */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
