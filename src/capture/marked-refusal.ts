/**
 * Which responses become records. The settings choose the statuses (src/settings.ts `capturesStatus`); a
 * 4xx they would skip (406, 400, 418, 410, 451…) is kept anyway when it carries a firewall's or CDN's own
 * block marker: firewalls answer with other codes too (ModSecurity 406, Indusface 406, AWS WAF's CAPTCHA 405),
 * and the "other 4xx" setting is about noise, not about them.
 */
import { knowledgeInstalled } from '../knowledge/shipped.ts';
import { identifyVendor } from '../knowledge/vendors/identify.ts';
import { type CaptureSettings, capturesStatus } from '../settings.ts';
import type { Exchange } from '../types.ts';

/** What capture has seen of the response when it decides: headers (Chrome), and a body when one was read. */
export type SeenResponse = Pick<Exchange, 'url' | 'responseHeaders' | 'body' | 'statusText'>;

/** A vendor's own words say it refused: its block page, mitigation header or error code, not its mere presence. */
function carriesBlockMarker(status: number, seen: SeenResponse): boolean {
  // Without the vendor table (the worker's knowledge file could not be read) no marker can be read: the settings
  // alone decide, as before markers counted.
  if (!knowledgeInstalled()) return false;
  const vendor = identifyVendor({ ...seen, method: 'GET', status, startedAt: 0, requestHeaders: [] });
  return Boolean(
    vendor?.own &&
      vendor.kind !== 'origin' &&
      vendor.action &&
      vendor.action !== 'unknown' &&
      vendor.action !== 'origin-error',
  );
}

export function keepsResponse(status: number, capture: CaptureSettings, seen: SeenResponse): boolean {
  if (capturesStatus(status, capture)) return true;
  return status >= 400 && status <= 499 && carriesBlockMarker(status, seen);
}
