/**
 * A text pack: every display text of ONE language as plain strings — the UI messages (Chrome's
 * messages.json, without the translators' descriptions) and the knowledge tables' titles, meanings and
 * advice. The popup and the options page show one language at a time, so they load one pack
 * (popup/text/i18n-context.tsx) instead of bundling the bilingual tables; build.mjs evaluates the pack modules
 * (popup/text/packs/<lang>.ts) at build time, so a page downloads finished strings of its language only.
 *
 * Rows point at the shared advice by id, as the tables do (a proof's line appears in dozens of rows); a
 * row's own advice is inline. Don'ts stay split into the rule and its reason, which the popup shows apart.
 */

import type { ChromeMessage, MessageTable } from '../i18n.ts';
import {
  type AdviceRef,
  adviceLine,
  DONTS,
  type DontId,
  type DontRef,
  PROOFS,
  type ProofId,
  STEPS,
  type StepId,
} from '../knowledge/guide/advice.ts';
import {
  LAYER_TEXTS,
  OTHER_SITUATION_TEXT,
  SCOPE_NAMES,
  SITUATION_TEXTS,
} from '../knowledge/layers/words.ts';
import {
  layerSentence,
  likelyScopeSentence,
  OTHER_SITUATION_NAME,
  scopeSentence,
  situationName,
} from '../knowledge/layers/words-verdict.ts';
import { STATUS_FACTS, type StatusRowKey } from '../knowledge/status/facts.ts';
import { STATUS_TEXTS } from '../knowledge/status/words.ts';
import { genericTransportFacts, type TransportId, transportFactsRows } from '../knowledge/transport/names.ts';
import { TRANSPORT_TEXTS } from '../knowledge/transport/words.ts';
import {
  LAYERS,
  type Lang,
  type Layer,
  type Localized,
  SCOPES,
  type Scope,
  type Situation,
} from '../types.ts';
import type { VerdictWords } from '../verdict/wording.ts';
import { verdictWords } from '../verdict/words.ts';
import { FRENCH_EVIDENCE } from './evidence.ts';
import type { EvidenceRows } from './evidence-match.ts';
import { typeset } from './typography.ts';

export interface DontWords {
  what: string;
  /** Why not: a rule without its reason is easy to ignore. Absent for a table's own one-line don't. */
  why?: string;
}

/** A shared next step by id (its line is in `TextPack.steps`), or a row's own step. */
export type StepRefWords = ProofId | StepId | { text: string };
/** A shared don't by id (in `TextPack.donts`), or a row's own one-line don't. */
export type DontRefWords = DontId | { what: string };

export interface AdviceWords {
  next: StepRefWords[];
  dont: DontRefWords[];
}

/** What a status or a transport error means. */
export interface MeaningWords extends AdviceWords {
  title: string;
  meaning: string;
}

export interface FramingWords extends AdviceWords {
  name: string;
  sentence: string;
}

interface ProofWords {
  title: string;
  change: string;
  why: string;
  read: string;
}

export interface TextPack {
  lang: Lang;
  messages: MessageTable;
  layers: Record<Layer, FramingWords>;
  /** `likely`: the same side said as a likelihood, for a verdict no comparison proved. */
  scopes: Record<Scope, { name: string; sentence: string; likely: string }>;
  situations: Record<Situation, FramingWords>;
  /** For a situation another version stored: points to the proofs. */
  otherSituation: FramingWords;
  statuses: Record<StatusRowKey, MeaningWords>;
  transports: Record<TransportId, MeaningWords>;
  /** One line per shared next step: a proof ("Title: what to change") or a common step. */
  steps: Record<ProofId | StepId, string>;
  donts: Record<DontId, DontWords>;
  proofs: Record<ProofId, ProofWords>;
  /** How to word the engine's English evidence lines in this language; null when they stay as written. */
  evidence: EvidenceRows | null;
  /** The current verdict's words (src/verdict/words.ts), read by src/verdict/wording.ts `wordVerdict`. */
  verdict: VerdictWords;
}

function recordOf<K extends PropertyKey, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, V>;
}

