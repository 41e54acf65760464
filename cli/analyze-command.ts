import { edgeLabel } from '../src/knowledge/edges/pop-codes.ts';
import { layerInfo, scopeInfo } from '../src/knowledge/layers/meaning.ts';
import { redactUrl } from '../src/redact/index.ts';
import type { Analysis, ErrorClass, Lang } from '../src/types.ts';
import { evidenceIn } from '../src/wording/evidence.ts';
import { verdictSummary } from '../src/wording/summary.ts';
import { inert, type Style } from './style.ts';

/** The JSON contract support tools and our scoring read: keep its field names stable. */
export function analysisJson(analysis: Analysis, lang: Lang): string {
  const { verdict } = analysis;
  return JSON.stringify({
    verdict: {
      layer: verdict.layer,
      scope: verdict.scope,
      confidence: verdict.confidence,
      vendor: verdict.vendor,
      summary: verdictSummary(verdict, lang),
      probable: verdict.probable,
      situation: verdict.situation ?? null,
      evidence: verdict.evidence,
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

const LABELS = {
  en: {
    verdict: 'Verdict',
    layer: 'Layer',
    scope: 'Scope',
    confidence: 'Confidence',
    vendor: 'Answered by',
    edge: 'CDN edge',
    evidence: 'Evidence',
    findings: 'Failed requests',
    next: 'What to do',
    dont: 'What not to do',
    none: 'No failed request in these files.',
    totals: (t: Analysis['totals']) =>
      `${t.entries} requests read, ${t.failures} failed, ${t.successes} succeeded.`,
  },
  fr: {
    verdict: 'Verdict',
    layer: 'Couche',
    scope: 'Portée',
    confidence: 'Confiance',
    vendor: 'Réponse de',
    edge: 'Point de présence',
    evidence: 'Indices',
    findings: 'Requêtes en échec',
    next: 'Que faire',
    dont: 'À éviter',
    none: 'Aucune requête en échec dans ces fichiers.',
    totals: (t: Analysis['totals']) =>
      `${t.entries} requêtes lues, ${t.failures} en échec, ${t.successes} réussies.`,
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

export function analysisText(analysis: Analysis, lang: Lang, style: Style, maxFindings = 50): string {
  const words = LABELS[lang];
  // French sets a (thin) space before a colon.
  const colon = lang === 'fr' ? '\u00a0:' : ':';
  const { verdict } = analysis;
  const lines: string[] = [];
  lines.push(`${style.bold(`${words.verdict}${colon}`)} ${verdictSummary(verdict, lang)}`);
  lines.push(style.dim(words.totals(analysis.totals)));
  if (analysis.findings.length === 0) {
    lines.push(words.none);
    return lines.join('\n');
  }
  const info = layerInfo(verdict.layer);
  lines.push(
    `  ${words.layer}${colon} ${info.name[lang]} (${verdict.layer})   ${words.scope}${colon} ${scopeInfo(verdict.scope).name[lang]} (${verdict.scope})   ${words.confidence}${colon} ${Math.round(verdict.confidence * 100)} %${verdict.vendor ? `   ${words.vendor}${colon} ${verdict.vendor}` : ''}`,
  );
  // The evidence names the POP by its code; where it is comes from the POP table, looked up here.
  const edge = analysis.findings.find((finding) => finding.entry === verdict.rootEntry)?.edge;
  if (edge) lines.push(`  ${words.edge}${colon} ${inert(edgeLabel(edge))}`);
  lines.push(`  ${style.bold(`${words.evidence}${colon}`)}`);
  for (const line of verdict.evidence.slice(0, 12)) lines.push(`    - ${inert(evidenceIn(line, lang))}`);
  lines.push('', style.bold(`${words.findings} (${analysis.findings.length})${colon}`));
  for (const finding of analysis.findings.slice(0, maxFindings)) {
    const code = finding.status === 0 ? (finding.error ?? 'ERR') : String(finding.status);
    const colour = style[CLASS_COLOUR[finding.errorClass]];
    lines.push(
      `  #${finding.entry}  ${colour(code)}  ${finding.role}  ${finding.layer}${finding.vendor ? `  ${finding.vendor}` : ''}  ${Math.round(finding.confidence * 100)} %  ${inert(redactUrl(finding.url), 120)}`,
    );
    for (const line of finding.evidence.slice(0, 4))
      lines.push(style.dim(`      ${inert(evidenceIn(line, lang))}`));
  }
  if (analysis.findings.length > maxFindings)
    lines.push(style.dim(`  … ${analysis.findings.length - maxFindings} more`));
  lines.push('', style.bold(`${words.next}${colon}`));
  for (const step of info.nextSteps) lines.push(`  • ${step[lang]}`);
  lines.push(style.bold(`${words.dont}${colon}`));
  for (const dont of info.dont) lines.push(`  ✗ ${dont[lang]}`);
  return lines.join('\n');
}
