/**
 * Display knowledge for the UI: which texts go with what the worker decided. The texts come from the loaded
 * text pack (popup/text/i18n-context.tsx), never from the bilingual tables, so the page ships one language; the
 * small fact tables (which status row, which transport row) are shared with the engine. The lookups never
 * throw (unknown values get a generic row). The UI never diagnoses; it only looks texts up.
 *
 * Every `Localized` returned here reads the packs when it is shown, not when it is built, so a memoised
 * answer follows a language switch.
 */
import type { DontId, ProofId } from '../../src/knowledge/guide/advice.ts';
import type { LayerInfo, ScopeInfo, SituationInfo } from '../../src/knowledge/layers/meaning.ts';
import { statusRowKey } from '../../src/knowledge/status/facts.ts';
import { transportFacts } from '../../src/knowledge/transport/facts.ts';
import {
  type Analysis,
  type Finding,
  LAYERS,
  type Layer,
  type Localized,
  SCOPES,
  type Scope,
  type Situation,
} from '../../src/types.ts';
import { type EvidenceRows, evidenceWorder } from '../../src/wording/evidence-match.ts';
import type {
  AdviceWords,
  DontRefWords,
  DontWords,
  FramingWords,
  MeaningWords,
  StepRefWords,
  TextPack,
} from '../../src/wording/pack.ts';
import { textPackFor } from './i18n-context.tsx';

/** Lists have the same length in every pack (test/unit/wording/text-packs.test.ts): any loaded pack counts them. */
const countingPack = (): TextPack | undefined => textPackFor('en');

/** A text of the packs, read at display time in the language asked for. */
function packText(read: (pack: TextPack) => string | undefined): Localized {
  const textIn = (lang: keyof Localized): string => {
    const pack = textPackFor(lang);
    return (pack && read(pack)) ?? '';
  };
  return {
    get en() {
      return textIn('en');
    },
    get fr() {
      return textIn('fr');
    },
  };
}

function packList<T>(
  list: (pack: TextPack) => readonly T[] | undefined,
  text: (pack: TextPack, item: T) => string | undefined,
): Localized[] {
  const counted = countingPack();
  const length = (counted && list(counted)?.length) ?? 0;
  return Array.from({ length }, (_, index) =>
    packText((pack) => {
      const item = list(pack)?.[index];
      return item === undefined ? undefined : text(pack, item);
    }),
  );
}

const stepLine = (pack: TextPack, ref: StepRefWords): string | undefined =>
  typeof ref === 'string' ? pack.steps[ref] : ref.text;

const dontWords = (pack: TextPack, ref: DontRefWords): DontWords | undefined =>
  typeof ref === 'string' ? pack.donts[ref] : ref;

/** The one-line form of a don't, rule then reason, as the tables give it. */
function dontLine(pack: TextPack, ref: DontRefWords): string | undefined {
  const dont = dontWords(pack, ref);
  return dont && (dont.why ? `${dont.what} ${dont.why}` : dont.what);
}

function adviceTexts(words: (pack: TextPack) => AdviceWords | undefined) {
  return {
    nextSteps: packList((pack) => words(pack)?.next, stepLine),
    dont: packList((pack) => words(pack)?.dont, dontLine),
  };
}

/** Name, sentence and advice of a layer or a situation. */
function framingTexts(words: (pack: TextPack) => FramingWords | undefined) {
  return {
    name: packText((pack) => words(pack)?.name),
    sentence: packText((pack) => words(pack)?.sentence),
    ...adviceTexts(words),
  };
}

/** Never throws: a layer unknown at run time (old stored data) reads as "no refusal". */
const knownLayer = (layer: Layer): Layer => (LAYERS.includes(layer) ? layer : 'none');

export function layerText(layer: Layer): LayerInfo {
  const known = knownLayer(layer);
  return { layer: known, ...framingTexts((pack) => pack.layers[known]) };
}

export function scopeInfo(scope: Scope): ScopeInfo {
  const known = SCOPES.includes(scope) ? scope : 'unknown';
  return {
    scope: known,
    name: packText((pack) => pack.scopes[known]?.name),
    sentence: packText((pack) => pack.scopes[known]?.sentence),
    likely: packText((pack) => pack.scopes[known]?.likely),
  };
}

/** Never throws: an unknown value gets a neutral row that points to the proofs. */
export function situationInfo(situation: Situation): SituationInfo {
  return {
    situation,
    ...framingTexts((pack) =>
      Object.hasOwn(pack.situations, situation) ? pack.situations[situation] : pack.otherSituation,
    ),
  };
}

