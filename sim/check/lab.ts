/**
 * The check lab: what `iptv-lens check` and the Test page meet, on one loopback port, routed by Host name
 * (`*.lab.localhost`, which browsers resolve to loopback by themselves; the CLI's transport does the same):
 * - tv.lab: the behaviour playlist (/playlist.m3u) and its channels, and the benchmark list (/big.m3u);
 * - edge.lab: channels behind a CDN (a CloudFront geo page, a Cloudflare 522);
 * - s01…sNN.lab: the benchmark's stream hosts;
 * - xtream.lab: an Xtream panel; stalker.lab: a Stalker portal.
 * Every host is guarded by an anti-abuse rule that escalates on bursts: more than `burst.max` requests in
 * `burst.windowMs` → 429 with Retry-After, and a client that keeps going during the cooldown gets 403
 * "flood protection" pages and a doubled cooldown. `trips()` says how often it fired, per host.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { isLoopbackHost } from '../hosts.ts';
import { createPrng } from '../prng.ts';
import type { PageContext, SimResponse } from '../response.ts';
import { type Answer, behaviourEntries, bigPlaylist, type LabLinks, m3u, streamRoute } from './channels.ts';
import { stalkerRoute } from './stalker.ts';
import { headers } from './streams.ts';
import { xtreamRoute } from './xtream.ts';

export interface LabOptions {
  port?: number;
  seed?: number;
  /** How long a "slow" channel holds the request before closing it. */
  hangMs?: number;
  burst?: { max: number; windowMs: number; cooldownMs: number };
}

interface LabRequest {
  at: number;
  host: string;
  path: string;
  status: number | 'hang';
  userAgent: string;
}

export interface CheckLab {
  port: number;
  origin(host: string): string;
  /** The behaviour playlist's URL and text. */
  playlistUrl: string;
  playlist(): string;
  /** Requests seen, per host label, oldest first (capped). */
  requests(): readonly LabRequest[];
  trips(): Readonly<Record<string, number>>;
  reset(): void;
  close(): Promise<void>;
}

/** The rule a default check must never trip: 8 requests in 2 s to one host. */
export const DEFAULT_BURST = { max: 8, windowMs: 2000, cooldownMs: 30_000 };
const LOG_LIMIT = 20_000;
const MAX_HUNG = 64;

interface Guard {
  times: number[];
  blockedUntil: number;
  cooldownMs: number;
}

function floodPage(ctx: PageContext, status: 403 | 429, retryAfterSeconds: number): SimResponse {
  const body =
    status === 429
      ? 'Too Many Requests: flood protection, slow down.\n'
      : 'Access denied: flood protection (repeated bursts).\n';
  return {
    status,
    headers: headers('text/plain; charset=utf-8', ctx.now, { 'retry-after': String(retryAfterSeconds) }),
    body,
  };
}

