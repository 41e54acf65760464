/**
 * A secure connection refused because the certificate the device was shown was issued by its own antivirus: the
 * antivirus inspects HTTPS and the app does not trust its authority. The issuer's name in the error says who (the
 * certificate chain OpenSSL printed, "O = AO Kaspersky Lab, CN = Kaspersky Web Anti-Virus Certification Authority",
 * https://github.com/keybase/client/issues/7228). Only a named antivirus counts: an unknown issuer alone may as well
 * be a company's filter on the network or a server signing its own certificate, which the transport row says.
 */
import { hostOf } from '../url-parts.ts';
import type { Rule } from './rule.ts';

/**
 * The authorities antivirus suites install to inspect HTTPS, by the names their certificates carry: Kaspersky's
 * "Kaspersky Web Anti-Virus Certification Authority" (above). Each other suite's name comes in with a capture that
 * shows it.
 */
const ANTIVIRUS_ISSUER = /Kaspersky Web Anti-Virus Certification Authority/i;

export const tlsInspection: Rule = ({ set, root, host }) => {
  if (root.status !== 0) return null;
  const found = set.findings.find(
    (finding) =>
      finding.status === 0 && hostOf(finding.url) === host && ANTIVIRUS_ISSUER.test(finding.error ?? ''),
  );
  const issuer = found ? ANTIVIRUS_ISSUER.exec(found.error ?? '')?.[0] : undefined;
  if (!issuer) return null;
  return {
    layer: 'device',
    scope: 'device',
    situation: 'one-device',
    evidence: [
      `the certificate was issued by ${issuer}: an antivirus on this device inspects secure connections`,
    ],
  };
};
