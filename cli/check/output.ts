/**
 * `iptv-lens check` in words: one line per channel (pipes and logs), the summary table (a terminal), the
 * account's facts and the hosts the check left alone. Every string from the network goes through `inert`
 * (a page may put terminal escapes in a header) and every URL and sentence through the scrubber.
 */
import type { Scrubber } from '../../src/check/report.ts';
import { summaryOf } from '../../src/check/report.ts';
import type { ChannelResult, CheckReport } from '../../src/check/types.ts';
import {
  accountLines,
  detailText,
  fixText,
  OUTCOME_WORDS,
  pausedText,
  variantWords,
} from '../../src/check/words.ts';
import type { Lang } from '../../src/types.ts';
import { inert, type Style } from '../style.ts';

const WORDS = {
  en: {
    summary: 'Summary',
    outcome: 'By outcome',
    layer: 'By layer (who said no)',
    host: 'By host',
    account: 'Account',
    paused: 'Left alone',
    requests: (n: number, channels: number) =>
      `${n} requests for ${channels} channel${channels === 1 ? '' : 's'} (${channels ? (n / channels).toFixed(2) : '0'} per channel).`,
    sampled: (shown: number, total: number) => `Sample: ${shown} of ${total} channels.`,
    unsent: 'not sendable from here',
    fixed: 'fix',
    counted: { works: 'work', refused: 'refused', failed: 'failed' },
  },
  fr: {
    summary: 'Résumé',
    outcome: 'Par résultat',
    layer: 'Par couche (qui a dit non)',
    host: 'Par serveur',
    account: 'Compte',
    paused: 'Laissés tranquilles',
    requests: (n: number, channels: number) =>
      `${n} requêtes pour ${channels} chaîne${channels > 1 ? 's' : ''} (${channels ? (n / channels).toFixed(2).replace('.', ',') : '0'} par chaîne).`,
    sampled: (shown: number, total: number) => `Échantillon : ${shown} chaînes sur ${total}.`,
    unsent: "impossible à envoyer d'ici",
    fixed: 'correctif',
    counted: { works: 'fonctionnent', refused: 'refusées', failed: 'en échec' },
  },
} as const;

function colourOf(channel: ChannelResult, style: Style): (text: string) => string {
  if (channel.outcome === 'works') return style.green;
  if (channel.fixedBy) return style.yellow;
  return channel.outcome === 'refused' ? style.red : style.magenta;
}

/** One line per channel: outcome, status, layer, vendor, name, what happened (and the fix, if found). */
export function channelLine(channel: ChannelResult, lang: Lang, style: Style, scrub: Scrubber): string {
  const outcome = OUTCOME_WORDS[channel.outcome][lang].padEnd(11);
  const status = String(channel.status).padStart(3);
  const layer = channel.layer.padEnd(10);
  const vendor = (channel.vendor ?? '-').padEnd(11);
  const parts = [scrub.text(detailText(channel.detail, lang))];
  const fix = channel.trials.find((trial) => trial.worked);
  if (fix) parts.push(`${WORDS[lang].fixed}: ${fixText(fix, lang)} → ${channel.fixedBy}`);
  if (channel.unsent.length > 0)
    parts.push(`${WORDS[lang].unsent}: ${channel.unsent.map((id) => variantWords(id, lang)).join(', ')}`);
  const name = inert(scrub.text(channel.name), 48);
  return `${colourOf(channel, style)(outcome)} ${status} ${layer} ${vendor} ${style.bold(name)} — ${inert(parts.join('; '), 240)}`;
}

function countBy(
  channels: readonly ChannelResult[],
  key: (channel: ChannelResult) => string,
): [string, number][] {
  const counts = new Map<string, number>();
  for (const channel of channels) counts.set(key(channel), (counts.get(key(channel)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function table(title: string, rows: [string, number][], style: Style): string[] {
  if (rows.length === 0) return [];
  const width = rows.reduce((widest, [label]) => Math.max(widest, label.length), 8);
  return [
    style.bold(title),
    ...rows.map(([label, count]) => `  ${inert(label, 60).padEnd(width)}  ${String(count).padStart(5)}`),
  ];
}

/** The end of a run: tables on a terminal, the account's facts, the hosts paused, the request count. */
export function summaryText(
  report: CheckReport,
  lang: Lang,
  style: Style,
  scrub: Scrubber,
  withTables: boolean,
): string {
  const words = WORDS[lang];
  const summary = summaryOf(report);
  const lines: string[] = [''];
  if (withTables) {
    lines.push(style.bold(`${words.summary}`));
    for (const line of table(
      words.outcome,
      countBy(report.channels, (channel) => OUTCOME_WORDS[channel.outcome][lang]),
      style,
    ))
      lines.push(line);
    for (const line of table(
      words.layer,
      countBy(
        report.channels.filter((channel) => channel.outcome !== 'works'),
        (channel) => channel.layer + (channel.vendor ? ` (${channel.vendor})` : ''),
      ),
      style,
    ))
      lines.push(line);
    for (const line of table(
      words.host,
      countBy(report.channels, (channel) => `${channel.host}  ${OUTCOME_WORDS[channel.outcome][lang]}`),
      style,
    ))
      lines.push(line);
  } else {
    const colon = lang === 'fr' ? ' :' : ':';
    lines.push(
      `${words.summary}${colon} ${(['works', 'refused', 'failed'] as const).map((outcome) => `${summary[outcome]} ${words.counted[outcome]}`).join(', ')}`,
    );
  }
  if (report.account) {
    lines.push(style.bold(words.account));
    for (const line of accountLines(report.account, lang, summary.refused + summary.failed > 0))
      lines.push(`  ${inert(scrub.text(line), 240)}`);
  }
  if (report.paused.length > 0) {
    lines.push(style.bold(words.paused));
    for (const paused of report.paused) lines.push(`  ${inert(pausedText(paused, lang), 240)}`);
  }
  if (report.total > report.channels.length) lines.push(words.sampled(report.channels.length, report.total));
  lines.push(style.dim(words.requests(report.requests, report.channels.length)));
  return lines.join('\n');
}
