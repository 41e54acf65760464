/**
 * `iptv-lens check (PLAYLIST | URL | - | --xtream URL --user U --pass P | --stalker URL --mac MAC)`: the
 * active, gentle check of a service from the network it fails on. The check itself is src/check/; this
 * reads the flags and the input, picks the transport (Node's http), shows progress and writes the outputs.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  checkHar,
  checkJson,
  scrubberFor,
  scrubberOf,
  secretsOfChannel,
  workingM3u,
} from '../../src/check/report.ts';
import { type CheckInput, CheckInputError, DEFAULT_CHECK_OPTIONS, runCheck } from '../../src/check/run.ts';
import type { CheckOptions, ProgressEvent } from '../../src/check/types.ts';
import type { Lang } from '../../src/types.ts';
import { readText, UsageError } from '../input.ts';
import { makeStyle } from '../style.ts';
import { createNodeTransport } from './node-transport.ts';
import { channelLine, summaryText } from './output.ts';
import { startProgress } from './progress.ts';

declare const __VERSION__: string;

const OPTIONS = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  sample: { type: 'string' },
  concurrency: { type: 'string' },
  'per-host-delay': { type: 'string' },
  timeout: { type: 'string' },
  'user-agent': { type: 'string' },
  har: { type: 'string' },
  'out-m3u': { type: 'string' },
  xtream: { type: 'string' },
  user: { type: 'string' },
  pass: { type: 'string' },
  stalker: { type: 'string' },
  mac: { type: 'string' },
  'no-color': { type: 'boolean' },
} as const;

function integer(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`--${name} takes a whole number from ${min} to ${max}, not "${value.slice(0, 20)}"`);
  }
  return Number(value);
}

function webUrl(value: string, flag: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${flag} needs an http(s) URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`${flag} needs an http(s) URL`);
  return url.href;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function inputOf(
  values: Record<string, string | boolean | undefined>,
  positionals: string[],
): Promise<CheckInput> {
  const given = [positionals.length > 0, values.xtream !== undefined, values.stalker !== undefined].filter(
    Boolean,
  ).length;
  if (given > 1 || positionals.length > 1)
    throw new UsageError('check takes one input: a playlist, a URL, --xtream or --stalker');
  if (values.xtream !== undefined) {
    const server = webUrl(String(values.xtream), '--xtream');
    if (!values.user || !values.pass) throw new UsageError('--xtream needs --user and --pass');
    return { kind: 'xtream', server, username: String(values.user), password: String(values.pass) };
  }
  if (values.user !== undefined || values.pass !== undefined)
    throw new UsageError('--user and --pass go with --xtream');
  if (values.stalker !== undefined) {
    const portal = webUrl(String(values.stalker), '--stalker');
    if (!values.mac) throw new UsageError('--stalker needs --mac');
    return { kind: 'stalker', portal, mac: String(values.mac) };
  }
  if (values.mac !== undefined) throw new UsageError('--mac goes with --stalker');
  const [target] = positionals;
  if (target === undefined || target === '-') {
    if (target === undefined && process.stdin.isTTY)
      throw new UsageError('check what? give a playlist file, a URL, --xtream or --stalker; see --help');
    const text = await readStdin();
    if (!text.trim()) {
      throw new UsageError(
        target === '-'
          ? 'the standard input is empty'
          : 'check what? nothing came on the standard input; give a playlist file, a URL, --xtream or --stalker',
      );
    }
    return { kind: 'playlist', text };
  }
  if (/^https?:\/\//i.test(target)) return { kind: 'url', url: webUrl(target, 'the URL') };
  return { kind: 'playlist', text: readText(target) };
}

function optionsOf(values: Record<string, string | boolean | undefined>): Partial<CheckOptions> {
  const options: Partial<CheckOptions> = {};
  const sample = integer('sample', values.sample as string | undefined, 1, 100_000);
  const concurrency = integer('concurrency', values.concurrency as string | undefined, 1, 64);
  const delay = integer('per-host-delay', values['per-host-delay'] as string | undefined, 0, 600_000);
  const timeout = integer('timeout', values.timeout as string | undefined, 100, 600_000);
  if (sample !== undefined) options.sample = sample;
  if (concurrency !== undefined) options.concurrency = concurrency;
  if (delay !== undefined) options.perHostDelayMs = delay;
  if (timeout !== undefined) options.timeoutMs = timeout;
  const agent = values['user-agent'];
  if (typeof agent === 'string') {
    if (!agent.trim() || /[\r\n]/.test(agent)) throw new UsageError('--user-agent needs a one-line value');
    options.userAgent = agent;
  } else options.userAgent = `iptv-lens/${__VERSION__}`;
  return options;
}

export async function checkCommand(
  argv: readonly string[],
  pickLang: (value: string | undefined) => Lang,
): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'bad arguments');
  }
  const { values, positionals } = parsed;
  const lang = pickLang(values.lang);
  const options = optionsOf(values);
  const input = await inputOf(values, positionals);
  const style = makeStyle(Boolean(process.stdout.isTTY) && !values['no-color'] && !process.env.NO_COLOR);
  const secrets = new Set<string>();
  if (input.kind === 'xtream') {
    secrets.add(input.username);
    secrets.add(input.password);
  }
  if (input.kind === 'stalker') secrets.add(input.mac);

  const terminal = Boolean(process.stderr.isTTY);
  const progress = terminal ? await startProgress(lang) : null;
  // Pipes and logs get one line per channel as soon as it is done; a terminal gets the bar, then the lines.
  const streaming = !values.json && !process.stdout.isTTY;
  const onProgress = (event: ProgressEvent) => {
    progress?.event(event);
    if (event.kind !== 'channel' || !streaming) return;
    for (const secret of secretsOfChannel(event.result)) secrets.add(secret);
    process.stdout.write(`${channelLine(event.result, lang, style, scrubberOf(secrets))}\n`);
  };
  let report: Awaited<ReturnType<typeof runCheck>>;
  try {
    report = await runCheck(
      input,
      createNodeTransport(),
      { ...DEFAULT_CHECK_OPTIONS, ...options },
      {
        onProgress,
        onSecret: (secret) => secrets.add(secret),
      },
    );
  } catch (error) {
    if (error instanceof CheckInputError) throw new UsageError(error.message);
    throw error;
  } finally {
    progress?.stop();
  }
  const scrub = scrubberFor(report, secrets);
  if (values.json) {
    process.stdout.write(`${checkJson(report, lang, scrub)}\n`);
  } else {
    const out: string[] = streaming
      ? []
      : report.channels.map((channel) => channelLine(channel, lang, style, scrub));
    out.push(summaryText(report, lang, style, scrub, !streaming));
    process.stdout.write(`${out.join('\n')}\n`);
  }
  if (values.har) {
    const har = checkHar(report, scrub, { name: 'IPTV Access Lens (iptv-lens check)', version: __VERSION__ });
    writeFileSync(values.har, `${JSON.stringify(har, null, 2)}\n`);
    process.stderr.write(`${lang === 'fr' ? 'HAR écrit' : 'wrote HAR'}: ${values.har}\n`);
  }
  if (values['out-m3u']) {
    writeFileSync(values['out-m3u'], workingM3u(report, scrub));
    process.stderr.write(`${lang === 'fr' ? 'playlist écrite' : 'wrote playlist'}: ${values['out-m3u']}\n`);
  }
  return 0;
}
