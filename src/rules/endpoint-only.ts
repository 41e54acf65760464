/**
 * One channel refused while the others of the same kind play from the same host: a rule or a fault on that
 * stream (the guide's FAQ 8), not the account and not the network.
 */
import type { Rule } from './rule.ts';

export const endpointOnly: Rule = ({ set, root, host, related }) => {
  const failing = new Set<string>();
  for (const observation of set.observations) {
    if (!observation.ok && observation.host === host && observation.role === root.role)
      failing.add(observation.endpoint);
  }
  if (failing.size === 0 || failing.size > 2) return null;
  let siblings = 0;
  for (const observation of set.observations) {
    if (
      observation.ok &&
      observation.host === host &&
      observation.role === root.role &&
      observation.endpoint !== '*' &&
      !failing.has(observation.endpoint)
    ) {
      siblings += observation.count;
    }
  }
  if (siblings === 0) return null;
  const otherFailures = related.filter((finding) => finding.role !== root.role).length;
  return {
    scope: 'endpoint',
    situation: root.role === 'stream' || root.role === 'playlist' ? 'one-channel' : undefined,
    proven: otherFailures === 0,
    evidence: [
      `only ${[...failing].join(', ')} fails on ${host}; ${siblings} other ${root.role} request(s) on the same host worked`,
    ],
  };
};
