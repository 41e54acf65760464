/**
 * The failures the simulator can play, one row each, so tests walk the table instead of knowing each case.
 * `layer` is the diagnosis we expect the product to reach (the guide's order: edge, geo, app, account…).
 */
import { CF_CDN, type Scenario, type ScenarioId } from './scenario-types.ts';
import { EDGE_SCENARIOS } from './scenarios/edge.ts';
import { SERVICE_SCENARIOS } from './scenarios/service.ts';
import { TRANSPORT_SCENARIOS } from './scenarios/transport.ts';

export * from './scenario-types.ts';

const OK: Scenario = {
  id: 'ok',
  label: { en: 'Everything works', fr: 'Tout fonctionne' },
  layer: 'none',
  vendor: null,
  affects: [],
  trigger: { kind: 'always' },
  failure: null,
  expect: { status: 200 },
  front: CF_CDN,
};

export const SCENARIOS: readonly Scenario[] = [
  OK,
  ...EDGE_SCENARIOS,
  ...SERVICE_SCENARIOS,
  ...TRANSPORT_SCENARIOS,
];

const BY_ID = new Map<string, Scenario>(SCENARIOS.map((s) => [s.id, s]));

export function isScenarioId(id: string): id is ScenarioId {
  return BY_ID.has(id);
}

export function scenarioById(id: ScenarioId): Scenario {
  const scenario = BY_ID.get(id);
  if (!scenario) throw new Error(`unknown scenario ${id}`);
  return scenario;
}
