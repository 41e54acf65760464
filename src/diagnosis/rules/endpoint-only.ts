/**
 * One channel refused while the others of the same kind play from the same host: a rule or a fault on that
 * stream (the guide's FAQ 8), not the account and not the network.
 */

import { redactUrl } from '../../redact/index.ts';
import { endpointOf, roleOf } from '../observations.ts';
import type { Rule } from './rule.ts';

/** The path as evidence: Xtream puts the account in it (/live/USER/PASS/ID.ts), so it is redacted first. */
function shownPath(host: string, path: string): string {
  return redactUrl(`http://${host}${path}`).replace(/^http:\/\/[^/]*/, '');
}

/** Enough working siblings to make the point; counting all of a 100k-entry HAR would add nothing. */
const ENOUGH_SIBLINGS = 50;

export const endpointOnly: Rule = ({ set, root, host, related }) => {
  const failing = new Set<string>();
  for (const observation of set.observations) {
    if (!observation.ok && observation.host === host && observation.role === root.role) {
      failing.add(endpointOf(set, observation));
    }
  }
  if (failing.size === 0 || failing.size > 2) return null;
  let siblings = 0;
  for (const observation of set.observations) {
    if (!observation.ok || observation.host !== host || observation.entry === undefined) continue;
    if (failing.has(endpointOf(set, observation)) || roleOf(set, observation) !== root.role) continue;
    siblings += observation.count;
    if (siblings >= ENOUGH_SIBLINGS) break;
  }
  if (siblings === 0) return null;
  const otherFailures = related.filter((finding) => finding.role !== root.role).length;
  const shown = siblings >= ENOUGH_SIBLINGS ? `${ENOUGH_SIBLINGS}+` : String(siblings);
  return {
    scope: 'endpoint',
    situation: root.role === 'stream' || root.role === 'playlist' ? 'one-channel' : undefined,
    proven: otherFailures === 0,
    evidence: [
      `only ${[...failing].map((path) => shownPath(host, path)).join(', ')} fails on ${host}; ${shown} other ${root.role} ${siblings === 1 ? 'request' : 'requests'} on the same host worked`,
    ],
  };
};
