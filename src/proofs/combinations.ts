/**
 * The decision frame of the guide as rows (src/proofs/verdict.ts reads them): which proof decision, with which
 * situation the engine saw, gives which side and situation. Data only: the extension's worker reads it from its
 * knowledge file (src/knowledge/shipped.ts).
 */
import type { Situation } from '../types.ts';
import type { ProofDecisionKey } from './decide.ts';
import type { ProofSide } from './sides.ts';

export interface Combination {
  decision: ProofDecisionKey;
  /** The engine's situation; '*' matches any, including none. */
  engine: Situation | '*';
  side: ProofSide;
  situation?: Situation;
}

/** First match wins. Each row restates a line of the guide's decision frame (see the shared troubleshooting guide, shared/seed). */
export const COMBINATIONS: readonly Combination[] = [
  // Scenario B: the error follows the VPN (or the resolver), so it is that address, not the account.
  { decision: 'vpn-ip', engine: '*', side: 'network', situation: 'after-network-change' },
  { decision: 'dns-route', engine: '*', side: 'network', situation: 'after-network-change' },
  // Scenario D: sudden, and it follows the network: a protection reacting to the retries, not an outage.
  { decision: 'network-side', engine: 'sudden', side: 'anti-abuse', situation: 'sudden' },
  // The engine saw the edge or server address change at the first failure: DNS/routing, scenario B.
  {
    decision: 'network-side',
    engine: 'after-network-change',
    side: 'network',
    situation: 'after-network-change',
  },
  // Scenario A: refused on one network, fine on another.
  { decision: 'network-side', engine: '*', side: 'network', situation: 'one-network' },
  // Scenario C: one device (a TV stick) refused while another passes.
  { decision: 'device-side', engine: '*', side: 'device', situation: 'one-device' },
  // FAQ 8: refused on every network but only this channel: that stream's rule or its source.
  { decision: 'account-side', engine: 'one-channel', side: 'channel', situation: 'one-channel' },
  // Refused everywhere right after a retry burst: a temporary block; wait before blaming the account.
  { decision: 'account-side', engine: 'sudden', side: 'anti-abuse', situation: 'sudden' },
  // Decision frame: several networks (and devices) refused, steadily: the account or the service.
  { decision: 'account-side', engine: '*', side: 'account', situation: 'everywhere' },
  // No proof has answered yet: the engine's own comparison of the traffic is all there is.
  { decision: 'not-proven', engine: 'one-channel', side: 'channel', situation: 'one-channel' },
  { decision: 'not-proven', engine: 'sudden', side: 'anti-abuse', situation: 'sudden' },
  { decision: 'not-proven', engine: 'one-network', side: 'network', situation: 'one-network' },
  {
    decision: 'not-proven',
    engine: 'after-network-change',
    side: 'network',
    situation: 'after-network-change',
  },
  { decision: 'not-proven', engine: 'one-device', side: 'device', situation: 'one-device' },
  { decision: 'not-proven', engine: 'everywhere', side: 'account', situation: 'everywhere' },
  { decision: 'not-proven', engine: '*', side: 'unknown' },
];
