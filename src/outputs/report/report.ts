/**
 * The support report, written for the agent who reads it: three summary lines first (what was refused, by
 * whom, the reference id, when in local and UTC time; what the tests proved; what is asked of the
 * provider), then the details (the verdict in the popup's own words, context, codes, tests, evidence) and a
 * blank "Account:" line for the viewer to fill. The verdict is the current verdict (src/verdict/current.ts):
 * the worker's for an export, rebuilt the same way from a HAR for `iptv-lens report`. Redacted URLs only;
 * no IP of the user; the network is the label the person gave, never the browser's speed guess.
 */

import { edgePlace } from '../../knowledge/edges/pop-codes.ts';
import { vendorName } from '../../knowledge/vendors/identify.ts';
import type { ProofResult, ProofSession } from '../../proofs/types.ts';
import { collectSecrets, redactText, redactUrl } from '../../redact/index.ts';
import type { Analysis, CapturedRecord, Exchange, Finding, Lang, ReportEnvironment } from '../../types.ts';
import type { CurrentVerdict } from '../../verdict/current.ts';
import { currentVerdict } from '../../verdict/current.ts';
import { proofsOfExchanges } from '../../verdict/from-exchanges.ts';
import { fill, referenceText, verdictCode, wordVerdict } from '../../verdict/wording.ts';
import { verdictWords } from '../../verdict/words.ts';
import { evidenceIn } from '../../wording/evidence.ts';
import { labelled } from '../../wording/typography.ts';
import { askOf, browserOf, formatLocalAndUtc, reportWords as words } from './words.ts';

export { SIDE_NAMES } from './words.ts';

export interface ReportInput {
  analysis: Analysis;
  proof: ProofSession | null;
  environment: ReportEnvironment;
  records?: readonly CapturedRecord[];
  exchanges?: readonly Exchange[];
  /** The worker's current verdict (an export); computed here from the rest when absent (a HAR). */
  verdict?: CurrentVerdict;
}

export type ReportFormat = 'text' | 'markdown';

function uniq<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

function locationOf(findings: readonly Finding[]): string | undefined {
  const edges = uniq(
    findings
      .map((finding) => finding.edge)
      .filter((edge) => edge !== undefined)
      .map((edge) => Object.values(edgePlace(edge)).join(', ') || edge.pop),
  );
  return edges.length > 0 ? edges.join(' / ') : undefined;
}

/** The labels the person gave (Wi-Fi box, 4G…), never `connection`/`effectiveType`: those say "fast", not which network. */
function networksOf(findings: readonly Finding[], proof: ProofSession | null): string[] {
  const seen = findings.flatMap((finding) => (finding.context?.network ? [finding.context.network] : []));
  for (const result of proof?.results ?? []) if (result.context.network) seen.push(result.context.network);
  return uniq(seen);
}

/** "works (4G)", "same refusal (Wi-Fi box, VPN on)": the outcome, then what the step ran on. */
function proofLine(result: ProofResult, lang: Lang): string {
  const outcome = result.outcome ? words.outcomes[result.outcome][lang] : words.outcomes.pending[lang];
  const on = [result.label !== result.step ? result.label : undefined];
  if (result.context.vpn !== undefined) on.push((result.context.vpn ? words.vpnOn : words.vpnOff)[lang]);
  if (result.byHand) on.push(words.toldByHand[lang]);
  const shown = on.filter(Boolean);
  return shown.length > 0 ? `${outcome} (${shown.join(', ')})` : outcome;
}

/** The input's verdict and tests: given (an export), else rebuilt from the exchanges (a HAR). */
function readingOf(input: ReportInput): { verdict: CurrentVerdict; proof: ProofSession | null } {
  const exchanges = input.exchanges ?? input.records?.map((record) => record.exchange) ?? [];
  const proof = input.proof ?? proofsOfExchanges(input.analysis, exchanges);
  const verdict =
    input.verdict ??
    currentVerdict({ analysis: input.analysis, proof, exchanges, now: input.environment.generatedAt });
  return { verdict, proof };
}

/** The three lines an agent reads first. */
function summaryLines(verdict: CurrentVerdict, input: ReportInput, lang: Lang): string[] {
  const vw = verdictWords(lang);
  const text = wordVerdict(verdict, vw, lang, input.environment.timeZone);
  if (verdict.source === 'none') return [words.nothing[lang]];
  const root = input.analysis.findings.find((finding) => finding.entry === verdict.rootEntry);
  const what = root ? (words.roles[root.role as keyof typeof words.roles]?.[lang] ?? root.role) : '';
  const host = root ? redactUrl(root.url).split('/')[2] : undefined;
  const who =
    verdict.errorClass === 'network'
      ? words.noAnswer[lang]
      : verdict.vendorName
        ? `${words.by[lang]} ${verdict.vendorName}`
        : words.byService[lang];
  const reference = referenceText(verdict, vw);
  const when = verdict.at ? formatLocalAndUtc(verdict.at, input.environment.timeZone, lang) : undefined;
  const status = verdict.status ?? 0;
  const carried =
    status >= 200 && status < 400 ? ` ${fill(words.carried[lang], verdict.account?.status ?? '—')}` : '';
  const first = [
    `${status > 0 ? status : verdictCode(verdict)}${carried} ${what}${host ? ` (${host})` : ''}`,
    who,
    reference ?? words.noReference[lang],
    when,
  ].filter(Boolean);
  const tests = text.tests
    ? `${text.tests} → ${text.headline}`
    : `${words.noTestsYet[lang]} ${text.headline}`;
  return [
    `${labelled(lang, words.summaryRefused[lang])} ${first.join(' — ')}`,
    `${labelled(lang, words.summaryTests[lang])} ${tests}`,
    `${labelled(lang, words.summaryAsk[lang])} ${askOf(verdict, lang)}`,
  ];
}

