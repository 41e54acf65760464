/**
 * One failed exchange → one finding. The order of the evidence follows the guide: what the panel itself
 * said about the account beats what a CDN said, which beats what the status code alone suggests.
 */
import { edgeLocation } from '../knowledge/edges/locations.ts';
import { endpointRole } from '../knowledge/endpoints/roles.ts';
import { readPanelReply } from '../knowledge/panels/replies.ts';
import { statusFacts } from '../knowledge/status/facts.ts';
import { transportFacts } from '../knowledge/transport/facts.ts';
import { vendorErrorFacts } from '../knowledge/vendors/errors/facts.ts';
import { identifyVendor, type VendorVerdict } from '../knowledge/vendors/identify.ts';
import type { BlockKind, Exchange, Finding, Layer, PanelReply } from '../types.ts';
import { clockSkewEvidence } from './clock.ts';
import { dnsBlock } from './rules/dns-block.ts';
import { expiredSignature } from './rules/signed-url.ts';

/** What a vendor's own marker says it did, as our layer. */
const LAYER_OF_ACTION: Record<BlockKind, Layer | null> = {
  block: 'waf',
  challenge: 'waf',
  geo: 'geo',
  'rate-limit': 'rate-limit',
  'origin-error': 'server',
  auth: 'auth',
  unknown: null,
};

/** A status that the exchange reports as a failure worth explaining. */
function isFailure(exchange: Exchange): boolean {
  return exchange.status === 0 || exchange.status >= 400 || Boolean(exchange.error);
}

/**
 * Xtream panels answer a refused login with HTTP 200 and `user_info.auth: 0` (or a bad status): the body,
 * not the status, says the account failed. Only bodies of panel API calls are read on success.
 */
function refusedInBody(exchange: Exchange): PanelReply | null {
  if (!exchange.body || exchange.status < 200 || exchange.status >= 300) return null;
  if (!PANEL_API.test(exchange.url)) return null;
  const reply = readPanelReply(exchange);
  return reply && (reply.layer === 'auth' || reply.layer === 'account') ? reply : null;
}

/** player_api.php / panel_api.php (Xtream), portal.php / load.php (Stalker). */
const PANEL_API = /\/(?:player_api|panel_api|portal|load)\.php/i;

/** An "active_cons >= max_connections" alone on a working login may be the viewer's own player. */
export function isConnectionLimitOnly(reply: PanelReply | undefined): boolean {
  return Boolean(
    reply && reply.evidence.length > 0 && reply.evidence.every((line) => line.includes('max_connections')),
  );
}

/**
 * Some firewalls answer a block with HTTP 200 and their block page (F5 ASM's "The requested URL was
 * rejected"); only small HTML bodies are looked at, so segments and JSON cost nothing.
 */
function blockPageOnSuccess(exchange: Exchange): VendorVerdict | null {
  const body = exchange.body;
  if (!body || body.length > 65_536 || exchange.status < 200 || exchange.status >= 300) return null;
  if (!(exchange.mimeType?.includes('html') ?? body.trimStart().startsWith('<'))) return null;
  const vendor = identifyVendor(exchange);
  return vendor && vendor.kind !== 'origin' && (vendor.action === 'block' || vendor.action === 'challenge')
    ? vendor
    : null;
}

