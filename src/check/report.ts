/**
 * What the check writes, every piece redacted: the `--json` contract, the HAR of its own traffic (read back
 * by `iptv-lens analyze` and `report`), and the playlist of the channels that work. The account, tokens and
 * MACs are scrubbed from all of them: the input's secrets, plus every secret the redaction rules find in
 * any request (a token seen in one URL leaves every string it appears in).
 */
import { type HarItem, toHar } from '../outputs/har/write.ts';
import { collectSecrets, redactExchange, redactText, redactUrl } from '../redact/index.ts';
import type { Exchange, Lang } from '../types.ts';
import { entryAttributes } from './playlist.ts';
import type { AccountFacts, ChannelResult, CheckReport, Step } from './types.ts';
import { accountLines, detailText, variantWords } from './words.ts';

export interface Scrubber {
  url(url: string): string;
  text(text: string): string;
  secrets: ReadonlySet<string>;
}

function stepExchanges(steps: readonly Step[]): Exchange[] {
  return steps.flatMap((step) => step.exchanges);
}

/** A scrubber over a set of secrets (the set may still grow: it is read at each call). */
export function scrubberOf(secrets: ReadonlySet<string>): Scrubber {
  return {
    url: (url) => redactUrl(url, secrets),
    text: (text) => redactText(text, secrets),
    secrets,
  };
}

const bareExchange = (url: string): Exchange => ({
  url,
  method: 'GET',
  status: 0,
  startedAt: 0,
  requestHeaders: [],
  responseHeaders: [],
});

/** What the redaction rules find in one channel's traffic and in its own URL (never requested when paused). */
export function secretsOfChannel(channel: ChannelResult): ReadonlySet<string> {
  return collectSecrets([bareExchange(channel.spec.url), ...stepExchanges(channel.steps)]);
}

/** Every secret of the check: the input's own, and whatever the redaction rules find in its traffic. */
export function scrubberFor(
  report: CheckReport & { panelSteps: readonly Step[] },
  inputSecrets: Iterable<string>,
): Scrubber {
  const secrets = new Set<string>([...inputSecrets].filter((secret) => secret.length >= 3));
  for (const secret of collectSecrets(stepExchanges(report.panelSteps))) secrets.add(secret);
  for (const channel of report.channels) for (const secret of secretsOfChannel(channel)) secrets.add(secret);
  return scrubberOf(secrets);
}

export interface CheckSummary {
  channels: number;
  works: number;
  refused: number;
  failed: number;
  requests: number;
}

export function summaryOf(report: CheckReport): CheckSummary {
  const count = (outcome: ChannelResult['outcome']) =>
    report.channels.filter((channel) => channel.outcome === outcome).length;
  return {
    channels: report.channels.length,
    works: count('works'),
    refused: count('refused'),
    failed: count('failed'),
    requests: report.requests,
  };
}

function accountJson(account: AccountFacts, lang: Lang, streamsRefused: boolean, scrub: Scrubber): object {
  return {
    panel: account.panel,
    login: account.loginFailed ? 'refused' : 'ok',
    status: account.status ?? null,
    expires: account.expiresAt !== undefined ? new Date(account.expiresAt).toISOString() : null,
    activeConnections: account.activeConnections ?? null,
    maxConnections: account.maxConnections ?? null,
    epg: account.epg ?? null,
    layer: account.loginFailed?.layer ?? account.reply?.layer ?? 'none',
    evidence: (account.loginFailed?.evidence ?? account.reply?.evidence ?? []).map(scrub.text),
    summary: accountLines(account, lang, streamsRefused).map(scrub.text),
  };
}

/** The `--json` contract of `iptv-lens check` (issue #14): keep its field names stable. */
export function checkJson(report: CheckReport, lang: Lang, scrub: Scrubber): string {
  const summary = summaryOf(report);
  const streamsRefused = summary.refused + summary.failed > 0;
  return JSON.stringify({
    summary,
    account: report.account ? accountJson(report.account, lang, streamsRefused, scrub) : null,
    channels: report.channels.map((channel) => ({
      name: scrub.text(channel.name),
      group: scrub.text(channel.group),
      url: scrub.url(channel.spec.url),
      outcome: channel.outcome,
      status: channel.status,
      layer: channel.layer,
      vendor: channel.vendor,
      evidence: channel.evidence.map(scrub.text),
      fixedBy: channel.fixedBy,
      detail: scrub.text(detailText(channel.detail, 'en')),
    })),
  });
}

