/**
 * The support message the guide asks for (device, network, location, exact times, what fails, the proofs,
 * the verdict), filled from captured records instead of memory. Redacted URLs only; no IP of the user.
 */

import { hostOfUrl } from '../../http/host-patterns.ts';
import { edgePlace } from '../../knowledge/edges/pop-codes.ts';
import { situationName } from '../../knowledge/layers/words-verdict.ts';
import { vendorName } from '../../knowledge/vendors/identify.ts';
import { decide } from '../../proofs/decide.ts';
import type { ProofResult, ProofSession } from '../../proofs/types.ts';
import { type ProofSide, proofsFromExchanges, proofVerdict } from '../../proofs/verdict.ts';
import { collectSecrets, redactText, redactUrl } from '../../redact/index.ts';
import { isDateTime, isoTime } from '../../time.ts';
import type {
  Analysis,
  CapturedRecord,
  Exchange,
  Finding,
  Lang,
  Localized,
  ReportEnvironment,
} from '../../types.ts';
import { evidenceIn } from '../../wording/evidence.ts';
import { localized as L } from '../../wording/localized.ts';
import { verdictSummary } from '../../wording/summary.ts';
import { reportWords as words } from './words.ts';

export interface ReportInput {
  analysis: Analysis;
  proof: ProofSession | null;
  environment: ReportEnvironment;
  records?: readonly CapturedRecord[];
  exchanges?: readonly Exchange[];
}

export type ReportFormat = 'text' | 'markdown';

/** Times as the user's clock shows them, with the zone, so support can match their own logs. */
function formatTime(ms: number, timeZone: string | undefined, lang: Lang): string {
  if (!isDateTime(ms) || ms <= 0) return '—';
  try {
    const text = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
      dateStyle: 'short',
      timeStyle: 'medium',
      timeZone,
      timeZoneName: 'shortOffset',
    }).format(ms);
    return timeZone ? `${text} (${timeZone})` : text;
  } catch {
    return isoTime(ms);
  }
}

function uniq<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

