/**
 * The analyzer's working set: every exchange reduced to what the cross-entry rules compare (where, when,
 * from which network/device, ok or not). Successes cost one small object; failures carry their finding.
 */
import { endpointRole } from '../endpoint-roles.ts';
import type { Exchange, Finding, Role, SuccessTally } from '../types.ts';
import { clockSkewSeconds } from './clock.ts';
import { diagnoseExchange } from './diagnose.ts';
import { endpointKey, urlParts } from './url-parts.ts';

export interface Observation {
  host: string;
  endpoint: string;
  role: Role | string;
  ok: boolean;
  status: number;
  at: number;
  /** How many exchanges this stands for (tallies of successes count more than one). */
  count: number;
  /** Index in the input exchanges; absent for tallies. */
  entry?: number;
  network?: string;
  device?: string;
  edge?: string;
  serverIp?: string;
  proxy?: string;
  vpn?: boolean;
  dns?: string;
  skewSeconds?: number;
  finding?: Finding;
}

export interface ObservationSet {
  exchanges: readonly Exchange[];
  observations: Observation[];
  findings: Finding[];
  successes: number;
  entries: number;
}

/** Role lookups run a table of patterns; successes repeat the same few URLs, so remember by endpoint. */
function roleCache(): (url: string, endpoint: string, mime?: string) => string {
  const cache = new Map<string, string>();
  return (url, endpoint, mime) => {
    const known = cache.get(endpoint);
    if (known) return known;
    const role = endpointRole(url, mime).role;
    if (cache.size < 10_000) cache.set(endpoint, role);
    return role;
  };
}

export function observe(
  exchanges: readonly Exchange[],
  tallies: readonly SuccessTally[] = [],
): ObservationSet {
  const observations: Observation[] = [];
  const findings: Finding[] = [];
  const roleOf = roleCache();
  let successes = 0;
  for (let entry = 0; entry < exchanges.length; entry++) {
    const exchange = exchanges[entry]!;
    const { host, path } = urlParts(exchange.url);
    const endpoint = endpointKey(path);
    const finding = diagnoseExchange(exchange, entry);
    const context = exchange.context;
    const observation: Observation = {
      host,
      endpoint,
      role: finding ? finding.role : roleOf(exchange.url, host + endpoint, exchange.mimeType),
      ok: !finding,
      status: exchange.status,
      at: exchange.startedAt,
      count: 1,
      entry,
    };
    if (context) {
      if (context.network) observation.network = context.network;
      if (context.device) observation.device = context.device;
      if (context.edge) observation.edge = context.edge;
      if (context.proxy) observation.proxy = context.proxy;
      if (context.vpn !== undefined) observation.vpn = context.vpn;
      if (context.dns) observation.dns = context.dns;
    }
    if (!observation.edge && finding?.edge) observation.edge = finding.edge.pop;
    const serverIp = exchange.serverIp ?? context?.serverIp;
    if (serverIp) observation.serverIp = serverIp;
    if (finding) {
      observation.finding = finding;
      findings.push(finding);
      const skew = clockSkewSeconds(exchange);
      if (skew !== undefined) observation.skewSeconds = skew;
    } else {
      successes++;
      // Successes are many; their skew is read only when the response says something about time.
      if (exchange.responseHeaders.length > 0 && exchange.responseHeaders.length < 64) {
        const skew = clockSkewSeconds(exchange);
        if (skew !== undefined) observation.skewSeconds = skew;
      }
    }
    observations.push(observation);
  }
  for (const tally of tallies) {
    successes += tally.count;
    const observation: Observation = {
      host: tally.host.toLowerCase(),
      endpoint: '*',
      role: tally.role,
      ok: true,
      status: 200,
      at: tally.minute,
      count: tally.count,
    };
    if (tally.network) observation.network = tally.network;
    if (tally.device) observation.device = tally.device;
    observations.push(observation);
  }
  return { exchanges, observations, findings, successes, entries: exchanges.length };
}
