/**
 * The IPTV failure simulator: a real HTTP server on loopback that plays a panel, a stream CDN, an EPG
 * server and a web player on one port, and fails the way the chosen scenario says. Embed it with
 * `startSimulator()`; run it with `npx tsx sim/main.ts`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createServer as createTcpServer } from 'node:net';
import { routeCdn } from './cdn.ts';
import { handleControl } from './control.ts';
import { throughFront } from './fronts.ts';
import { routeGuide } from './guide.ts';
import { type Domain, type HostInfo, isLoopbackHost, parseHost } from './hosts.ts';
import { PAGES } from './pages/index.ts';
import { nginxError } from './pages/origin.ts';
import { routePanel } from './panel.ts';
import { servePlayer } from './player-page.ts';
import { createPrng, type Prng } from './prng.ts';
import { httpDate, type PageContext, type SimResponse } from './response.ts';
import type { HandlerContext, Route, SiteLinks } from './routes.ts';
import { isScenarioId, SCENARIOS, type Scenario, type ScenarioId, scenarioById } from './scenarios.ts';
import { createState, type LogEntry, maskSecrets, record, setScenario, triggerFires } from './state.ts';

export interface SimulatorOptions {
  port?: number;
  seed?: number;
  host?: string;
  /** Overrides how long `hang` holds a request before closing it (tests use a short one). */
  hangMs?: number;
}

export interface Simulator {
  port: number;
  baseUrl: string;
  urls: { player: string; panel: string; cdn: string; epg: string; control: string };
  setScenario(id: ScenarioId): void;
  setNetwork(label: string): void;
  scenarios: readonly Scenario[];
  /** The scenario and network label in force. */
  current(): { scenario: ScenarioId; network: string };
  /** The capped request log, oldest first. */
  log(): readonly LogEntry[];
  close(): Promise<void>;
}

/** Edge locations per network label: a different network reaches a different POP, as the guide notes. */
const EDGES: Record<string, { colo: string; pop: string }> = {
  wifi: { colo: 'CDG', pop: 'CDG50-P1' },
  '4g': { colo: 'MRS', pop: 'MRS52-P2' },
};
const OTHER_EDGE = { colo: 'FRA', pop: 'FRA56-P1' };
/** Hung requests held at once; more are closed at once so a runaway client cannot pin sockets. */
const MAX_HUNG = 32;