export async function startCheckLab(options: LabOptions = {}): Promise<CheckLab> {
  const prng = createPrng(options.seed ?? 7);
  const burst = options.burst ?? DEFAULT_BURST;
  const guards = new Map<string, Guard>();
  const trips: Record<string, number> = {};
  let log: LabRequest[] = [];
  const hung = new Set<Socket>();
  let port = 0;
  const links: LabLinks = { origin: (host) => `http://${host}.lab.localhost:${port}` };

  const guard = (label: string, now: number): SimResponse | null => {
    let state = guards.get(label);
    if (!state) {
      state = { times: [], blockedUntil: 0, cooldownMs: burst.cooldownMs };
      guards.set(label, state);
    }
    const ctx = { now } as PageContext;
    if (now < state.blockedUntil) {
      // Pushing on during the cooldown is what escalates: a longer ban, and a harder answer.
      state.cooldownMs *= 2;
      state.blockedUntil = now + state.cooldownMs;
      return floodPage(ctx, 403, Math.ceil(state.cooldownMs / 1000));
    }
    state.times = state.times.filter((time) => now - time < burst.windowMs);
    state.times.push(now);
    if (state.times.length > burst.max) {
      trips[label] = (trips[label] ?? 0) + 1;
      state.blockedUntil = now + state.cooldownMs;
      state.times = [];
      return floodPage(ctx, 429, Math.ceil(state.cooldownMs / 1000));
    }
    return null;
  };

  const route = (label: string, url: URL, req: IncomingMessage, ctx: PageContext): Answer | null => {
    const userAgent = String(req.headers['user-agent'] ?? '');
    const referer = String(req.headers.referer ?? '');
    if (label === 'tv' && url.pathname === '/playlist.m3u') {
      return {
        status: 200,
        headers: headers('audio/x-mpegurl', ctx.now),
        body: m3u(behaviourEntries(links, ctx.now)),
      };
    }
    if (label === 'tv' && url.pathname === '/big.m3u') {
      const channels = Math.min(Number(url.searchParams.get('channels')) || 1000, 20_000);
      const hosts = Math.min(Number(url.searchParams.get('hosts')) || 20, 99);
      const kind = url.searchParams.get('kind') === 'hls' ? 'hls' : 'ts';
      return {
        status: 200,
        headers: headers('audio/x-mpegurl', ctx.now),
        body: bigPlaylist(links, channels, hosts, kind),
      };
    }
    if (label === 'xtream') return xtreamRoute(url, ctx, links);
    if (label === 'stalker') {
      return stalkerRoute(
        url,
        { cookie: String(req.headers.cookie ?? ''), authorization: String(req.headers.authorization ?? '') },
        ctx,
        links,
      );
    }
    return streamRoute(url, { userAgent, referer }, ctx, links);
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const now = Date.now();
    const hostHeader = String(req.headers.host ?? '');
    const url = new URL(req.url ?? '/', `http://${hostHeader || '127.0.0.1'}`);
    const label = /^([a-z0-9-]+)\.lab\.localhost$/.exec(url.hostname)?.[1] ?? '';
    const entry: LabRequest = {
      at: now,
      host: label,
      path: url.pathname,
      status: 0,
      userAgent: String(req.headers['user-agent'] ?? ''),
    };
    log.push(entry);
    if (log.length > LOG_LIMIT) log = log.slice(-LOG_LIMIT / 2);
    const ctx: PageContext = {
      prng,
      now,
      site: url.hostname,
      url: url.href,
      clientIp: (req.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, ''),
      country: 'FR',
      cloudflareColo: 'CDG',
      cloudFrontPop: 'CDG50-P1',
      acceptsHtml: String(req.headers.accept ?? '').includes('text/html'),
    };
    const send = (response: SimResponse) => {
      entry.status = response.status;
      const body =
        typeof response.body === 'string' ? Buffer.from(response.body, 'utf8') : Buffer.from(response.body);
      res.writeHead(response.status, {
        ...response.headers,
        'access-control-allow-origin': '*',
        'content-length': String(body.byteLength),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (!label) {
      send({ status: 421, headers: headers('text/plain', now), body: 'Misdirected Request\n' });
      return;
    }
    const refused = guard(label, now);
    if (refused) {
      send(refused);
      return;
    }
    const answer = route(label, url, req, ctx);
    if (!answer) {
      send({
        status: 404,
        headers: headers('text/html', now),
        body: '<html><body><center><h1>404 Not Found</h1></center><hr><center>nginx</center></body></html>\n',
      });
      return;
    }
    if ('hang' in answer) {
      entry.status = 'hang';
      const socket = req.socket;
      if (hung.size >= MAX_HUNG) {
        socket.destroy();
        return;
      }
      hung.add(socket);
      const timer = setTimeout(() => socket.destroy(), options.hangMs ?? 15_000);
      socket.once('close', () => {
        clearTimeout(timer);
        hung.delete(socket);
      });
      return;
    }
    send(answer);
  };

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`lab error: ${String(error)}\n`);
    }
  });
  const host = '127.0.0.1';
  if (!isLoopbackHost(host)) throw new Error('the check lab only binds to loopback');
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    origin: links.origin,
    playlistUrl: `${links.origin('tv')}/playlist.m3u`,
    playlist: () => m3u(behaviourEntries(links, Date.now())),
    requests: () => log,
    trips: () => ({ ...trips }),
    reset: () => {
      guards.clear();
      for (const key of Object.keys(trips)) delete trips[key];
      log = [];
    },
    close: async () => {
      for (const socket of hung) socket.destroy();
      hung.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
