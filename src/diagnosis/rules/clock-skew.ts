/**
 * A device whose clock is wrong breaks signed tokens and TLS (the guide's scenario C: check automatic date
 * and time). One odd `Date` header proves little; a consistent offset across responses, the extension's own
 * measurement, or a certificate-date error does.
 */
import { CLOCK_SKEW_LIMIT_SECONDS, formatSkew } from '../clock.ts';
import { errorLine } from '../error-line.ts';
import { skewOf } from '../observations.ts';
import { hostOf } from '../url-parts.ts';
import type { Rule } from './rule.ts';

const CONSISTENT_WITHIN_SECONDS = 120;

/**
 * A certificate refused for its dates: the browsers' names, and other clients' words for a certificate that is
 * "not yet valid", which is "almost always due to a slow system clock" (https://github.com/openssl/openssl/issues/14771;
 * curl's "SSL certificate problem: certificate is not yet valid", https://github.com/curl/curl/issues/12516;
 * Android's "Certificate not valid until … (compared to … 1970)", https://github.com/google/ExoPlayer/issues/769;
 * Python's urllib3 warning before its certificate error, "SystemTimeWarning: System time is way off (before
 * 2016-01-01)", on a TV box, https://github.com/garbear/kodi-steamlink/issues/28).
 */
const CERT_DATE =
  /CERT_DATE_INVALID|SEC_ERROR_EXPIRED_CERTIFICATE|certificate is not yet valid|certificate not valid until|CertificateNotYetValid|System time is way off/i;

export const clockSkew: Rule = ({ set, root, host }) => {
  // Only where the root refusal is: a tracker's certificate error beside a geo notice on the playlist does not make
  // the clock the cause (review).
  const certDate = set.findings.find(
    (finding) => CERT_DATE.test(finding.error ?? '') && (finding === root || hostOf(finding.url) === host),
  );
  if (certDate) {
    // Quoted as the transport line quotes it, cut at 160 (an Android stack message runs to 260 characters).
    const named = errorLine(certDate.error ?? '', 160);
    return {
      layer: 'device',
      scope: 'device',
      situation: 'one-device',
      evidence: [`certificate date rejected (${named}): the device's date and time are probably wrong`],
    };
  }
  // A signed link refused for its time window also comes as 410 (nginx secure_link) or 400 (Cloud Storage).
  const timedLink = root.layer === 'app' && (root.status === 400 || root.status === 410);
  if (root.status !== 401 && root.status !== 403 && root.status !== 0 && !timedLink) return null;
  const measured = set.findings.find(
    (finding) => Math.abs(finding.context?.clockSkewSeconds ?? 0) >= CLOCK_SKEW_LIMIT_SECONDS,
  );
  let skew = measured?.context?.clockSkewSeconds;
  if (skew === undefined) {
    // The failures and the responses just around the root: enough to see a consistent offset, and a
    // bounded amount of work on a 100k-entry HAR.
    const skews: number[] = [];
    let looked = 0;
    for (const observation of set.observations) {
      if (!observation.finding && Math.abs(observation.at - root.startedAt) > 60_000) continue;
      const value = skewOf(set, observation);
      if (value !== undefined && Math.abs(value) >= CLOCK_SKEW_LIMIT_SECONDS) skews.push(value);
      if (skews.length >= 20 || ++looked >= 400) break;
    }
    if (skews.length < 2) return null;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const value of skews) {
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    if (max - min > CONSISTENT_WITHIN_SECONDS) return null;
    skew = skews[0]!;
  }
  return {
    layer: 'device',
    scope: 'device',
    situation: 'one-device',
    evidence: [
      `device clock is off: ${formatSkew(skew)} (signed links and logins fail when the clock is wrong)`,
    ],
  };
};