export interface MeaningText {
  title: Localized;
  meaning: Localized;
  nextSteps: Localized[];
  dont: Localized[];
}

/** The row of a failed exchange: the HTTP status when there was one, else the transport error. */
function meaningWords(
  finding: Pick<Finding, 'status' | 'error'>,
): (pack: TextPack) => MeaningWords | undefined {
  if (finding.status > 0) {
    const key = statusRowKey(finding.status);
    return (pack) => pack.statuses[key];
  }
  const id = transportFacts(finding.error ?? '').id;
  return (pack) => pack.transports[id];
}

/** What a failed exchange means: the HTTP status when there was one, else the transport error. */
export function meaningOf(finding: Pick<Finding, 'status' | 'error'>): MeaningText {
  const words = meaningWords(finding);
  return {
    title: packText((pack) => words(pack)?.title),
    meaning: packText((pack) => words(pack)?.meaning),
    ...adviceTexts(words),
  };
}

/** One of the guide's five proofs: what to change, why, and how to read the result. */
export function proofText(id: ProofId): {
  title: Localized;
  change: Localized;
  why: Localized;
  read: Localized;
} {
  return {
    title: packText((pack) => pack.proofs[id]?.title),
    change: packText((pack) => pack.proofs[id]?.change),
    why: packText((pack) => pack.proofs[id]?.why),
    read: packText((pack) => pack.proofs[id]?.read),
  };
}

/** One worder per pack's rows: compiled once, on the first evidence line shown. */
const worders = new WeakMap<EvidenceRows, (line: string) => string>();

/** An evidence line of the engine (English) as the loaded pack of `lang` words it; as written otherwise. */
export function evidenceText(line: string, lang: keyof Localized): string {
  const rows = textPackFor(lang)?.evidence;
  if (!rows) return line;
  let word = worders.get(rows);
  if (!word) {
    word = evidenceWorder(rows);
    worders.set(rows, word);
  }
  return word(line);
}

/** The finding the verdict rests on, else the first one. */
export function rootFinding(analysis: Analysis): Finding | undefined {
  const { rootEntry } = analysis.verdict;
  return analysis.findings.find((f) => f.entry === rootEntry) ?? analysis.findings[0];
}

export interface DontAdvice {
  what: Localized;
  why?: Localized;
}

export interface Advice {
  nextSteps: Localized[];
  donts: DontAdvice[];
}

/** A shared don't: the rule, and why not. */
export function dontText(id: DontId): Required<DontAdvice> {
  return {
    what: packText((pack) => pack.donts[id]?.what),
    why: packText((pack) => pack.donts[id]?.why),
  };
}

/** The guide's own three don'ts, for a verdict whose tables name none. */
export const GUIDE_DONTS: readonly DontId[] = ['reinstall-loop', 'random-codes', 'factory-reset'];

/** The popup shows a don't's rule in bold and its reason after it. */
function splitDonts(words: (pack: TextPack) => AdviceWords | undefined): DontAdvice[] {
  const counted = countingPack();
  const refs = (counted && words(counted)?.dont) ?? [];
  return refs.map((ref, index) => {
    const part = (read: (dont: DontWords) => string | undefined) =>
      packText((pack) => {
        const own = words(pack)?.dont[index];
        const dont = own === undefined ? undefined : dontWords(pack, own);
        return dont && read(dont);
      });
    return typeof ref === 'string'
      ? { what: part((dont) => dont.what), why: part((dont) => dont.why) }
      : { what: part((dont) => dont.what) };
  });
}

const hasItems = (list: readonly unknown[] | undefined): boolean => (list?.length ?? 0) > 0;

/** Next steps and don'ts of the verdict's layer (the guide's order), else those of the root code. */
export function adviceFor(layer: Layer, root: Finding | undefined): Advice {
  const known = knownLayer(layer);
  const byLayer = (pack: TextPack): AdviceWords | undefined => pack.layers[known];
  const byCode = root ? meaningWords(root) : () => undefined;
  const counted = countingPack();
  const steps = counted && hasItems(byLayer(counted)?.next) ? byLayer : byCode;
  const donts = splitDonts(counted && hasItems(byLayer(counted)?.dont) ? byLayer : byCode);
  return {
    nextSteps: packList((pack) => steps(pack)?.next, stepLine),
    donts: donts.length > 0 ? donts : GUIDE_DONTS.map(dontText),
  };
}
