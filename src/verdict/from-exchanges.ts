/**
 * The current verdict of exchanges read from a file (a HAR exported after a guided session, or any HAR):
 * the tests are rebuilt from the entries' `_context.proofStep` labels, checked against the engine's root
 * refusal, so `iptv-lens report` and the options page's HAR analysis reach the verdict the extension showed.
 */
import { hostOfUrl } from '../http/host-patterns.ts';
import type { ProofSession } from '../proofs/types.ts';
import { proofsFromExchanges } from '../proofs/verdict.ts';
import type { Analysis, Exchange } from '../types.ts';
import { type CurrentVerdict, currentVerdict } from './current.ts';

/** The session the exchanges' proof-step labels tell, with the engine's root refusal as its baseline. */
export function proofsOfExchanges(analysis: Analysis, exchanges: readonly Exchange[]): ProofSession | null {
  const { verdict, findings } = analysis;
  const root = findings.find((finding) => finding.entry === verdict.rootEntry);
  const baseline = root && { status: root.status, url: root.url, role: root.role, host: hostOfUrl(root.url) };
  return proofsFromExchanges(exchanges, baseline);
}

export function verdictOfExchanges(
  analysis: Analysis,
  exchanges: readonly Exchange[],
  now: number,
): { verdict: CurrentVerdict; proof: ProofSession | null } {
  const proof = proofsOfExchanges(analysis, exchanges);
  return { verdict: currentVerdict({ analysis, proof, exchanges, now }), proof };
}