/** A port on 127.0.0.1 where nothing listens: bind an ephemeral port and let it go. */
async function closedPort(): Promise<number> {
  const probe = createTcpServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function clientIp(socket: Socket): string {
  return (socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
}

function route(site: HostInfo['site'], url: URL): Route | null {
  if (site === 'panel') return routePanel(url);
  if (site === 'cdn') return routeCdn(url);
  if (site === 'epg') return routeGuide(url);
  return null;
}

function send(req: IncomingMessage, res: ServerResponse, response: SimResponse, now: number): void {
  const body = typeof response.body === 'string' ? Buffer.from(response.body, 'utf8') : response.body;
  res.writeHead(response.status, {
    date: httpDate(now),
    ...response.headers,
    // The demo player reads these answers cross-origin; vendors do not send this, the simulator must.
    'access-control-allow-origin': '*',
    'content-length': String(body.byteLength),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host)) throw new Error(`The simulator only binds to loopback, not "${host}".`);
  const prng: Prng = createPrng(options.seed ?? 1);
  const secret = `sim-link-secret-${options.seed ?? 1}`;
  const state = createState();
  const hung = new Map<Socket, NodeJS.Timeout>();
  const deadPort = await closedPort();
  let port = 0;

  const links = (domain: Domain): SiteLinks => ({
    domain,
    port,
    closedPort: deadPort,
    origin: (site, scheme = 'http', at = port) => `${scheme}://${site}.${domain}:${at}`,
  });

  const pageContext = (req: IncomingMessage, url: URL, now: number): PageContext => {
    const edge = EDGES[state.network] ?? OTHER_EDGE;
    return {
      prng,
      now,
      site: url.hostname,
      url: url.href,
      clientIp: clientIp(req.socket),
      country: 'FR',
      cloudflareColo: edge.colo,
      cloudFrontPop: edge.pop,
      acceptsHtml: (req.headers.accept ?? '').includes('text/html'),
    };
  };

  const hang = (socket: Socket, closeAfterMs: number): void => {
    if (hung.size >= MAX_HUNG) {
      socket.destroy();
      return;
    }
    const timer = setTimeout(() => {
      hung.delete(socket);
      socket.destroy();
    }, closeAfterMs);
    hung.set(socket, timer);
    socket.once('close', () => {
      clearTimeout(timer);
      hung.delete(socket);
    });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const now = Date.now();
    const hostHeader = req.headers.host ?? '';
    const url = new URL(req.url ?? '/', `http://${hostHeader || '127.0.0.1'}`);
    const entry: LogEntry = {
      at: now,
      host: url.host,
      method: req.method ?? 'GET',
      path: maskSecrets(`${url.pathname}${url.search}`),
      endpoint: 'unknown',
      outcome: 0,
    };
    const answer = (response: SimResponse): void => {
      entry.outcome = response.status;
      record(state, entry);
      send(req, res, response, now);
    };
    if (url.pathname.startsWith('/__sim/')) {
      entry.endpoint = 'control';
      return answer(handleControl(state, url));
    }
    const info = parseHost(hostHeader);
    if (!info)
      return answer({
        status: 421,
        headers: { 'content-type': 'text/plain' },
        body: 'Misdirected Request\n',
      });
    if (req.method === 'OPTIONS') {
      return answer({
        status: 204,
        headers: { 'access-control-allow-methods': 'GET, HEAD, POST' },
        body: '',
      });
    }
    const page = pageContext(req, url, now);
    if (info.site === 'player') {
      entry.endpoint = 'player';
      return answer((await servePlayer(url.pathname)) ?? nginxError(page, 404));
    }
    const scenario = scenarioById(state.scenario);
    const front = scenario.front?.[info.site] ?? 'none';
    const matched = route(info.site, url);
    if (!matched) return answer(throughFront(front, page, nginxError(page, 404)));
    entry.endpoint = matched.endpoint;
    const failure = scenario.failure;
    if (
      failure &&
      scenario.affects.includes(matched.endpoint) &&
      triggerFires(state, scenario.trigger, now, matched.streamId)
    ) {
      if (failure.kind === 'reset') {
        entry.outcome = 'reset';
        record(state, entry);
        req.socket.resetAndDestroy();
        return;
      }
      if (failure.kind === 'hang') {
        entry.outcome = 'hang';
        record(state, entry);
        hang(req.socket, options.hangMs ?? failure.closeAfterMs);
        return;
      }
      const canned = PAGES[failure.page];
      const response = canned.build(page);
      return answer(canned.from === 'edge' ? response : throughFront(front, page, response));
    }
    const ctx: HandlerContext = { page, url, scenario, links: links(info.domain), secret };
    return answer(throughFront(front, page, matched.handle(ctx)));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`simulator error: ${String(error)}\n`);
    });
  });
  // A TLS ClientHello (the tls-error scenario) is not HTTP. Answering in plain text is what makes a TLS
  // client fail with a protocol error (Chromium: ERR_SSL_PROTOCOL_ERROR) rather than a closed connection.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const named = (site: string) => `http://${site}.iptv.test:${port}`;

  return {
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    urls: {
      player: `${named('player')}/`,
      panel: named('panel'),
      cdn: named('cdn'),
      epg: named('epg'),
      control: `http://127.0.0.1:${port}/__sim`,
    },
    setScenario: (id) => {
      if (!isScenarioId(id)) throw new Error(`unknown scenario ${id}`);
      setScenario(state, id);
    },
    setNetwork: (label) => {
      state.network = label;
    },
    scenarios: SCENARIOS,
    current: () => ({ scenario: state.scenario, network: state.network }),
    log: () => [...state.log],
    close: async () => {
      for (const [socket, timer] of hung) {
        clearTimeout(timer);
        socket.destroy();
      }
      hung.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