export function supportReport(input: ReportInput, lang: Lang, format: ReportFormat): string {
  const { analysis, environment } = input;
  const { verdict, proof } = readingOf(input);
  const { findings } = analysis;
  const md = format === 'markdown';
  const heading = (text: string) => (md ? `### ${text}` : `${text.toUpperCase()}`);
  const item = (label: string, value: string) =>
    md ? `- **${labelled(lang, label)}** ${value}` : `- ${labelled(lang, label)} ${value}`;
  const tz = environment.timeZone;
  const text = wordVerdict(verdict, verdictWords(lang), lang, tz);
  const lines: string[] = [md ? `## ${words.title[lang]}` : words.title[lang], ''];

  for (const line of summaryLines(verdict, input, lang)) lines.push(md ? `**${line}**  ` : line);
  lines.push('');

  lines.push(heading(words.verdict[lang]));
  lines.push(text.headline);
  if (text.where) lines.push(text.where);
  lines.push(item(words.doNow[lang], text.doNow));
  if (text.nextTest) lines.push(text.nextTest);
  lines.push(item(words.confidence[lang], `${Math.round(verdict.confidence * 100)} %`));
  lines.push('');

  lines.push(heading(words.context[lang]));
  lines.push(item(words.account[lang], ''));
  const device = environment.device ?? findings.find((finding) => finding.context?.device)?.context?.device;
  lines.push(item(words.device[lang], device ?? words.unknownDevice[lang]));
  lines.push(item(words.browser[lang], browserOf(environment)));
  const networks = networksOf(findings, proof);
  lines.push(
    item(words.network[lang], networks.length > 0 ? networks.join(', ') : words.unknownNetwork[lang]),
  );
  const location = locationOf(findings);
  lines.push(item(words.location[lang], location ? `${location} ${words.locationNote[lang]}` : '—'));
  const times = findings.map((finding) => finding.startedAt).filter((ms) => ms > 0);
  if (times.length > 0) {
    // A loop, not a spread: 150,000 failures would overflow the call stack as arguments.
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const time of times) {
      first = Math.min(first, time);
      last = Math.max(last, time);
    }
    lines.push(item(words.firstFailure[lang], formatLocalAndUtc(first, tz, lang)));
    lines.push(item(words.lastFailure[lang], formatLocalAndUtc(last, tz, lang)));
  }
  lines.push(item(words.reportTime[lang], formatLocalAndUtc(environment.generatedAt, tz, lang)));
  lines.push('');

  lines.push(heading(words.whatHappens[lang]));
  if (findings.length === 0) lines.push(words.nothing[lang]);
  else {
    const roles = uniq(findings.map((finding) => finding.role));
    lines.push(
      item(
        words.when[lang],
        roles.map((role) => words.roles[role as keyof typeof words.roles]?.[lang] ?? role).join(', '),
      ),
    );
    const codes = new Map<string, number>();
    for (const finding of findings) {
      const code = finding.status === 0 ? (finding.error ?? 'ERR') : String(finding.status);
      codes.set(code, (codes.get(code) ?? 0) + 1);
    }
    lines.push(item(words.codes[lang], [...codes].map(([code, count]) => `${code} ×${count}`).join(', ')));
    const endpoints = uniq(
      findings.map((finding) => `${finding.status || finding.error} ${redactUrl(finding.url)}`),
    );
    for (const endpoint of endpoints.slice(0, 8)) lines.push(md ? `  - \`${endpoint}\`` : `    ${endpoint}`);
    if (endpoints.length > 8) lines.push(`    … +${endpoints.length - 8}`);
    const vendors = uniq(findings.map((finding) => finding.vendor).filter((vendor) => vendor !== null));
    if (vendors.length > 0) lines.push(item(words.vendor[lang], vendors.map(vendorName).join(', ')));
    const codesSeen = uniq(findings.map((finding) => finding.vendorErrorCode).filter(Boolean));
    if (codesSeen.length > 0) lines.push(item(words.vendorCodes[lang], codesSeen.join(', ')));
  }
  lines.push('');

  lines.push(heading(words.proofs[lang]));
  const results = proof?.results ?? [];
  if (results.length === 0) lines.push(words.noProofs[lang]);
  for (const result of results) {
    lines.push(item(words.steps[result.step]?.[lang] ?? result.step, proofLine(result, lang)));
  }
  lines.push('');

  lines.push(heading(words.evidence[lang]));
  for (const line of verdict.evidence.slice(0, 8).map((evidence) => evidenceIn(evidence, lang))) {
    lines.push(md ? `  - ${line}` : `    · ${line}`);
  }
  lines.push('', words.footer[lang]);
  // Evidence strings quote headers and bodies: scrub the whole text with every secret the inputs hold.
  const sources = input.exchanges ?? input.records?.map((record) => record.exchange) ?? [];
  const report = lines.join('\n');
  return sources.length > 0 ? redactText(report, collectSecrets(sources)) : report;
}
