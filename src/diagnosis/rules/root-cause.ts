/**
 * Which failure explains the others. The panel's own word on the account comes first (an expired account
 * makes every stream fail after it); then a failure on the login endpoint; then the strongest group.
 */
import { type Finding, LAYERS, type Layer } from '../../types.ts';

/** How much a layer's findings weigh when several stories compete; a favicon 404 is not the story. */
const LAYER_WEIGHT: Record<Layer, number> = {
  waf: 1,
  geo: 1,
  app: 1,
  account: 1.2,
  auth: 1.1,
  'not-found': 0.7,
  'rate-limit': 1,
  server: 1,
  network: 0.8,
  device: 0.9,
  none: 0.2,
};

const ROLE_WEIGHT: Record<string, number> = { other: 0.4 };

export interface RootChoice {
  root: Finding;
  layer: Layer;
  evidence: string[];
}

function weight(finding: Finding): number {
  const explicit = finding.action && finding.action !== 'unknown' ? 0.5 : 0;
  return (finding.confidence + explicit) * LAYER_WEIGHT[finding.layer] * (ROLE_WEIGHT[finding.role] ?? 1);
}

export function chooseRoot(findings: readonly Finding[]): RootChoice {
  const accountSaid = findings.find(
    (finding) =>
      finding.panelReply && (finding.panelReply.layer === 'account' || finding.panelReply.layer === 'auth'),
  );
  if (accountSaid) {
    return {
      root: accountSaid,
      layer: accountSaid.layer,
      evidence: [
        `root cause: the panel's own reply on ${accountSaid.role} explains the failures that follow`,
      ],
    };
  }
  // A login the answer refused. One whose words only lean that way leads only the bare 403s that follow it (the
  // streams a refused login cannot open, review); it must not hide a firewall's page, a name that did not resolve or a
  // server's failure (red-team reviews of the fifty-eighth to sixtieth batches).
  const loginFailure = findings.find(
    (finding) =>
      finding.role === 'auth' &&
      (finding.layer === 'auth' || finding.layer === 'account') &&
      (!finding.leaned ||
        findings.every((other) => other === finding || (other.basis === 'status' && other.status === 403))),
  );
  if (loginFailure && findings.length > 1) {
    return {
      root: loginFailure,
      layer: loginFailure.layer,
      evidence: ['root cause: the login request failed first; later refusals follow from it'],
    };
  }
  // A redirect to sign in explains the sign-in page's own refusal of the method a client sent on after it (Authelia's
  // 405 to a HEAD, https://github.com/authelia/authelia/issues/1109), later in the capture and not a guess from words.
  // Not the 401s and 403s after it, even on the same host: a browser's capture opens with a sign-in and goes on signed
  // in (the successes between are not findings), and a later 403 has its own cause (reviews "77." and "79."; "78." had
  // asked for the same host's); a login wall ranks below a real failure (review "65.").
  const signIn = findings.find(
    (finding) => finding.status >= 300 && finding.status < 400 && finding.layer === 'auth',
  );
  const followsSignIn = (other: Finding) =>
    other === signIn ||
    (signIn !== undefined &&
      other.entry > signIn.entry &&
      other.basis === 'status' &&
      !other.leaned &&
      other.status === 405);
  if (signIn && findings.length > 1 && findings.every(followsSignIn)) {
    return {
      root: signIn,
      layer: 'auth',
      evidence: [
        'root cause: the request was sent to sign in first; the bare refusals after it follow from that',
      ],
    };
  }
  const scores = new Map<Layer, number>();
  for (const finding of findings)
    scores.set(finding.layer, (scores.get(finding.layer) ?? 0) + weight(finding));
  let layer: Layer = findings[0]?.layer ?? 'none';
  let best = -1;
  for (const candidate of LAYERS) {
    const score = scores.get(candidate);
    if (score !== undefined && score > best) {
      best = score;
      layer = candidate;
    }
  }
  let root = findings[0]!;
  let rootWeight = -1;
  for (const finding of findings) {
    if (finding.layer !== layer) continue;
    const w = weight(finding);
    if (w > rootWeight) {
      rootWeight = w;
      root = finding;
    }
  }
  const evidence =
    scores.size > 1 ? [`${layer} is the strongest of ${scores.size} competing explanations`] : [];
  return { root, layer, evidence };
}
