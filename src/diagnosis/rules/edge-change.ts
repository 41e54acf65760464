/**
 * The guide's DNS/routing cause: the same name reaches another CDN edge (or server) from here, with other
 * rules. When the edge or the server IP changes right at the first failure, say so: it points at the path.
 */
import { edgeLocation } from '../../knowledge/edges/locations.ts';
import type { Observation, ObservationSet } from '../observations.ts';
import type { Rule } from './rule.ts';

/** Successes carry no edge until asked: reading it for every success would tax the 100k-entry path. */
function edgeOf(set: ObservationSet, observation: Observation): string | undefined {
  if (observation.edge === undefined && observation.entry !== undefined) {
    const exchange = set.exchanges[observation.entry];
    const edge = exchange ? edgeLocation(exchange.responseHeaders) : null;
    if (edge) observation.edge = edge.pop;
  }
  return observation.edge;
}

export const edgeChange: Rule = ({ set, host }) => {
  let lastSuccess: Observation | undefined;
  let firstFailure: Observation | undefined;
  for (const observation of set.observations) {
    if (observation.host !== host) continue;
    if (!observation.ok) {
      firstFailure = observation;
      break;
    }
    if (observation.entry !== undefined) lastSuccess = observation;
  }
  if (!firstFailure || !lastSuccess) return null;
  const before = edgeOf(set, lastSuccess);
  const after = edgeOf(set, firstFailure);
  const [from, to, kind] =
    before && after
      ? [before, after, 'CDN edge']
      : [lastSuccess.serverIp, firstFailure.serverIp, 'server address'];
  if (!from || !to || from === to) return null;
  return {
    situation: 'after-network-change',
    evidence: [
      `${kind} changed from ${from} to ${to} at the first failure (DNS or routing sends you elsewhere)`,
    ],
  };
};
