/**
 * Deezer's public API answers HTTP 200 with an error object, {"error":{"type":"DataException","message":"no data",
 * "code":800}} (recorded in browniebroke/deezer-python@f6672de2fdfdedbd649c99572cff70b14ce95f2b:
 * tests/asyncio/cassettes/TestAsyncClient.test_error_response.yaml), whose type and code its error page pairs
 * (https://developers.deezer.com/api/errors, as copied in ecito/Music's DeezerKit/DeezerError.swift: QUOTA
 * Exception 4, PERMISSION OAuthException 200, TOKEN_INVALID OAuthException 300,
 * SERVICE_BUSY Exception 700, DATA_NOT_FOUND DataException 800). The pair is read, not the code alone: another API's
 * "code": 800 is its own.
 */
import type { Layer } from '../../types.ts';

/**
 * 700, "service busy", is how Deezer throttles: its clients wait and retry it with the quota, 4
 * (MusicMoveArr/MiniMediaScanner's Models/Deezer/DeezerErrorModel.cs, RateLimiterErrorCodes). 100 (items limit
 * exceeded) is left: nothing says whose limit it is.
 */
const CODES: Readonly<Record<number, readonly [type: string, layer: Layer, words: string]>> = {
  4: ['Exception', 'rate-limit', 'quota'],
  200: ['OAuthException', 'auth', 'permission'],
  300: ['OAuthException', 'auth', 'token invalid'],
  700: ['Exception', 'rate-limit', 'service busy'],
  800: ['DataException', 'not-found', 'data not found'],
};

/** The refusal a Deezer error object states: its documented code, with the type its documentation pairs with it. */
export function deezerError(
  fields: Readonly<Record<string, unknown>>,
): { layer: Layer; phrase: string } | null {
  const error = fields.error;
  if (typeof error !== 'object' || error === null || Array.isArray(error)) return null;
  const { type, code } = error as Record<string, unknown>;
  const known = typeof code === 'number' ? CODES[code] : undefined;
  if (!known || type !== known[0]) return null;
  return { layer: known[1], phrase: `${type} ${code} (${known[2]})` };
}