function whenItFails(findings: readonly Finding[], lang: Lang): string {
  const roles = uniq(findings.map((finding) => finding.role));
  const parts = roles.map((role) => words.roles[role as keyof typeof words.roles]?.[lang] ?? role);
  return parts.join(', ');
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

function networksOf(findings: readonly Finding[], proof: ProofSession | null): string[] {
  const seen = findings.flatMap((finding) => {
    const context = finding.context;
    if (!context) return [];
    const label = [context.network, context.connection ?? context.effectiveType].filter(Boolean).join(' — ');
    return label ? [label] : [];
  });
  for (const result of proof?.results ?? []) if (result.context.network) seen.push(result.context.network);
  return uniq(seen);
}

/**
 * The sides' names as the UI shows them (`_locales` side_*; test/unit/background/proofs/proof-worker.test.ts keeps the two
 * equal), here so the worker and the CLI do not carry the UI's whole message tables for six names.
 */
export const SIDE_NAMES: Readonly<Record<ProofSide, Localized>> = {
  network: { en: 'Network side', fr: 'Côté réseau' },
  account: { en: 'Account or service side', fr: 'Côté compte ou service' },
  device: { en: 'This device', fr: 'Cet appareil' },
  channel: { en: 'One channel only', fr: 'Une seule chaîne' },
  'anti-abuse': { en: 'Temporary anti-abuse block', fr: 'Blocage anti-abus temporaire' },
  unknown: { en: 'Not settled yet', fr: 'Pas encore établi' },
};

/** The report's words for the proofs. */
const proofReportWords = {
  conclusion: L('What the tests show', 'Ce que montrent les tests'),
  probably: L('probably', 'probablement'),
  nextProof: L('Next test that would settle it', 'Prochain test qui trancherait'),
  vpnOn: L('VPN on', 'VPN activé'),
  vpnOff: L('VPN off', 'VPN coupé'),
};

/**
 * The session the report speaks for: the one given, else the one the exchanges' `_context.proofStep`
 * labels tell (a HAR exported after a guided session), checked against the engine's root refusal.
 */
function proofsOf(input: ReportInput): ProofSession | null {
  if (input.proof) return input.proof;
  const exchanges = input.exchanges ?? input.records?.map((record) => record.exchange) ?? [];
  const { verdict, findings } = input.analysis;
  const root = findings.find((finding) => finding.entry === verdict.rootEntry);
  const baseline = root && { status: root.status, url: root.url, role: root.role, host: hostOfUrl(root.url) };
  return proofsFromExchanges(exchanges, baseline);
}

/** "works (4G)", "same refusal (Wi-Fi box, VPN on)": the outcome, then what the step ran on. */
function proofLine(result: ProofResult, lang: Lang): string {
  const outcome = result.outcome ? words.outcomes[result.outcome][lang] : words.outcomes.pending[lang];
  const on = [result.label !== result.step ? result.label : undefined];
  if (result.context.vpn !== undefined)
    on.push((result.context.vpn ? proofReportWords.vpnOn : proofReportWords.vpnOff)[lang]);
  const shown = on.filter(Boolean);
  return shown.length > 0 ? `${outcome} (${shown.join(', ')})` : outcome;
}

/** The proofs' conclusion, read with the engine's situation as the extension shows it: label, value. */
function proofConclusion(session: ProofSession, analysis: Analysis, lang: Lang): [string, string][] {
  const verdict = proofVerdict(decide(session), analysis.verdict);
  const side = SIDE_NAMES[verdict.side][lang];
  const probably = verdict.strength === 'probable' ? ` (${proofReportWords.probably[lang]})` : '';
  const situation = verdict.situation ? ` — ${situationName(verdict.situation)[lang]}` : '';
  const lines: [string, string][] = [[proofReportWords.conclusion[lang], `${side}${probably}${situation}`]];
  if (verdict.nextStep && verdict.strength !== 'proven') {
    const next = words.steps[verdict.nextStep]?.[lang] ?? verdict.nextStep;
    lines.push([proofReportWords.nextProof[lang], next]);
  }
  return lines;
}

export function supportReport(input: ReportInput, lang: Lang, format: ReportFormat): string {
  const { analysis, environment } = input;
  const proof = proofsOf(input);
  const { verdict, findings } = analysis;
  const md = format === 'markdown';
  const heading = (text: string) => (md ? `### ${text}` : `${text.toUpperCase()}`);
  // French sets a no-break space before a colon (as the CLI does); the report is pasted to French support.
  const colon = lang === 'fr' ? '\u00a0:' : ':';
  const item = (label: string, value: string) =>
    md ? `- **${label}${colon}** ${value}` : `- ${label}${colon} ${value}`;
  const tz = environment.timeZone;
  const lines: string[] = [md ? `## ${words.title[lang]}` : words.title[lang], ''];

  lines.push(heading(words.context[lang]));
  const device = environment.device ?? findings.find((finding) => finding.context?.device)?.context?.device;
  lines.push(item(words.device[lang], device ?? words.unknownDevice[lang]));
  lines.push(item(words.browser[lang], environment.browser ?? environment.userAgent ?? '—'));
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
    lines.push(item(words.firstFailure[lang], formatTime(first, tz, lang)));
    lines.push(item(words.lastFailure[lang], formatTime(last, tz, lang)));
  }
  lines.push(item(words.reportTime[lang], formatTime(environment.generatedAt, tz, lang)));
  lines.push('');

  lines.push(heading(words.whatHappens[lang]));
  if (findings.length === 0) lines.push(words.nothing[lang]);
  else {
    lines.push(item(words.when[lang], whenItFails(findings, lang)));
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
  if (proof && results.some((result) => result.outcome && result.outcome !== 'skipped')) {
    for (const [label, value] of proofConclusion(proof, analysis, lang)) lines.push(item(label, value));
  }
  lines.push('');

  lines.push(heading(words.verdict[lang]));
  lines.push(verdictSummary(verdict, lang));
  if (verdict.situation) lines.push(situationName(verdict.situation)[lang]);
  lines.push(item(words.confidence[lang], `${Math.round(verdict.confidence * 100)} %`));
  for (const line of verdict.evidence.slice(0, 8).map((text) => evidenceIn(text, lang))) {
    lines.push(md ? `  - ${line}` : `    · ${line}`);
  }
  lines.push('', words.footer[lang]);
  // Evidence strings quote headers and bodies: scrub the whole text with every secret the inputs hold.
  const sources = input.exchanges ?? input.records?.map((record) => record.exchange) ?? [];
  const text = lines.join('\n');
  return sources.length > 0 ? redactText(text, collectSecrets(sources)) : text;
}
