/**
 * The analyzer's working set: every exchange reduced to what the cross-entry rules compare (where, when,
 * from which network/device, ok or not). A success costs one small object; its role, endpoint and clock
 * are worked out only if a rule asks, because a 100k-entry HAR is almost all successes.
 */
import { endpointRole } from '../knowledge/endpoints/roles.ts';
import type { Exchange, Finding, SuccessTally } from '../types.ts';
import { clockSkewSeconds } from './clock.ts';
import { diagnoseExchange } from './diagnose.ts';
import { endpointKey, hostOf, urlParts } from './url-parts.ts';

export interface Observation {
  host: string;
  /** Path without query, filled on demand by `pathOf`; tallies have '*'. */
  path?: string;
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
  finding?: Finding;
  /** Filled on demand by `roleOf`, or given by a tally. */
  role?: string;
  /** Filled on demand by `endpointOf`. */
  endpoint?: string;
}

export interface ObservationSet {
  exchanges: readonly Exchange[];
  observations: Observation[];
  findings: Finding[];
  successes: number;
  entries: number;
  /** True when any observation carries a network or device label (the comparison rules need one). */
  labelled: boolean;
  /** Role by host+endpoint: successes repeat the same few endpoints. */
  roleCache: Map<string, string>;
}

function pathOf(set: ObservationSet, observation: Observation): string {
  if (observation.path === undefined) {
    const exchange = observation.entry === undefined ? undefined : set.exchanges[observation.entry];
    observation.path = exchange ? urlParts(exchange.url).path : '*';
  }
  return observation.path;
}

export function endpointOf(set: ObservationSet, observation: Observation): string {
  if (observation.endpoint === undefined) observation.endpoint = endpointKey(pathOf(set, observation));
  return observation.endpoint;
}

export function roleOf(set: ObservationSet, observation: Observation): string {
  if (observation.role !== undefined) return observation.role;
  const key = observation.host + endpointOf(set, observation);
  let role = set.roleCache.get(key);
  if (role === undefined) {
    const exchange = observation.entry === undefined ? undefined : set.exchanges[observation.entry];
    role = exchange ? endpointRole(exchange.url, exchange.mimeType).role : 'other';
    if (set.roleCache.size < 10_000) set.roleCache.set(key, role);
  }
  observation.role = role;
  return role;
}

export function skewOf(set: ObservationSet, observation: Observation): number | undefined {
  const exchange = observation.entry === undefined ? undefined : set.exchanges[observation.entry];
  return exchange ? clockSkewSeconds(exchange) : undefined;
}

/**
 * `known[i]`, when given, is the finding already made for `exchanges[i]` (the worker diagnoses each record
 * once, when it is captured): it is reused instead of diagnosing again.
 */
export function observe(
  exchanges: readonly Exchange[],
  tallies: readonly SuccessTally[] = [],
  known?: readonly (Finding | null | undefined)[],
): ObservationSet {
  const observations: Observation[] = new Array(exchanges.length);
  const findings: Finding[] = [];
  let successes = 0;
  let labelled = false;
  for (let entry = 0; entry < exchanges.length; entry++) {
    const exchange = exchanges[entry]!;
    const stored = known?.[entry];
    const finding = stored === undefined ? diagnoseExchange(exchange, entry) : stored && { ...stored, entry };
    const observation: Observation = {
      host: hostOf(exchange.url),
      ok: finding === null,
      status: exchange.status,
      at: exchange.startedAt,
      count: 1,
      entry,
    };
    const context = exchange.context;
    if (context) {
      if (context.network) observation.network = context.network;
      if (context.device) observation.device = context.device;
      if (context.edge) observation.edge = context.edge;
      labelled ||= Boolean(context.network || context.device);
    }
    const serverIp = exchange.serverIp ?? context?.serverIp;
    if (serverIp) observation.serverIp = serverIp;
    if (finding) {
      observation.finding = finding;
      observation.role = finding.role;
      if (!observation.edge && finding.edge) observation.edge = finding.edge.pop;
      findings.push(finding);
    } else {
      successes++;
    }
    observations[entry] = observation;
  }
  for (const tally of tallies) {
    successes += tally.count;
    const observation: Observation = {
      host: tally.host.toLowerCase(),
      path: '*',
      endpoint: '*',
      role: tally.role,
      ok: true,
      status: 200,
      at: tally.minute,
      count: tally.count,
    };
    if (tally.network) observation.network = tally.network;
    if (tally.device) observation.device = tally.device;
    labelled ||= Boolean(tally.network || tally.device);
    observations.push(observation);
  }
  return {
    exchanges,
    observations,
    findings,
    successes,
    entries: exchanges.length,
    labelled,
    roleCache: new Map(),
  };
}
