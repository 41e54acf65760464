/**
 * The control endpoint, answered on every host under /__sim/: switch the scenario, switch the network
 * label (what a viewer changing from Wi-Fi to 4G does), read the state. GET and POST both work, so a
 * browser address bar is enough.
 */
import type { SimResponse } from './response.ts';
import { json } from './routes.ts';
import { isScenarioId, SCENARIOS } from './scenarios.ts';
import { LOG_LIMIT, type SimState, setScenario } from './state.ts';

const NETWORK_LABEL = /^[A-Za-z0-9_-]{1,24}$/;
const STATE_LOG_LINES = 50;

function stateReply(state: SimState): object {
  return {
    scenario: state.scenario,
    network: state.network,
    scenarios: SCENARIOS.map((s) => ({
      id: s.id,
      label: s.label,
      layer: s.layer,
      vendor: s.vendor,
      affects: s.affects,
      expect: s.expect,
    })),
    log: state.log.slice(-Math.min(STATE_LOG_LINES, LOG_LIMIT)),
  };
}

export function handleControl(state: SimState, url: URL): SimResponse {
  const action = url.pathname.slice('/__sim/'.length);
  switch (action) {
    case 'state':
      return json(200, stateReply(state));
    case 'scenario': {
      const id = url.searchParams.get('id');
      if (id === null) return json(200, stateReply(state));
      if (!isScenarioId(id))
        return json(400, { error: `unknown scenario "${id}"`, known: SCENARIOS.map((s) => s.id) });
      setScenario(state, id);
      return json(200, stateReply(state));
    }
    case 'network': {
      const label = url.searchParams.get('label');
      if (label === null) return json(200, stateReply(state));
      if (!NETWORK_LABEL.test(label))
        return json(400, { error: 'network label: 1-24 letters, digits, - or _' });
      state.network = label;
      return json(200, stateReply(state));
    }
    default:
      return json(404, { error: `no control action "${action}"`, actions: ['state', 'scenario', 'network'] });
  }
}
