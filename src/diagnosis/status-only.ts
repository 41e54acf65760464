/**
 * No marker says who refused: the status code and the endpoint decide, with a modest confidence. A bare 403
 * behind a known CDN is most often the CDN's own protection (the guide's cause n°1); a bare 403 from the
 * panel's own server is an application rule.
 */
import type { VendorVerdict } from '../knowledge/vendors/identify.ts';
import type { Layer } from '../types.ts';

export function statusOnlyLayer(
  status: number,
  layers: readonly Layer[],
  role: string,
  vendor: VendorVerdict | null,
): { layer: Layer; confidence: number; reason: string } {
  if (status === 403) {
    if (vendor && vendor.kind !== 'origin' && vendor.confidence >= 0.6) {
      return {
        layer: 'waf',
        confidence: 0.55,
        reason: `403 with ${vendor.name} in front and no origin marker`,
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
    };
  }
  const layer = layers[0] ?? 'none';
  return {
    layer,
    confidence: layer === 'none' ? 0.3 : 0.65,
    reason: `status ${status} usually means: ${layer}`,
  };
}
