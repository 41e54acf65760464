import { analyze as analyzeOld } from '/tmp/old/src/diagnosis/analyze.ts';
import { walkPlayer } from './sim/client.ts';
import { SCENARIOS } from './sim/scenarios.ts';
import { startSimulator } from './sim/server.ts';
import { analyze as analyzeNew } from './src/diagnosis/analyze.ts';

const sim = await startSimulator({ port: 0, seed: 7 });
for (const scenario of SCENARIOS) {
  sim.setScenario(scenario.id as never);
  sim.setNetwork('wifi');
  const steps = await walkPlayer({ panel: sim.urls.panel, epg: sim.urls.epg }, 101);
  for (const withBody of [false, true]) {
    const exchanges: any[] = steps.map((s: any, i: number) => ({
      url: s.url,
      method: 'GET',
      status: s.status,
      startedAt: Date.now() + i,
      requestHeaders: [],
      responseHeaders: Object.entries(s.headers ?? {}).flatMap(([name, v]) =>
        (Array.isArray(v) ? v : [v]).map((value) => ({ name, value: String(value) })),
      ),
      ...(s.error ? { error: `net::ERR_${s.error}` } : {}),
      ...(withBody && s.body
        ? { body: Buffer.from(s.body).toString('utf8'), mimeType: String(s.headers?.['content-type'] ?? '') }
        : {}),
    }));
    const n = analyzeNew(exchanges).verdict,
      o = analyzeOld(exchanges).verdict;
    if (n.layer !== o.layer || n.vendor !== o.vendor)
      console.log(
        withBody ? 'body' : 'hdrs',
        scenario.id,
        'old',
        `${o.layer}/${o.vendor}`,
        'new',
        `${n.layer}/${n.vendor}`,
        'want',
        `${scenario.layer}/${scenario.vendor}`,
        steps.find((s: any) => s.status >= 400)?.url,
      );
  }
}
await sim.close();
