/**
 * Some CDNs refuse a country at the DNS level instead of answering 403: the name resolves to an address
 * where nothing serves, so the browser reports a connection error, never a status. The address the name
 * resolved to (HAR `serverIPAddress`, webRequest `ip`) is the only trace.
 */

import type { Exchange, Layer } from '../../types.ts';
import { hostOf } from '../url-parts.ts';

interface DnsBlockRow {
  hostSuffix: string;
  vendor: string;
  /** Addresses the vendor's DNS answers with when it blocks. */
  addresses: readonly string[];
  layer: Layer;
  note: string;
}

const DNS_BLOCKS: readonly DnsBlockRow[] = [
  {
    // bunny.net "Geographic blocking": blocked countries get 127.0.0.1 for the pull zone hostname
    // (docs.bunny.net, CDN › Security › Geographic blocking).
    hostSuffix: '.b-cdn.net',
    vendor: 'bunny',
    addresses: ['127.0.0.1'],
    layer: 'geo',
    note: 'bunny.net answers 127.0.0.1 for a country it blocks (DNS-level geo blocking)',
  },
];

export interface DnsBlock {
  vendor: string;
  layer: Layer;
  evidence: string;
}

export function dnsBlock(exchange: Exchange): DnsBlock | null {
  const ip = exchange.serverIp ?? exchange.context?.serverIp;
  if (!ip) return null;
  const host = hostOf(exchange.url);
  for (const row of DNS_BLOCKS) {
    if (host.endsWith(row.hostSuffix) && row.addresses.includes(ip)) {
      return { vendor: row.vendor, layer: row.layer, evidence: `${host} resolved to ${ip}: ${row.note}` };
    }
  }
  return null;
}
