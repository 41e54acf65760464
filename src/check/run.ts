/**
 * The check from start to end, one implementation for the CLI and the extension: read the input (a
 * playlist, an Xtream account, a Stalker portal or one stream), sample it, test each channel politely and
 * report. Channels are grouped into one lane per host, each lane taking its channels one by one, so every
 * host is asked in turn and none twice at once; the pacer adds the per-host pause and the global limit.
 */
import { withoutTrailingSlashes } from '../http/trailing-slashes.ts';
import { redactUrl } from '../redact/index.ts';
import { HostWatch } from './abuse.ts';
import { type ChannelContext, checkChannel, type LinkResult } from './channel.ts';
import { documentKind, utf8 } from './media-bytes.ts';
import { type Clock, Pacer, REAL_CLOCK } from './pacing.ts';
import { PlaylistError, parseIptvPlaylist } from './playlist.ts';
import { hostOf, Requester, type Sent } from './requester.ts';
import { sampleByGroup } from './sample.ts';
import { loadStalker, normalizeMac, portalEndpoint } from './stalker.ts';
import type {
  AccountFacts,
  ChannelResult,
  ChannelSpec,
  CheckOptions,
  CheckReport,
  PausedHost,
  ProgressEvent,
  Step,
  Transport,
} from './types.ts';
import { accountsInPlaylist, loadXtream, loginOnly, xtreamFromUrl } from './xtream.ts';

export type CheckInput =
  /** Playlist text already read (a file, stdin, a pasted list). */
  | { kind: 'playlist'; text: string; baseUrl?: string }
  /** A URL: a playlist, or one stream; an Xtream get.php/player_api.php link is read as the account. */
  | { kind: 'url'; url: string }
  | { kind: 'xtream'; server: string; username: string; password: string }
  | { kind: 'stalker'; portal: string; mac: string };

export class CheckInputError extends Error {
  override name = 'CheckInputError';
}

export const DEFAULT_CHECK_OPTIONS: CheckOptions = {
  concurrency: 4,
  perHostDelayMs: 500,
  timeoutMs: 10_000,
  sample: 0,
  maxRetryAfterMs: 30_000,
  variants: true,
};

export interface CheckHooks {
  onProgress?: (event: ProgressEvent) => void;
  clock?: Clock;
  /** Secrets of the input (password, MAC, token) as they are learnt, for the outputs to scrub. */
  onSecret?: (secret: string) => void;
  /**
   * Called with the channels' hosts once they are known and before any is asked; the check waits for it
   * (the extension asks the person for access to those hosts here).
   */
  beforeChannels?: (hosts: string[]) => Promise<void>;
}

