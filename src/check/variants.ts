/**
 * The proofs the check runs by itself after a refusal: the same request once more with another identity.
 * Many "dead" channels in playlist checkers' reports are a user-agent or referrer rule of the server, which
 * a refusal alone cannot tell from a geo block or a missing token. Only refusals the evidence leaves open
 * get a retry, and each variant at most once: a geo page, an account refusal, a missing channel, an
 * expired signed link or a rate limit are never retried (another user agent cannot change them, and
 * retrying a rate limit is exactly what the guide says not to do).
 */
import type { Finding } from '../types.ts';
import type { IdentityHeader, VariantId } from './types.ts';

/**
 * A media player's user agent: VLC's own, "VLC/<version> LibVLC/<version>" (videolan/vlc@04dc219:bin/vlc.c
 * `libvlc_set_user_agent(vlc, "VLC media player", "VLC/"PACKAGE_VERSION)`, to which lib/core.c appends
 * " LibVLC/"PACKAGE_VERSION). 3.0.21 is VLC's current 3.0 release.
 */
export const PLAYER_USER_AGENT = 'VLC/3.0.21 LibVLC/3.0.21';

/**
 * A desktop browser's user agent in Chrome's reduced form (chromium.org "User-Agent Reduction": platform
 * frozen to "Windows NT 10.0; Win64; x64", minor version "0.0.0").
 */
export const BROWSER_USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

/** Statuses by which servers refuse a client they do not like the look of. */
const IDENTITY_STATUSES: ReadonlySet<number> = new Set([400, 401, 403, 406]);

/** Layers a client's identity can explain: a rule of the service, a WAF's bot rule, a device's signature. */
const IDENTITY_LAYERS: ReadonlySet<string> = new Set(['app', 'waf', 'device']);

export interface Variant {
  id: VariantId;
  header: IdentityHeader;
  /** The value to send; "" removes the header. */
  value: string;
}

function originOf(url: string): string | null {
  try {
    return `${new URL(url).origin}/`;
  } catch {
    return null;
  }
}

function headerValue(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === name) return value;
  return undefined;
}

/** Does the evidence leave the client's identity open as the cause? */
function identityMayExplain(finding: Finding): boolean {
  if (!IDENTITY_STATUSES.has(finding.status)) return false;
  if (finding.basis === 'signature' || finding.basis === 'panel' || finding.basis === 'transport')
    return false;
  if (finding.layer === 'auth' && finding.basis === 'status') return true;
  return IDENTITY_LAYERS.has(finding.layer);
}

/**
 * The variants worth one try each, in order: the playlist's own user agent (when it was not what we sent), a
 * media player's, a browser's; then the referrer the other way round (without it when one was sent, the
 * stream's own site when none was).
 */
export function suggestedVariants(
  finding: Finding,
  url: string,
  sent: Readonly<Record<string, string>>,
  playlistUserAgent: string | undefined,
): Variant[] {
  if (!identityMayExplain(finding)) return [];
  const variants: Variant[] = [];
  const sentAgent = headerValue(sent, 'user-agent') ?? '';
  const tried = new Set([sentAgent]);
  const agent = (id: VariantId, value: string | undefined) => {
    if (!value || tried.has(value)) return;
    tried.add(value);
    variants.push({ id, header: 'user-agent', value });
  };
  agent('playlist-ua', playlistUserAgent);
  agent('player-ua', PLAYER_USER_AGENT);
  agent('browser-ua', BROWSER_USER_AGENT);
  const referer = headerValue(sent, 'referer');
  if (referer) variants.push({ id: 'without-referer', header: 'referer', value: '' });
  else {
    const origin = originOf(url);
    if (origin) variants.push({ id: 'with-referer', header: 'referer', value: origin });
  }
  return variants;
}

/** The request headers with one identity header replaced or removed. */
export function withVariant(
  headers: Readonly<Record<string, string>>,
  variant: Variant,
): Record<string, string> {
  const name = variant.header === 'user-agent' ? 'User-Agent' : 'Referer';
  const next: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers))
    if (key.toLowerCase() !== variant.header) next[key] = value;
  if (variant.value) next[name] = variant.value;
  return next;
}
