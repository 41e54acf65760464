/**
 * The ids of the guide's proofs, next steps and don'ts. Facts that the proofs and the worker may name; the
 * words for each id are in advice.ts, which only the pages and the CLI load.
 */

/** The guide's five proofs. */
export type ProofId = 'wifi-vs-mobile' | 'hotspot' | 'vpn' | 'dns' | 'other-device';

/** The guide's don'ts. */
export type DontId = 'reinstall-loop' | 'random-codes' | 'factory-reset' | 'retry-loop';

/** Next steps that several tables recommend. Row-specific steps stay in their own table. */
export type StepId =
  | 'stop-and-wait'
  | 'restart-router'
  | 'check-clock'
  | 'clear-cache'
  | 'check-subscription'
  | 'check-login'
  | 'wait-for-server'
  | 'refresh-list'
  | 'check-connection'
  | 'check-blockers'
  | 'check-proxy'
  | 'update-app'
  | 'try-other-channel'
  | 'close-other-streams'
  | 'check-device-network'
  | 'contact-support';
