/**
 * The guide's proofs, read from the traffic: the same endpoint tried from two networks (or two devices).
 * A comparison only counts when the other factor stays the same; otherwise it is a hint, not a proof.
 */
import { type ObservationSet, roleOf } from '../observations.ts';
import type { Rule, RuleResult } from './rule.ts';

interface Cell {
  network: string;
  device: string;
  failed: number;
  worked: number;
}

const NONE = '';

function cells(set: ObservationSet, host: string, role: string): Map<string, Cell> {
  const table = new Map<string, Cell>();
  for (const observation of set.observations) {
    if (observation.host !== host) continue;
    // A failure and a success compare when they are the same kind of request (a tally knows only its role).
    if (roleOf(set, observation) !== role) continue;
    const network = observation.network ?? NONE;
    const device = observation.device ?? NONE;
    const key = `${network}\u0000${device}`;
    let cell = table.get(key);
    if (!cell) {
      cell = { network, device, failed: 0, worked: 0 };
      table.set(key, cell);
    }
    if (observation.ok) cell.worked += observation.count;
    else cell.failed += observation.count;
  }
  return table;
}

/** Fails in one cell, works in another that differs only by `factor`. */
function contrast(table: Map<string, Cell>, factor: 'network' | 'device'): [Cell, Cell] | null {
  const other = factor === 'network' ? 'device' : 'network';
  const list = [...table.values()];
  for (const bad of list) {
    if (bad.failed === 0 || bad.worked > 0) continue;
    for (const good of list) {
      if (good.worked === 0 || good.failed > 0) continue;
      if (
        good[factor] !== bad[factor] &&
        good[other] === bad[other] &&
        good[factor] !== NONE &&
        bad[factor] !== NONE
      ) {
        return [bad, good];
      }
    }
  }
  return null;
}

function distinct(table: Map<string, Cell>, factor: 'network' | 'device', failing: boolean): string[] {
  const values = new Set<string>();
  for (const cell of table.values()) {
    if ((failing ? cell.failed > 0 && cell.worked === 0 : cell.worked > 0) && cell[factor] !== NONE) {
      values.add(cell[factor]);
    }
  }
  return [...values];
}

export const labelCompare: Rule = ({ set, root, host }) => {
  if (!set.labelled) return null;
  const table = cells(set, host, root.role);
  if (table.size < 2) return null;

  const byNetwork = contrast(table, 'network');
  if (byNetwork) {
    const [bad, good] = byNetwork;
    return {
      scope: 'network',
      situation: 'one-network',
      proven: true,
      evidence: [
        `fails on network "${bad.network}", works on "${good.network}" (same ${root.role} endpoint)`,
      ],
    };
  }
  const byDevice = contrast(table, 'device');
  if (byDevice) {
    const [bad, good] = byDevice;
    return {
      scope: 'device',
      situation: 'one-device',
      proven: true,
      evidence: [`fails on device "${bad.device}", works on "${good.device}" on the same network`],
    };
  }
  const failingNetworks = distinct(table, 'network', true);
  const failingDevices = distinct(table, 'device', true);
  const workingNetworks = distinct(table, 'network', false);
  const workingDevices = distinct(table, 'device', false);
  if (
    (failingNetworks.length >= 2 || failingDevices.length >= 2) &&
    workingNetworks.length + workingDevices.length === 0
  ) {
    // Everywhere says "the service's side", not who: server errors everywhere are the server (an outage).
    const result: RuleResult = {
      scope: root.status >= 500 ? 'server' : 'account',
      situation: 'everywhere',
      proven: failingNetworks.length >= 2 && failingDevices.length >= 2,
      evidence: [
        `fails on every network tried (${failingNetworks.join(', ') || 'one'}) and every device (${failingDevices.join(', ') || 'one'})`,
      ],
    };
    return result;
  }
  if (workingNetworks.length > 0 && failingNetworks.length > 0) {
    // Both the network and the device changed between the two tries: the guide ranks the network first.
    return {
      scope: 'network',
      situation: 'one-network',
      proven: false,
      evidence: [
        `fails on ${failingNetworks.join(', ')}, works on ${workingNetworks.join(', ')} (the device changed too)`,
      ],
    };
  }
  return null;
};
