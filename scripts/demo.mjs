/**
 * `npm start` (after install and build): the product on a failing IPTV service, end to end.
 *
 * Starts the simulator, launches Chromium with the built extension (dist/chrome), grants it the simulator's
 * hosts, and opens the player on a failing scenario so the badge lights and the popup explains.
 *   - With a display (DISPLAY set): headed; everything stays open until Ctrl-C, which stops what it started.
 *   - Without one: headless; screenshots of the player and of the popup go to test-results/, then exit 0.
 *
 * Options: --scenario=ID (default cloudflare-firewall), --port=N (default: any free port), --headless.
 */
import { register } from 'tsx/esm/api';

register();
const { startSimulator } = await import('../sim/server.ts');
const { isScenarioId, SCENARIOS } = await import('../sim/scenarios.ts');
const harness = await import('../test/e2e/harness.ts');

const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const scenarioId = option('scenario') ?? 'cloudflare-firewall';
if (!isScenarioId(scenarioId)) {
  console.error(`Unknown scenario "${scenarioId}". Known: ${SCENARIOS.map((s) => s.id).join(', ')}`);
  process.exit(2);
}
const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');
// https too: the tls-error scenario hands out an https:// link to the simulator's plain-HTTP port.
const WATCHED = ['http://*.iptv.test/*', 'https://*.iptv.test/*'];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The badge of the player's tab once the worker has judged something, or the last value seen. */
async function waitForBadge(context, extensionId, tabId, timeoutMs) {
  const until = Date.now() + timeoutMs;
  let badge = { text: '', color: [0, 0, 0, 0] };
  while (Date.now() < until) {
    badge = await harness.badgeOf(context, extensionId, tabId);
    if (badge.text) return badge;
    await sleep(500);
  }
  return badge;
}

const sim = await startSimulator({ port: Number(option('port') ?? 0), seed: 1 });
sim.setScenario(scenarioId);
let browser = null;

async function stopAll(code) {
  await browser?.close().catch(() => undefined);
  await sim.close().catch(() => undefined);
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

try {
  const scenario = SCENARIOS.find((s) => s.id === scenarioId);
  console.log(`Simulator on ${sim.baseUrl}, scenario "${scenarioId}" (${scenario.label.en}).`);
  browser = await harness.launchWithExtension({ headless: !headed });
  const { context, extensionId } = browser;
  const granted = await harness.grantHosts(context, extensionId, WATCHED);
  console.log(
    `Extension ${extensionId} loaded; host access to ${WATCHED.join(', ')}: ${granted ? 'granted' : 'REFUSED'}.`,
  );

  const player = context.pages()[0] ?? (await context.newPage());
  await player.goto(sim.urls.player);
  await player
    .waitForSelector('body[data-status="error"], body[data-status="playing"]', { timeout: 20_000 })
    .catch(() => undefined);
  const tabId = await harness.tabIdOf(context, extensionId, sim.urls.player);
  const badge = await waitForBadge(context, extensionId, tabId, 10_000);
  console.log(`Player tab ${tabId}: "${await player.textContent('#status')}"; badge "${badge.text}".`);

  const popupUrl = `chrome-extension://${extensionId}/${harness.popupPath()}?tabId=${tabId}`;
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(popupUrl);
  await sleep(1_500);

  if (headed) {
    await player.bringToFront();
    console.log(`\nThe player is open; the popup's explanation is in the next tab (${popupUrl}).`);
    console.log('Change the scenario or the network in the player page. Ctrl-C stops everything.');
    context.on('close', () => void stopAll(0));
    await new Promise(() => undefined);
  } else {
    const shots = [
      await harness.screenshot(player, `demo-${scenarioId}-player`),
      await harness.screenshot(popup, `demo-${scenarioId}-popup`),
    ];
    console.log(`Screenshots:\n  ${shots.join('\n  ')}`);
    await stopAll(0);
  }
} catch (error) {
  console.error(`Demo failed: ${error instanceof Error ? error.message : String(error)}`);
  await stopAll(1);
}
