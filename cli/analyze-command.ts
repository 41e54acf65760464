import { pluralCategory } from '../src/i18n.ts';
import { edgeLabel } from '../src/knowledge/edges/pop-codes.ts';
import { layerInfo } from '../src/knowledge/layers/meaning.ts';
import { redactUrl } from '../src/redact/index.ts';
import type { Analysis, ErrorClass, Lang } from '../src/types.ts';
import type { CurrentVerdict } from '../src/verdict/current.ts';
import { ofVendor, referenceText, verdictCode, wordVerdict } from '../src/verdict/wording.ts';
import { verdictWords } from '../src/verdict/words.ts';
import { evidenceIn } from '../src/wording/evidence.ts';
import { labelled } from '../src/wording/typography.ts';
import { inert, type Style } from './style.ts';

/**
 * What `analyze` prints: the one verdict (src/verdict/current.ts, the same function the popup, the options
 * log and the reports use, so every reader says the same thing) worded by src/verdict/wording.ts, then the
 * engine's per-request evidence for whoever supports the viewer.
 */
interface AnalyzeReading {
  analysis: Analysis;
  verdict: CurrentVerdict;
}

/** The JSON contract support tools and our scoring read: keep its field names stable (new ones are added). */
export function analysisJson({ analysis, verdict }: AnalyzeReading, lang: Lang): string {
  const text = wordVerdict(verdict, verdictWords(lang), lang);
  return JSON.stringify({
    verdict: {
      layer: verdict.layer,
      scope: verdict.scope,
      confidence: verdict.confidence,
      vendor: verdict.vendor,
      summary: text.headline,
      probable: verdict.hedged,
      situation: verdict.situation ?? null,
      evidence: verdict.evidence,
      source: verdict.source,
      where: text.where,
      doNow: text.doNow,
      tests: text.tests,
      reference: verdict.reference ?? null,
    },
    findings: analysis.findings.map((finding) => ({
      entry: finding.entry,
      status: finding.status,
      error: finding.error ?? null,
      url: redactUrl(finding.url),
      layer: finding.layer,
      vendor: finding.vendor,
      role: finding.role,
      evidence: finding.evidence,
      confidence: finding.confidence,
    })),
    totals: analysis.totals,
  });
}

/** "86 %" with a no-break space in French, "86%" in English. */
const percent = (share: number, lang: Lang) => `${Math.round(share * 100)}${lang === 'fr' ? '\u00a0' : ''}%`;

const one = (count: number, lang: Lang) => pluralCategory(lang, count) === 'one';

const LABELS = {
  en: {
    verdict: 'Verdict',
    doNow: 'Do this now',
    tests: 'What the tests showed',
    reference: 'Reference to give the provider',
    sure: 'How sure',
    answeredBy: (name: string) => `Answered by ${name}`,
    edge: 'CDN edge',
    evidence: 'Clues',
    findings: 'Failed requests',
    next: 'What to do',
    dont: 'What not to do',
    none: 'No failed request in these files.',
    more: (n: number) => `… ${n} more`,
    totals: (t: Analysis['totals']) =>
      `${t.entries} ${one(t.entries, 'en') ? 'request' : 'requests'} read, ${t.failures} failed, ${t.successes} succeeded.`,
  },
  fr: {
    verdict: 'Verdict',
    doNow: 'À faire maintenant',
    tests: 'Ce que les tests ont montré',
    reference: 'Référence à donner au fournisseur',
    sure: 'Degré de certitude',
    answeredBy: (name: string) => `Réponse ${ofVendor(name, 'fr')}`,
    edge: 'Point de présence du CDN',
    evidence: 'Indices',
    findings: 'Requêtes en échec',
    next: 'Que faire',
    dont: 'À éviter',
    none: 'Aucune requête en échec dans ces fichiers.',
    more: (n: number) => `… et ${n} de plus`,
    totals: (t: Analysis['totals']) =>
      `${t.entries} ${one(t.entries, 'fr') ? 'requête lue' : 'requêtes lues'}, ${t.failures} en échec, ${t.successes} ${one(t.successes, 'fr') ? 'réussie' : 'réussies'}.`,
  },
} as const;

const CLASS_COLOUR: Record<ErrorClass, keyof Style> = {
  refusal: 'red',
  auth: 'yellow',
  limit: 'yellow',
  missing: 'dim',
  server: 'magenta',
  network: 'dim',
};

export function analysisText(
  { analysis, verdict }: AnalyzeReading,
  lang: Lang,
  style: Style,
  maxFindings = 50,
): string {
  const words = LABELS[lang];
  const label = (text: string) => labelled(lang, text);
  const vw = verdictWords(lang);
  const text = wordVerdict(verdict, vw, lang);
  const lines: string[] = [`${style.bold(label(words.verdict))} ${text.headline}`];
  if (verdict.source === 'none') {
    lines.push(style.dim(words.totals(analysis.totals)), words.none);
    return lines.join('\n');
  }
  lines.push(`${style.bold(label(words.doNow))} ${text.doNow}`);
  // The "where" line names itself ("Where: …").
  if (text.where) lines.push(`  ${text.where}`);
  if (text.tests) lines.push(`  ${label(words.tests)} ${inert(text.tests)}`);
  if (text.nextTest) lines.push(`  ${text.nextTest}`);
  const facts = [
    verdictCode(verdict),
    // Nobody answered a connection that failed: no vendor, as the popup and the report say it.
    verdict.vendorName && verdict.errorClass !== 'network' ? words.answeredBy(verdict.vendorName) : undefined,
    `${label(words.sure)} ${percent(verdict.confidence, lang)}`,
  ].filter(Boolean);
  lines.push(`  ${inert(facts.join(' · '))}`);
  const reference = referenceText(verdict, vw);
  if (reference) lines.push(`  ${label(words.reference)} ${inert(reference)}`);
  // The evidence names the POP by its code; where it is comes from the POP table, looked up here.
  const edge = analysis.findings.find((finding) => finding.entry === verdict.rootEntry)?.edge;
  if (edge) lines.push(`  ${label(words.edge)} ${inert(edgeLabel(edge))}`);
  lines.push(style.dim(words.totals(analysis.totals)));
  lines.push(`  ${style.bold(label(words.evidence))}`);
  for (const line of verdict.evidence.slice(0, 12)) lines.push(`    - ${inert(evidenceIn(line, lang))}`);
  lines.push('', style.bold(label(`${words.findings} (${analysis.findings.length})`)));
  for (const finding of analysis.findings.slice(0, maxFindings)) {
    const code = finding.status === 0 ? (finding.error ?? 'ERR') : String(finding.status);
    const colour = style[CLASS_COLOUR[finding.errorClass]];
    lines.push(
      `  #${finding.entry}  ${colour(code)}  ${finding.role}  ${finding.layer}${finding.vendor ? `  ${finding.vendor}` : ''}  ${percent(finding.confidence, lang)}  ${inert(redactUrl(finding.url), 120)}`,
    );
    for (const line of finding.evidence.slice(0, 4))
      lines.push(style.dim(`      ${inert(evidenceIn(line, lang))}`));
  }
  if (analysis.findings.length > maxFindings)
    lines.push(style.dim(`  ${words.more(analysis.findings.length - maxFindings)}`));
  const info = layerInfo(verdict.layer);
  lines.push('', style.bold(label(words.next)));
  for (const step of info.nextSteps) lines.push(`  • ${step[lang]}`);
  lines.push(style.bold(label(words.dont)));
  for (const dont of info.dont) lines.push(`  ✗ ${dont[lang]}`);
  return lines.join('\n');
}
