/**
 * A Node client for the simulator that behaves like a browser with `MAP *.iptv.test 127.0.0.1`: it dials
 * loopback on the URL's port and sends the URL's host in the Host header. `walkPlayer` follows the player's
 * path (login, line-up, guide, stream redirect, playlist, first segment), recording every exchange.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { DEMO_PASSWORD, DEMO_USER } from './panel.ts';
import type { Endpoint } from './scenarios.ts';

export interface SimExchange {
  url: string;
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Node's error code when no answer came (ECONNRESET, ECONNREFUSED, EPROTO, TIMEOUT…). */
  error?: string;
}

export function simRequest(
  url: string,
  options: { method?: string; timeoutMs?: number } = {},
): Promise<SimExchange> {
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  const request = secure ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const done = (exchange: Omit<SimExchange, 'url'>) => resolve({ url, ...exchange });
    const req = request(
      {
        host: '127.0.0.1',
        port: Number(target.port) || (secure ? 443 : 80),
        method: options.method ?? 'GET',
        path: `${target.pathname}${target.search}`,
        headers: { host: target.host, accept: '*/*', connection: 'close' },
        servername: secure ? target.hostname : undefined,
        rejectUnauthorized: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', (error: NodeJS.ErrnoException) =>
          done({ status: 0, headers: {}, body: Buffer.alloc(0), error: error.code ?? error.message }),
        );
      },
    );
    req.setTimeout(options.timeoutMs ?? 5_000, () => {
      req.destroy();
      done({ status: 0, headers: {}, body: Buffer.alloc(0), error: 'TIMEOUT' });
    });
    req.on('error', (error: NodeJS.ErrnoException) =>
      done({ status: 0, headers: {}, body: Buffer.alloc(0), error: error.code ?? error.message }),
    );
    req.end();
  });
}

export interface WalkStep extends SimExchange {
  endpoint: Endpoint;
}

/** Walks the player's path for one channel; stops where the service stops answering usefully. */
export async function walkPlayer(
  origins: { panel: string; epg: string },
  streamId: number,
  timeoutMs = 5_000,
): Promise<WalkStep[]> {
  const steps: WalkStep[] = [];
  const step = async (endpoint: Endpoint, url: string): Promise<WalkStep> => {
    const result = { endpoint, ...(await simRequest(url, { timeoutMs })) };
    steps.push(result);
    return result;
  };
  const credentials = `username=${DEMO_USER}&password=${DEMO_PASSWORD}`;
  await step('login', `${origins.panel}/player_api.php?${credentials}`);
  await step('catalog', `${origins.panel}/player_api.php?${credentials}&action=get_live_streams`);
  await step('guide', `${origins.epg}/xmltv.php?${credentials}`);
  const live = await step(
    'live-playlist',
    `${origins.panel}/live/${DEMO_USER}/${DEMO_PASSWORD}/${streamId}.m3u8`,
  );
  const location = live.headers.location;
  if (live.status !== 302 || !location) return steps;
  const playlist = await step('hls-playlist', location);
  if (playlist.status !== 200) return steps;
  const firstSegment = playlist.body
    .toString('utf8')
    .split('\n')
    .find((line) => line.length > 0 && !line.startsWith('#'));
  if (firstSegment) await step('hls-segment', new URL(firstSegment, location).href);
  return steps;
}