const SITUATIONS = Object.keys(SITUATION_TEXTS) as Situation[];
const STATUS_KEYS = Object.keys(STATUS_FACTS).map((key) =>
  /^\d+$/.test(key) ? Number(key) : key,
) as StatusRowKey[];
const TRANSPORT_IDS: TransportId[] = [...transportFactsRows(), genericTransportFacts()].map(
  (facts) => facts.id,
);

/** Only what `formatMessage` reads: the message (typeset for its language) and each placeholder's content. */
function runtimeMessages(table: MessageTable, lang: Lang): MessageTable {
  return Object.fromEntries(
    Object.entries(table).map(([key, entry]): [string, ChromeMessage] => {
      const placeholders = entry.placeholders
        ? Object.fromEntries(
            Object.entries(entry.placeholders).map(([name, p]) => [name, { content: p.content }]),
          )
        : undefined;
      const message = typeset(lang, entry.message);
      return [key, placeholders ? { message, placeholders } : { message }];
    }),
  );
}

/** Builds the pack of one language from the bilingual tables and that language's messages.json. */
export function textPack(lang: Lang, messages: MessageTable): TextPack {
  const pick = (text: Localized): string => text[lang];
  const advice = (next: readonly AdviceRef[], dont: readonly DontRef[]): AdviceWords => ({
    next: next.map((ref) => (typeof ref === 'string' ? ref : { text: pick(ref) })),
    dont: dont.map((ref) => (typeof ref === 'string' ? ref : { what: pick(ref) })),
  });
  const meaning = (text: {
    title: Localized;
    meaning: Localized;
    next: readonly AdviceRef[];
    dont: readonly DontRef[];
  }) => ({
    title: pick(text.title),
    meaning: pick(text.meaning),
    ...advice(text.next, text.dont),
  });
  return {
    lang,
    messages: runtimeMessages(messages, lang),
    layers: recordOf(LAYERS, (layer) => {
      const text = LAYER_TEXTS[layer];
      return { name: pick(text.name), sentence: pick(layerSentence(layer)), ...advice(text.next, text.dont) };
    }),
    scopes: recordOf(SCOPES, (scope) => ({
      name: pick(SCOPE_NAMES[scope]),
      sentence: pick(scopeSentence(scope)),
      likely: pick(likelyScopeSentence(scope)),
    })),
    situations: recordOf(SITUATIONS, (situation) => {
      const text = SITUATION_TEXTS[situation];
      return {
        name: pick(situationName(situation)),
        sentence: pick(text.sentence),
        ...advice(text.next, text.dont),
      };
    }),
    otherSituation: {
      name: pick(OTHER_SITUATION_NAME),
      sentence: pick(OTHER_SITUATION_TEXT.sentence),
      ...advice(OTHER_SITUATION_TEXT.next, OTHER_SITUATION_TEXT.dont),
    },
    statuses: recordOf(STATUS_KEYS, (key) => meaning(STATUS_TEXTS[key])),
    transports: recordOf(TRANSPORT_IDS, (id) => meaning(TRANSPORT_TEXTS[id])),
    steps: Object.fromEntries(
      [...PROOFS.map((row) => row.id), ...(Object.keys(STEPS) as StepId[])].map((id) => [
        id,
        pick(adviceLine(id)),
      ]),
    ) as Record<ProofId | StepId, string>,
    donts: Object.fromEntries(
      DONTS.map((row) => [row.id, { what: pick(row.text), why: pick(row.why) }]),
    ) as Record<DontId, DontWords>,
    proofs: Object.fromEntries(
      PROOFS.map((row) => [
        row.id,
        { title: pick(row.title), change: pick(row.change), why: pick(row.why), read: pick(row.read) },
      ]),
    ) as Record<ProofId, ProofWords>,
    // The engine writes evidence in English; only the other languages need a wording table.
    evidence: lang === 'fr' ? { rows: [...FRENCH_EVIDENCE.rows], terms: FRENCH_EVIDENCE.terms } : null,
    verdict: verdictWords(lang),
  };
}
