/** A server that is really down answers 5xx (or not at all) everywhere — the opposite of a 403's "no". */
import type { Rule } from './rule.ts';

export const serverWide: Rule = ({ set, layer }) => {
  if (layer !== 'server') return null;
  const failures = set.findings;
  const fivexx = failures.filter((finding) => finding.status >= 500).length;
  if (fivexx === 0 || fivexx < failures.length * 0.8) return null;
  const hosts = new Set(set.observations.filter((o) => !o.ok && o.status >= 500).map((o) => o.host));
  return {
    scope: 'server',
    proven: fivexx >= 2,
    evidence: [
      failures.length === 1
        ? `the only failure is a server error (5xx) on ${[...hosts].join(', ')}`
        : `${fivexx} of ${failures.length} failures are server errors (5xx) on ${[...hosts].join(', ')}`,
    ],
  };
};
