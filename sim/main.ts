/**
 * `npm run sim` / `npx tsx sim/main.ts [--port=N] [--seed=N] [--scenario=ID]`: start the simulator, print
 * where everything is and which scenarios exist, stop cleanly on Ctrl-C.
 */
import { isScenarioId } from './scenarios.ts';
import { startSimulator } from './server.ts';

function option(name: string): string | undefined {
  return process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const port = Number(option('port') ?? process.env.SIM_PORT ?? 8787);
const seed = Number(option('seed') ?? 1);
const scenario = option('scenario') ?? 'ok';
if (!isScenarioId(scenario)) {
  console.error(`Unknown scenario "${scenario}".`);
  process.exit(2);
}

const sim = await startSimulator({ port, seed });
sim.setScenario(scenario);
const lines = [
  `IPTV failure simulator on ${sim.baseUrl} (seed ${seed})`,
  '',
  `  player   ${sim.urls.player}   (or ${sim.baseUrl}/ without host mapping)`,
  `  panel    ${sim.urls.panel}/player_api.php?username=demo&password=s3cret-pass`,
  `  cdn      ${sim.urls.cdn}`,
  `  epg      ${sim.urls.epg}/xmltv.php`,
  `  control  ${sim.urls.control}/state   ${sim.urls.control}/scenario?id=ID   ${sim.urls.control}/network?label=wifi|4g`,
  '',
  '  Map the names in Chromium: --host-resolver-rules="MAP *.iptv.test 127.0.0.1"',
  '',
  'Scenarios:',
  ...sim.scenarios.map((s) => `  ${s.id.padEnd(26)} ${s.label.en}`),
  '',
  `Active scenario: ${scenario}, network: ${sim.current().network}. Ctrl-C stops.`,
];
console.log(lines.join('\n'));

let stopping = false;
const stop = async (): Promise<void> => {
  if (stopping) return;
  stopping = true;
  await sim.close();
  console.log('\nSimulator stopped.');
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
