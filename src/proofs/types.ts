/**
 * The guided diagnosis as data: the steps, what each one found, the session. A leaf: the proofs, the
 * messages and the report all read it.
 */
import type { CaptureContext } from '../types.ts';

export type ProofStepId = 'wifi-vs-mobile' | 'hotspot' | 'vpn' | 'dns' | 'other-device';

export type ProofOutcome = 'works' | 'same-refusal' | 'different-error' | 'no-traffic' | 'skipped';

export interface ProofResult {
  step: ProofStepId;
  label: string;
  startedAt: number;
  endedAt?: number;
  context: CaptureContext;
  outcome?: ProofOutcome;
  failures: number;
  successes: number;
  statuses: number[];
  /** The outcome was told by the person (a test on another device), not read from traffic. */
  byHand?: true;
}

export interface ProofSession {
  id: string;
  startedAt: number;
  host?: string;
  baseline?: { status: number; url: string; role: string };
  current?: ProofStepId;
  results: ProofResult[];
}