/** The user agent most channels of a playlist ask for. */
function commonUserAgent(channels: readonly ChannelSpec[]): string | undefined {
  const counts = new Map<string, number>();
  for (const channel of channels) {
    const agent = Object.entries(channel.headers).find(([name]) => name.toLowerCase() === 'user-agent')?.[1];
    if (agent) counts.set(agent, (counts.get(agent) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

interface Prepared {
  channels: ChannelSpec[];
  account: AccountFacts | null;
  accountExchanges: ChannelContext['accountExchanges'];
  /** Channels served under the account (default: all of them). */
  underAccount?: (spec: ChannelSpec) => boolean;
  createLink?: (spec: ChannelSpec) => Promise<LinkResult>;
  steps: Step[];
  /** A URL given alone that is a stream: its first answer, reused. */
  single?: { spec: ChannelSpec; first: Sent };
}

async function prepare(
  input: CheckInput,
  requester: Requester,
  headers: Record<string, string>,
  hooks: CheckHooks,
  now: () => number,
): Promise<Prepared> {
  const secret = (value: string | undefined) => value && hooks.onSecret?.(value);
  switch (input.kind) {
    case 'xtream': {
      secret(input.username);
      secret(input.password);
      const load = await loadXtream(
        requester,
        { server: withoutTrailingSlashes(input.server), username: input.username, password: input.password },
        headers,
        now,
      );
      return {
        channels: load.channels,
        account: load.facts,
        accountExchanges: load.loginExchanges,
        steps: load.steps,
      };
    }
    case 'stalker': {
      const mac = normalizeMac(input.mac);
      if (!mac)
        throw new CheckInputError(
          `"${input.mac.slice(0, 40)}" is not a MAC address (expected 00:1A:79:12:34:56)`,
        );
      const endpoint = portalEndpoint(input.portal);
      if (!endpoint) throw new CheckInputError('the portal address is not an http(s) URL');
      secret(mac);
      const load = await loadStalker(requester, endpoint, mac, now);
      secret(load.token);
      return {
        channels: load.channels,
        account: load.facts,
        accountExchanges: load.loginExchanges,
        createLink: load.createLink,
        steps: load.steps,
      };
    }
    case 'url': {
      const account = xtreamFromUrl(input.url);
      if (account) return prepare({ kind: 'xtream', ...account }, requester, headers, hooks, now);
      const first = await requester.get(input.url, headers, 4 * 1024 * 1024);
      const text =
        first && first.response.status >= 200 && first.response.status < 300
          ? utf8(first.response.bytes)
          : '';
      if (first && documentKind(text) === 'm3u') {
        return prepare(
          { kind: 'playlist', text, baseUrl: first.response.url },
          requester,
          headers,
          hooks,
          now,
        ).then((prepared) => ({
          ...prepared,
          steps: [
            {
              kind: 'link',
              exchanges: first.exchanges.map((exchange) => ({ ...exchange, body: undefined })),
              finding: first.finding,
            },
            ...prepared.steps,
          ],
        }));
      }
      // The name is printed: the URL's credentials must not be.
      const spec: ChannelSpec = { name: redactUrl(input.url), group: '', url: input.url, headers: {} };
      return {
        channels: [spec],
        account: null,
        accountExchanges: [],
        steps: [],
        ...(first ? { single: { spec, first } } : {}),
      };
    }
    case 'playlist': {
      let parsed: ReturnType<typeof parseIptvPlaylist>;
      try {
        parsed = parseIptvPlaylist(input.text, input.baseUrl);
      } catch (error) {
        if (error instanceof PlaylistError) throw new CheckInputError(error.message);
        throw error;
      }
      if (parsed.channels.length === 0) throw new CheckInputError('the playlist lists no http(s) channel');
      // Xtream stream paths name their account: one login says whether the account is the one refusing.
      const accounts = accountsInPlaylist(parsed.channels.map((channel) => channel.url));
      let account: AccountFacts | null = null;
      let accountExchanges: ChannelContext['accountExchanges'] = [];
      const steps: Step[] = [];
      for (const found of accounts) {
        secret(found.username);
        secret(found.password);
      }
      const first = accounts[0];
      if (first) {
        const login = await loginOnly(requester, first, headers, now);
        account = login.facts;
        accountExchanges = login.exchanges;
        for (const step of login.steps) steps.push(step);
      }
      const underAccount = (spec: ChannelSpec) =>
        first !== undefined &&
        accountsInPlaylist([spec.url]).some(
          (found) => found.server === first.server && found.username === first.username,
        );
      return { channels: parsed.channels, account, accountExchanges, steps, underAccount };
    }
  }
}

export async function runCheck(
  input: CheckInput,
  transport: Transport,
  options: Partial<CheckOptions> = {},
  hooks: CheckHooks = {},
): Promise<CheckReport & { panelSteps: Step[] }> {
  const settings: CheckOptions = { ...DEFAULT_CHECK_OPTIONS, ...options };
  const clock = hooks.clock ?? REAL_CLOCK;
  const startedAt = clock.now();
  const paused: PausedHost[] = [];
  const pacer = new Pacer(
    { concurrency: settings.concurrency, perHostDelayMs: settings.perHostDelayMs },
    clock,
  );
  const requester = new Requester(
    transport,
    pacer,
    new HostWatch(settings.maxRetryAfterMs),
    clock,
    settings.timeoutMs,
    (host) => {
      paused.push(host);
      hooks.onProgress?.({ kind: 'paused', host });
    },
  );
  const baseHeaders: Record<string, string> = {};
  if (settings.userAgent) baseHeaders['User-Agent'] = settings.userAgent;

  const prepared = await prepare(input, requester, baseHeaders, hooks, () => clock.now());
  if (prepared.account) {
    hooks.onProgress?.({ kind: 'account', account: prepared.account });
    const reply = prepared.account.reply;
    if (prepared.account.loginFailed || (reply && reply.layer !== 'none' && reply.layer !== undefined))
      requester.accountRefuses();
  }
  const chosen = settings.sample > 0 ? sampleByGroup(prepared.channels, settings.sample) : prepared.channels;
  const hosts = [...new Set(chosen.map((channel) => hostOf(channel.url)).filter(Boolean))];
  hooks.onProgress?.({ kind: 'hosts', hosts });
  await hooks.beforeChannels?.(hosts);
  hooks.onProgress?.({ kind: 'total', total: chosen.length });

  const context: ChannelContext = {
    requester,
    baseHeaders,
    cannotSend: transport.cannotSend ?? new Set(),
    accountExchanges: prepared.accountExchanges,
    underAccount: prepared.underAccount ?? (() => true),
    variants: settings.variants,
  };
  const playlistUserAgent = commonUserAgent(prepared.channels);
  if (playlistUserAgent) context.playlistUserAgent = playlistUserAgent;
  if (prepared.createLink) context.createLink = prepared.createLink;

  const results: ChannelResult[] = new Array(chosen.length);
  let done = 0;
  const finish = (index: number, result: ChannelResult) => {
    results[index] = result;
    done++;
    hooks.onProgress?.({ kind: 'channel', done, total: chosen.length, result });
  };
  if (prepared.single && chosen.length === 1) {
    finish(0, await checkSingle(context, prepared.single.spec, prepared.single.first));
  } else {
    // One lane per host (the host of the channel's own URL; a Stalker portal is one host for all).
    const lanes = new Map<string, number[]>();
    chosen.forEach((channel, index) => {
      const host = hostOf(channel.url);
      const lane = lanes.get(host) ?? [];
      lane.push(index);
      lanes.set(host, lane);
    });
    // Lanes start spread over one per-host pause, so the hosts' turns fall one after the other instead of
    // all at once on the global limit (it costs at most one pause, it saves a queue on every round).
    const all = [...lanes.values()];
    const step = all.length > 1 ? settings.perHostDelayMs / all.length : 0;
    await Promise.all(
      all.map(async (indexes, lane) => {
        if (step > 0 && lane > 0) await clock.sleep(lane * step);
        for (const index of indexes) finish(index, await checkChannel(context, chosen[index] as ChannelSpec));
      }),
    );
  }
  return {
    channels: results,
    account: prepared.account,
    requests: requester.requests,
    paused,
    total: prepared.channels.length,
    startedAt,
    endedAt: clock.now(),
    panelSteps: prepared.steps,
  };
}

/** One URL given alone: its first answer is already here, the walk starts from it. */
async function checkSingle(context: ChannelContext, spec: ChannelSpec, first: Sent): Promise<ChannelResult> {
  return checkChannel({ ...context, prefetched: first }, spec);
}