export function diagnoseExchange(exchange: Exchange, entry: number): Finding | null {
  const failed = isFailure(exchange);
  const bodyRefusal = failed ? null : refusedInBody(exchange);
  const blockPage = failed || bodyRefusal ? null : blockPageOnSuccess(exchange);
  if (!failed && !bodyRefusal && !blockPage) return null;
  const role = endpointRole(exchange.url, exchange.mimeType);
  const edge =
    exchange.responseHeaders.length > 0 ? (edgeLocation(exchange.responseHeaders) ?? undefined) : undefined;
  // Built field by field: object spreads on this per-request path cost more than the rest of the work.
  const finding: Finding = {
    entry,
    status: exchange.status,
    url: exchange.url,
    startedAt: exchange.startedAt,
    role: role.role,
    layer: 'none',
    vendor: null,
    confidence: 0,
    evidence: [],
    errorClass: 'network',
  };
  if (exchange.error) finding.error = exchange.error;
  if (edge) finding.edge = edge;
  if (exchange.context) finding.context = exchange.context;
  if (exchange.status === 0 || (exchange.error && exchange.status < 400)) {
    finding.layer = transportFacts(exchange.error ?? '').layer;
    finding.basis = 'transport';
    finding.confidence = exchange.error ? 0.8 : 0.5;
    finding.evidence.push(`transport failure: ${exchange.error ?? 'no response (status 0)'}`);
    const blocked = dnsBlock(exchange);
    if (blocked) {
      finding.layer = blocked.layer;
      finding.vendor = blocked.vendor;
      finding.basis = 'vendor';
      finding.action = 'geo';
      finding.confidence = 0.8;
      finding.evidence.push(blocked.evidence);
    }
    return finding;
  }

  const info = statusFacts(exchange.status);
  const vendor = blockPage ?? identifyVendor(exchange);
  const panelReply =
    bodyRefusal ?? (exchange.body && PANEL_API.test(exchange.url) ? readPanelReply(exchange) : null);
  const evidence: string[] = [
    bodyRefusal
      ? `HTTP ${exchange.status} but the panel's reply refuses (${role.evidence})`
      : `HTTP ${exchange.status} on ${role.role} endpoint (${role.evidence})`,
  ];
  let layer: Layer = info.layers[0] ?? 'none';
  let confidence = 0.5;

  const fromPanel = panelVerdict(panelReply);
  const fromVendor = vendor ? vendorVerdict(vendor, exchange.status) : null;
  const fromClock = clockSkewEvidence(exchange);
  const expired = fromPanel || fromVendor ? null : expiredSignature(exchange);

  let basis: Finding['basis'] = 'status';
  if (fromPanel) {
    basis = 'panel';
    layer = fromPanel;
    confidence = 0.9;
    for (const line of panelReply?.evidence ?? []) evidence.push(line);
  } else if (fromVendor) {
    basis = 'vendor';
    layer = fromVendor.layer;
    confidence = fromVendor.confidence;
    for (const line of fromVendor.evidence) evidence.push(line);
  } else if (expired) {
    basis = 'signature';
    layer = 'app';
    confidence = 0.75;
    if (vendor) for (const line of vendor.evidence) evidence.push(line);
    evidence.push(expired);
  } else {
    const guess = statusOnlyLayer(exchange.status, info.layers, role.role, vendor);
    layer = guess.layer;
    confidence = guess.confidence;
    if (vendor) for (const line of vendor.evidence) evidence.push(line);
    evidence.push(guess.reason);
  }
  // Skew is only evidence here: one odd Date header proves little; the clock-skew rule weighs all entries.
  if (fromClock) evidence.push(fromClock);
  if (panelReply && !fromPanel) for (const line of panelReply.evidence) evidence.push(line);
  // The code alone: its city is display data (src/knowledge/edges/pop-codes.ts), shown by the popup and the report.
  if (edge) evidence.push(`edge ${edge.pop}`);

  finding.layer = layer;
  finding.basis = basis;
  // A web server's name (nginx, Varnish) is evidence, not a vendor that refused.
  const named = vendor && vendor.kind !== 'origin' ? vendor : null;
  finding.vendor = named ? named.vendor : null;
  finding.confidence = round(confidence);
  finding.evidence = evidence;
  finding.errorClass = blockPage ? 'refusal' : bodyRefusal ? 'auth' : info.errorClass;
  if (named?.action) finding.action = named.action;
  if (vendor?.errorCode) finding.vendorErrorCode = vendor.errorCode;
  if (panelReply) finding.panelReply = panelReply;
  return finding;
}

function panelVerdict(reply: PanelReply | null): Layer | null {
  if (!reply) return null;
  return reply.layer === 'account' || reply.layer === 'auth' ? reply.layer : null;
}

function vendorVerdict(
  vendor: VendorVerdict,
  status: number,
): { layer: Layer; confidence: number; evidence: string[] } | null {
  // The vendor's error number is more precise than its action: Cloudflare 1010 (browser signature) is
  // the device's doing, 1011 (hotlinking) a rule of the site, though both are "blocks".
  const fromCode = vendor.errorKey ? vendorErrorFacts(vendor.errorKey)?.layer : undefined;
  const fromAction = fromCode ?? (vendor.action ? LAYER_OF_ACTION[vendor.action] : null);
  if (fromAction) {
    // A vendor's explicit marker (error number, mitigation header) is the strongest passive proof we get.
    return {
      layer: fromAction,
      confidence: Math.min(0.95, 0.55 + vendor.confidence * 0.4),
      evidence: vendor.evidence,
    };
  }
  if (status === 429) return { layer: 'rate-limit', confidence: 0.75, evidence: vendor.evidence };
  return null;
}

/**
 * No marker says who refused: the status code and the endpoint decide, with a modest confidence. A bare 403
 * behind a known CDN is most often the CDN's own protection (the guide's cause n°1); a bare 403 from the
 * panel's own server is an application rule.
 */
function statusOnlyLayer(
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

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
