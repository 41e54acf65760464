/**
 * No marker says who refused: the status code and the endpoint decide, with a modest confidence. A bare 403
 * behind a known CDN is most often the CDN's own protection (the guide's cause n°1); a bare 403 from the
 * panel's own server is an application rule.
 */
import type { VendorVerdict } from '../knowledge/vendors/identify.ts';
import type { Layer } from '../types.ts';

/** Vendors that stand in front of a service to protect it: their bare 403 is their protection. */
const PROTECTING: ReadonlySet<VendorVerdict['kind']> = new Set(['cdn', 'waf', 'bot']);

export interface StatusGuess {
  layer: Layer;
  confidence: number;
  reason: string;
  /**
   * Nothing but the status spoke: a bare 403 with no vendor nor panel role, or a 400. The answer's words may lean
   * elsewhere (src/diagnosis/word-lean.ts measured these two). Not a code that says what it refuses (405, 409, 413,
   * 419, 422, 431…): its words are about that.
   */
  open?: true;
}

export function statusOnlyLayer(
  status: number,
  layers: readonly Layer[],
  role: string,
  vendor: VendorVerdict | null,
): StatusGuess {
  if (status === 403) {
    if (vendor && PROTECTING.has(vendor.kind) && vendor.confidence >= 0.6) {
      return {
        layer: 'waf',
        confidence: 0.55,
        reason: `403 with ${vendor.name} in front and no origin marker`,
      };
    }
    // A streaming server, a store, a panel, a licence service or a video platform is the service's own
    // delivery: its bare 403 is one of the service's rules (Icecast's, a DRM licence refused), not a firewall.
    if (vendor && vendor.kind !== 'origin' && vendor.confidence >= 0.6) {
      return {
        layer: 'app',
        confidence: 0.5,
        reason: `403 from ${vendor.name}, which runs the service itself: one of its rules`,
      };
    }
    if (role === 'auth' || role === 'catalog' || role === 'epg') {
      return {
        layer: 'app',
        confidence: 0.5,
        reason: '403 from the panel itself, no CDN marker: an application rule',
      };
    }
    return {
      layer: 'app',
      confidence: 0.4,
      reason: '403 with no CDN/WAF marker: probably a rule of the service',
      open: true,
    };
  }
  const layer = layers[0] ?? 'none';
  return {
    layer,
    confidence: layer === 'none' ? 0.3 : 0.65,
    reason: `status ${status} usually means: ${layer}`,
    ...(layer === 'app' && status === 400 ? { open: true as const } : {}),
  };
}
