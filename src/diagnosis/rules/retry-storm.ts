/**
 * Refusals that start after things worked and pile up within seconds: the pattern of an anti-abuse rule
 * reacting to an app (or a person) retrying in a loop. The guide: stop, wait, then test once.
 */
import type { Rule } from './rule.ts';

/** Five refusals inside ten seconds is far beyond a player's normal retry (one or two per segment). */
const STORM_FAILURES = 5;
const STORM_WINDOW_MS = 10_000;
const REPEAT_RETRIES = 3;

export const retryStorm: Rule = ({ set, root, host, related }) => {
  if (root.status !== 403 && root.status !== 429) return null;
  // A vendor marker that names a firewall, geo or rate-limit rule explains the refusal better.
  if (root.action && root.action !== 'unknown' && root.action !== 'block') return null;
  if (root.action === 'block' && root.vendorErrorCode) return null;
  const times = related
    .filter((finding) => finding.status === root.status)
    .map((finding) => finding.startedAt)
    .sort((a, b) => a - b);
  let burst = 0;
  for (let start = 0, end = 0; end < times.length; end++) {
    while (times[end]! - times[start]! > STORM_WINDOW_MS) start++;
    burst = Math.max(burst, end - start + 1);
  }
  // A loop, not a spread: 150,000 related findings as arguments overflow the call stack.
  let maxRetries = 0;
  for (const finding of related) maxRetries = Math.max(maxRetries, finding.context?.retryCount ?? 0);
  if (burst < STORM_FAILURES && maxRetries < REPEAT_RETRIES) return null;
  const firstFailure = times[0] ?? root.startedAt;
  const workedBefore = set.observations.some(
    (observation) => observation.ok && observation.host === host && observation.at <= firstFailure,
  );
  if (!workedBefore && maxRetries < REPEAT_RETRIES) return null;
  const evidence = [
    burst >= STORM_FAILURES
      ? `${burst} refusals within ${STORM_WINDOW_MS / 1000} s${workedBefore ? ' after successful requests' : ''}`
      : `the same URL was retried ${maxRetries} times`,
  ];
  return { layer: 'app', situation: 'sudden', evidence };
};
