/**
 * What the simulator remembers between requests: the chosen scenario and network, a capped request log,
 * and the recent request times the burst rule counts. Everything here is bounded.
 */
import { type Endpoint, type ScenarioId, scenarioById, type Trigger } from './scenarios.ts';

export const LOG_LIMIT = 200;
/** The burst rule never needs more timestamps than this, whatever its threshold. */
const BURST_MEMORY = 256;

export interface LogEntry {
  at: number;
  host: string;
  method: string;
  /** Path and query with the password masked. */
  path: string;
  endpoint: Endpoint | 'player' | 'control' | 'unknown';
  /** HTTP status sent, or the way the answer was withheld. */
  outcome: number | 'reset' | 'hang';
}

export interface SimState {
  scenario: ScenarioId;
  network: string;
  log: LogEntry[];
  /** Times of the recent requests the active burst rule counts. */
  burstTimes: number[];
  burstBlockedUntil: number;
}

export function createState(): SimState {
  return { scenario: 'ok', network: 'wifi', log: [], burstTimes: [], burstBlockedUntil: 0 };
}

export function setScenario(state: SimState, id: ScenarioId): void {
  scenarioById(id);
  state.scenario = id;
  state.burstTimes = [];
  state.burstBlockedUntil = 0;
}

export function record(state: SimState, entry: LogEntry): void {
  state.log.push(entry);
  if (state.log.length > LOG_LIMIT) state.log.splice(0, state.log.length - LOG_LIMIT);
}

export function maskSecrets(path: string): string {
  return path
    .replace(/([?&]password=)[^&]*/g, '$1***')
    .replace(/^(\/(?:live|movie|series)\/[^/]+\/)[^/]+\//, '$1***/')
    .replace(/([?&]token=)[^&]*/g, '$1***');
}

/** Does the scenario's trigger fire for this request? Counts the request when the trigger is a burst rule. */
export function triggerFires(
  state: SimState,
  trigger: Trigger,
  now: number,
  streamId: number | null,
): boolean {
  switch (trigger.kind) {
    case 'always':
      return true;
    case 'on-network':
      return state.network === trigger.network;
    case 'channel':
      return streamId === trigger.streamId;
    case 'burst': {
      if (now < state.burstBlockedUntil) return true;
      state.burstTimes = state.burstTimes.filter((t) => now - t < trigger.windowMs).slice(-BURST_MEMORY);
      state.burstTimes.push(now);
      if (state.burstTimes.length > trigger.maxRequests) {
        state.burstBlockedUntil = now + trigger.cooldownMs;
        state.burstTimes = [];
        return true;
      }
      return false;
    }
  }
}
