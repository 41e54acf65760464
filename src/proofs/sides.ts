/**
 * The sides a guided diagnosis can end on, and what each means for the viewer. Apart from the decision
 * logic so the popup can show a side without bundling the engine's tables (endpoint roles and friends).
 */

import type { MessageKey } from '../i18n.ts';
import type { ProofId, StepId } from '../knowledge/guide/ids.ts';

export type ProofSide = 'network' | 'account' | 'device' | 'channel' | 'anti-abuse' | 'unknown';

/**
 * What a side means and what to do. The words are UI messages (`_locales`, so the popup's text pack carries
 * them in one language); the steps point at the shared advice by id, as the knowledge tables do.
 */
export interface SideRow {
  name: MessageKey;
  sentence: MessageKey;
  next: readonly (ProofId | StepId)[];
  /** A step of this side's own, after the shared ones. */
  own?: MessageKey;
}

// Reworded from the guide's decision frame and its scenarios A to D (see the shared troubleshooting guide, shared/seed).
export const SIDE_ROWS: Readonly<Record<ProofSide, SideRow>> = {
  // "Proves a network/IP problem": treat the address, DNS, VPN or router; leave the code alone.
  network: {
    name: 'side_network',
    sentence: 'side_network_sentence',
    next: ['restart-router', 'dns', 'vpn'],
  },
  // "Makes an account restriction more likely": contact support with the proofs.
  account: {
    name: 'side_account',
    sentence: 'side_account_sentence',
    next: ['check-subscription', 'contact-support'],
  },
  // Scenario C: date and time, the app's cache, the device's own DNS/proxy, system updates.
  device: {
    name: 'side_device',
    sentence: 'side_device_sentence',
    next: ['check-clock', 'clear-cache', 'check-device-network', 'update-app'],
  },
  // FAQ 8: a rule on one stream (CDN, region, rights, stream key), not the whole account.
  channel: {
    name: 'side_channel',
    sentence: 'side_channel_sentence',
    next: ['try-other-channel', 'refresh-list', 'contact-support'],
  },
  // Scenario D and cause 5: stop retrying, wait, test once; support after 24 h of steady refusals.
  'anti-abuse': {
    name: 'side_antiAbuse',
    sentence: 'side_antiAbuse_sentence',
    next: ['stop-and-wait'],
    own: 'side_antiAbuse_after',
  },
  unknown: { name: 'side_unknown', sentence: 'side_unknown_sentence', next: [] },
};
