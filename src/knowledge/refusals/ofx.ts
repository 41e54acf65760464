/**
 * OFX, the protocol banks' and brokers' download servers speak (Quicken, GnuCash, ofxclient), answers HTTP 200 and
 * says in its sign-on response whether it let the client in: <SONRS><STATUS><CODE>…<SEVERITY>ERROR<MESSAGE>…. Chase's
 * server refusing a download until the customer verifies their identity, "<SONRS><STATUS><CODE>15510<SEVERITY>ERROR
 * <MESSAGE>Please verify your identity within the next 7 days…" (https://github.com/captin411/ofxclient/issues/17).
 * OFX 1.x is SGML and leaves elements unclosed; OFX 2 is XML and closes them: both are read.
 */
import type { Layer } from '../../types.ts';

/**
 * The sign-on codes of the OFX specification as libofx lists them (actualbudget/actual@4d9fdfc590e500c340bbcb4f09f2ec8681b97407:
 * packages/node-libofx/libofx/lib/ofx_error_msg.hh, "all past and present OFX error codes up to the OFX 2.01
 * specification"): who refused and why. A code the table does not hold is read by its message, and failing that, in
 * the sign-on range (15000–15999), is a refused sign-on: the customer's credentials or enrolment (auth).
 */
const SIGNON_CODES: Readonly<Record<number, readonly [layer: Layer, words: string]>> = {
  // The server's own failure: USAA answered it to every request for a while (https://github.com/csingley/ofxtools/issues/92, review).
  2000: ['server', 'general error'],
  15000: ['auth', 'must change USERPASS'],
  15500: ['auth', 'signon invalid'],
  15501: ['account', 'customer account already in use'],
  15502: ['account', 'USERPASS lockout'],
  15508: ['auth', 'transaction not authorized'],
};

/** The sign-on response's status, in its first 4 KB: a download's statements follow it. */
const SIGNON_STATUS =
  /<SONRS>\s*<STATUS>\s*<CODE>\s*(\d{4,5})\s*(?:<\/CODE>\s*)?<SEVERITY>\s*ERROR\s*(?:<\/SEVERITY>\s*)?(?:<MESSAGE>([^<]{1,300}))?/;
const READ = 4 * 1024;

export interface OfxSignon {
  code: number;
  /** The code's meaning where the specification's table has it. */
  known?: readonly [layer: Layer, words: string];
  message?: string;
}

/** The refused sign-on an OFX answer states, if any. */
export function ofxSignonError(body: string): OfxSignon | null {
  const found = SIGNON_STATUS.exec(body.length > READ ? body.slice(0, READ) : body);
  if (!found) return null;
  const code = Number(found[1]);
  const message = found[2]?.trim();
  return {
    code,
    ...(SIGNON_CODES[code] ? { known: SIGNON_CODES[code] } : {}),
    ...(message ? { message } : {}),
  };
}
