/**
 * What IPTV panels' own replies mean (src/knowledge/panels/replies.ts reads them), from the panels' code.
 * Data only: the extension's worker reads it from its knowledge file (src/knowledge/shipped.ts).
 */
import type { Layer } from '../../types.ts';

export interface StalkerMeaning {
  layer: Layer;
  accountStatus?: string;
}

/** Xtream user_info.status values that refuse service (player_api.php: Banned, Disabled, Expired). */
export const XTREAM_BAD_STATUS: ReadonlySet<string> = new Set(['banned', 'disabled', 'expired']);

/** get_profile `status` as the portal client reads it (c/xpcom.common.js, stb.user_init). */
export const STALKER_PROFILE_STATUS: Readonly<Record<string, StalkerMeaning>> = {
  // 0: profile loaded, the portal starts the menus.
  '0': { layer: 'none', accountStatus: 'active' },
  // 1: the client calls cut_off(block_msg): the subscriber is blocked by the operator.
  '1': { layer: 'account', accountStatus: 'blocked' },
  // 2: the client opens its login/password dialog: the MAC alone is not enough.
  '2': { layer: 'auth', accountStatus: 'login required' },
};

/** create_link `error` values and the notice the portal client shows for each (c/player.js, lang/stb.php). */
export const STALKER_ERRORS: Readonly<Record<string, StalkerMeaning>> = {
  // "The number of connections is limited. Try again later."
  limit: { layer: 'account', accountStatus: 'too many connections' },
  // "Access denied": the channel is outside the subscriber's package.
  access_denied: { layer: 'account', accountStatus: 'access denied' },
  // "File missing": the channel or film has no source.
  nothing_to_play: { layer: 'not-found' },
  // "Server error": the portal could not build the link.
  link_fault: { layer: 'server' },
};

/**
 * Texts of refusals. The first two are the bare bodies the portal client checks for
 * (c/xpcom.common.js), the next two the portal's other bare refusals; the rest are what operators commonly
 * put in block_msg / msg.
 */
/** `also`: a second word the text must hold, anywhere (a gap pattern like `mac.{0,40}not` backtracks). */
export const STALKER_TEXT_REPLIES: readonly (StalkerMeaning & {
  pattern: RegExp;
  also?: RegExp;
  bare?: true;
})[] = [
  { pattern: /^authorization failed\.?$/i, layer: 'auth', bare: true },
  { pattern: /^access denied\.?$/i, layer: 'account', accountStatus: 'access denied', bare: true },
  // No `mac` cookie at all, and debug-key mode without a MAC: the portal does not know who asks
  // (kotuk/stalker-portal-4.9.x@6885eb7bc705fa9a087c5474aa1a19a92ef65994:server/lib/stb.class.php).
  { pattern: /^unauthorized request\.?$/i, layer: 'auth', bare: true },
  { pattern: /^identification failed\.?$/i, layer: 'auth', bare: true },
  { pattern: /\bnot\s+(?:registered|found|allowed|activated)\b/i, also: /\bmac\b/i, layer: 'auth' },
  { pattern: /\b(?:expired|subscription\s+(?:has\s+)?ended)\b/i, layer: 'account', accountStatus: 'expired' },
  { pattern: /\b(?:blocked|banned|disabled|suspended)\b/i, layer: 'account', accountStatus: 'blocked' },
  { pattern: /\b(?:too many|limit of)\b.{0,30}\b(?:connections|devices|sessions)\b/i, layer: 'account' },
  { pattern: /\b(?:wrong|invalid|incorrect)\b.{0,30}\b(?:login|password|credentials)\b/i, layer: 'auth' },
  { pattern: /\baccess denied\b/i, layer: 'account', accountStatus: 'access denied' },
];