const STEP_COMMENT: Record<Step['kind'], string> = {
  link: 'panel or portal call',
  master: 'HLS master playlist',
  'media-playlist': 'HLS media playlist',
  segment: 'first segment',
  manifest: 'DASH manifest',
  init: 'DASH init segment',
  stream: 'stream',
};

/** The check's own traffic as HAR 1.2, redacted; each variant retry says what it changed. */
export function checkHar(
  report: CheckReport & { panelSteps: readonly Step[] },
  scrub: Scrubber,
  creator: { name: string; version: string },
): unknown {
  const items: HarItem[] = [];
  const add = (step: Step, channel?: ChannelResult) => {
    step.exchanges.forEach((exchange, index) => {
      const last = index === step.exchanges.length - 1;
      const parts = [`iptv-lens check: ${STEP_COMMENT[step.kind]}`];
      if (channel) parts.push(`channel "${channel.name}"`);
      if (step.variant) parts.push(`retry with ${variantWords(step.variant, 'en')}`);
      const item: HarItem = {
        exchange: redactExchange(exchange, scrub.secrets),
        comment: scrub.text(parts.join(', ')),
      };
      if (last && step.finding)
        item.finding = {
          ...step.finding,
          url: scrub.url(step.finding.url),
          evidence: step.finding.evidence.map(scrub.text),
        };
      items.push(item);
    });
  };
  for (const step of report.panelSteps) add(step);
  for (const channel of report.channels) for (const step of channel.steps) add(step, channel);
  items.sort((a, b) => a.exchange.startedAt - b.exchange.startedAt);
  return toHar(items, creator, {
    page: { title: 'iptv-lens check' },
    comment: 'redacted by IPTV Access Lens',
  });
}

function attribute(name: string, value: string): string {
  return ` ${name}="${value.replace(/"/g, "'")}"`;
}

/**
 * The channels that work (or work with the header the check found), as an M3U a player can load. Written
 * redacted like everything else: an account's password never lands in a file we write, so Xtream links
 * carry the redaction markers where the account was, to be put back by the person who owns it.
 */
export function workingM3u(report: CheckReport, scrub: Scrubber): string {
  const lines = ['#EXTM3U'];
  for (const channel of report.channels) {
    // A Stalker channel has no fixed address: its link is made on demand by the portal.
    if ((channel.outcome !== 'works' && !channel.fixedBy) || channel.spec.stalkerCmd) continue;
    const attributes = { ...entryAttributes(channel.spec) };
    if (channel.spec.tvgId) attributes['tvg-id'] = channel.spec.tvgId;
    if (channel.group) attributes['group-title'] = channel.group;
    const written = Object.entries(attributes)
      .map(([name, value]) => attribute(name, scrub.text(value)))
      .join('');
    lines.push(`#EXTINF:-1${written},${scrub.text(channel.name).replace(/[\r\n]/g, ' ')}`);
    const headers: Record<string, string> = { ...channel.spec.headers };
    const fix = channel.trials.find((trial) => trial.worked);
    if (fix?.header === 'user-agent') headers['User-Agent'] = fix.value;
    if (fix?.header === 'referer') {
      if (fix.value) headers.Referer = fix.value;
      else delete headers.Referer;
    }
    for (const [name, value] of Object.entries(headers)) {
      const clean = scrub.text(value).replace(/[\r\n]/g, ' ');
      if (name === 'User-Agent') lines.push(`#EXTVLCOPT:http-user-agent=${clean}`);
      else if (name === 'Referer') lines.push(`#EXTVLCOPT:http-referrer=${clean}`);
    }
    const others = Object.fromEntries(
      Object.entries(headers).filter(
        ([name]) => name !== 'User-Agent' && name !== 'Referer' && name.toLowerCase() !== 'cookie',
      ),
    );
    if (Object.keys(others).length > 0) lines.push(`#EXTHTTP:${scrub.text(JSON.stringify(others))}`);
    lines.push(scrub.url(channel.spec.url));
  }
  return `${lines.join('\n')}\n`;
}
