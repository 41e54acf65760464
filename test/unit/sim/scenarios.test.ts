/**
 * Walks the whole scenario table against a real simulator on a loopback port: every row must make the
 * player's path fail exactly where the row says, with the status (or transport error) it promises, and
 * leave the other endpoints working.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simRequest, type WalkStep, walkPlayer } from '../../../sim/client.ts';
import { PAGES } from '../../../sim/pages/index.ts';
import { createPrng } from '../../../sim/prng.ts';
import { ENDPOINTS, SCENARIO_IDS, SCENARIOS, type Scenario } from '../../../sim/scenarios.ts';
import { type Simulator, startSimulator } from '../../../sim/server.ts';
import { LAYERS } from '../../../src/types.ts';

/** How Node reports the transport failure Chromium names in the row. */
const NODE_ERROR: Record<string, string> = {
  'net::ERR_CONNECTION_RESET': 'ECONNRESET',
  'net::ERR_CONNECTION_REFUSED': 'ECONNREFUSED',
  'net::ERR_SSL_PROTOCOL_ERROR': 'EPROTO',
  // The simulator holds a hung request for a minute; a client gives up long before.
  'net::ERR_EMPTY_RESPONSE': 'TIMEOUT',
};

let sim: Simulator;
const origins = () => ({ panel: sim.urls.panel, epg: sim.urls.epg });

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 7 });
});
afterAll(async () => {
  await sim.close();
});

describe('the scenario table', () => {
  it('has every id exactly once, and only known ids', () => {
    expect(SCENARIOS.map((s) => s.id).sort()).toEqual([...SCENARIO_IDS].sort());
  });

  it.each(SCENARIOS)('$id is labelled in both languages and names a known layer', (scenario) => {
    expect(scenario.label.en.trim()).not.toBe('');
    expect(scenario.label.fr.trim()).not.toBe('');
    expect(scenario.label.fr).not.toBe(scenario.label.en);
    expect(LAYERS).toContain(scenario.layer);
    for (const endpoint of scenario.affects) expect(Object.keys(ENDPOINTS)).toContain(endpoint);
  });

  it.each(SCENARIOS.filter((s) => s.failure?.kind === 'page'))(
    '$id promises the status its page sends',
    (scenario) => {
      if (scenario.failure?.kind !== 'page') throw new Error('filtered above');
      const page = PAGES[scenario.failure.page].build({
        prng: createPrng(1),
        now: Date.UTC(2025, 0, 1),
        site: 'cdn.iptv.test',
        url: 'http://cdn.iptv.test/hls/101/index.m3u8',
        clientIp: '127.0.0.1',
        country: 'FR',
        cloudflareColo: 'CDG',
        cloudFrontPop: 'CDG50-P1',
        acceptsHtml: false,
      });
      expect(page.status).toBe(scenario.expect.status);
    },
  );

  it('gives transport failures status 0 and a Chromium net error, and HTTP failures no net error', () => {
    for (const scenario of SCENARIOS) {
      if (scenario.expect.status === 0) expect(scenario.expect.netError).toMatch(/^net::ERR_[A-Z_]+$/);
      else expect(scenario.expect.netError).toBeUndefined();
    }
  });
});

function assertOutcome(scenario: Scenario, step: WalkStep): void {
  const where = `${scenario.id}: ${step.endpoint} ${step.url}`;
  if (scenario.expect.status === 0) {
    expect(step.status, where).toBe(0);
    expect(step.error, where).toBe(NODE_ERROR[scenario.expect.netError ?? '']);
  } else {
    expect(step.status, where).toBe(scenario.expect.status);
  }
}

describe.each(SCENARIOS)('scenario $id on the player path', (scenario) => {
  it('fails where the row says, and nowhere else', async () => {
    sim.setScenario(scenario.id);
    sim.setNetwork('wifi');
    const streamId = scenario.trigger.kind === 'channel' ? scenario.trigger.streamId : 101;
    const timeoutMs = scenario.failure?.kind === 'hang' ? 400 : 5_000;
    const steps = await walkPlayer(origins(), streamId, timeoutMs);
    const affected = steps.filter((s) => scenario.affects.includes(s.endpoint));
    if (scenario.id === 'ok') {
      expect(steps.map((s) => s.endpoint)).toEqual([
        'login',
        'catalog',
        'guide',
        'live-playlist',
        'hls-playlist',
        'hls-segment',
      ]);
    } else if (scenario.trigger.kind !== 'burst') {
      expect(affected.length, `${scenario.id} never reached an affected endpoint`).toBeGreaterThan(0);
    }
    for (const step of steps) {
      if (scenario.trigger.kind !== 'burst' && affected.includes(step)) assertOutcome(scenario, step);
      else expect([200, 302], `${scenario.id}: ${step.endpoint} ${step.url}`).toContain(step.status);
    }
  });
});

describe('triggers that depend on more than the request', () => {
  it('app-rule: serves a burst up to its threshold, then refuses every request during the cooldown', async () => {
    sim.setScenario('app-rule');
    const scenario = SCENARIOS.find((s) => s.id === 'app-rule');
    if (scenario?.trigger.kind !== 'burst') throw new Error('app-rule must be a burst rule');
    const steps = await walkPlayer(origins(), 101);
    const playlistUrl = steps.find((s) => s.endpoint === 'hls-playlist')?.url ?? '';
    expect(playlistUrl).toContain('/hls/101/index.m3u8');
    sim.setScenario('app-rule');
    const statuses: number[] = [];
    for (let i = 0; i < scenario.trigger.maxRequests + 3; i++)
      statuses.push((await simRequest(playlistUrl)).status);
    const allowed = scenario.trigger.maxRequests;
    expect(statuses.slice(0, allowed)).toEqual(new Array(allowed).fill(200));
    expect(statuses.slice(allowed)).toEqual([403, 403, 403]);
  });

  it('channel-404: only the named channel is missing', async () => {
    sim.setScenario('channel-404');
    const other = await walkPlayer(origins(), 102);
    expect(other.map((s) => s.status)).toEqual([200, 200, 200, 302, 200, 200]);
    const broken = await walkPlayer(origins(), 103);
    expect(broken.at(-1)?.status).toBe(404);
  });

  it('network-dependent: refused on wifi, served on 4g, each from its own edge', async () => {
    sim.setScenario('network-dependent');
    sim.setNetwork('wifi');
    const onWifi = (await walkPlayer(origins(), 101)).at(-1);
    expect(onWifi?.status).toBe(403);
    expect(String(onWifi?.headers['cf-ray'])).toMatch(/^[0-9a-f]{16}-CDG$/);
    sim.setNetwork('4g');
    const onMobile = await walkPlayer(origins(), 101);
    expect(onMobile.map((s) => s.status)).toEqual([200, 200, 200, 302, 200, 200]);
    expect(String(onMobile.at(-1)?.headers['cf-ray'])).toMatch(/^[0-9a-f]{16}-MRS$/);
    sim.setNetwork('wifi');
  });

  it('the control endpoint switches the network as a viewer would, on any host', async () => {
    sim.setScenario('network-dependent');
    const viaPanel = await simRequest(`${sim.urls.panel}/__sim/network?label=4g`, { method: 'POST' });
    expect(viaPanel.status).toBe(200);
    expect(JSON.parse(viaPanel.body.toString()).network).toBe('4g');
    expect(sim.current().network).toBe('4g');
    expect((await walkPlayer(origins(), 101)).at(-1)?.status).toBe(200);
    await simRequest(`${sim.baseUrl}/__sim/network?label=wifi`);
    expect((await walkPlayer(origins(), 101)).at(-1)?.status).toBe(403);
  });
});
