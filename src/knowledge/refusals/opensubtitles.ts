/**
 * OpenSubtitles' XML-RPC API (the one Kodi's and most media centres' subtitle add-ons call) answers every call with
 * HTTP 200 and puts its own status in the response's struct: `<member><name>status</name><value><string>401
 * Unauthorized</string></value></member>` (recorded in Diaoul/subliminal@f938f4dcf3e73e48d18d3442a68cad2eefae1b2c:
 * tests/cassettes/opensubtitles/test_login_vip_bad_password.yaml). What each status means is what its clients act on
 * (`checked` and its exceptions in Diaoul/subliminal@2f1b89539a7d65f66e53f56d3fcaa5b1e7ff1a6a:
 * src/subliminal/providers/opensubtitles.py); a status they treat as generic says nothing here.
 */
import type { Layer } from '../../types.ts';
import type { Stated } from './stated.ts';

const STATUSES: Readonly<Record<string, Layer>> = {
  // Wrong login, and a call made without a session.
  '401': 'auth',
  '406': 'auth',
  // The account's daily download limit.
  '407': 'rate-limit',
  // The service's rule about the calling app: an unknown or disabled user agent.
  '414': 'app',
  '415': 'app',
  '503': 'server',
};

const LIMIT = 16 * 1024;
const STATUS_MEMBER = /<member>\s*<name>status<\/name>\s*<value>\s*(?:<string>\s*)?(\d{3}) ([^<]{1,60})</;

/** The refusal an XML-RPC answer states in its status member, if it is one of those codes. */
export function xmlRpcStatusRefusal(body: string): Stated | null {
  if (body.length > LIMIT || !body.includes('<methodResponse>')) return null;
  const match = STATUS_MEMBER.exec(body);
  const layer = match ? STATUSES[match[1] ?? ''] : undefined;
  if (!match || !layer) return null;
  return { layer, phrase: `${match[1]} ${match[2]?.trim()}` };
}
