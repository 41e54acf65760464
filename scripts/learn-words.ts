/**
 * Learns the word table of src/diagnosis/word-lean.ts from the real corpus (test/fixtures/real): every capture whose
 * layer its label decides, among the layers an unmarked 4xx can lean to, read as the engine reads an answer
 * (answerWords). A multinomial logistic regression on the words' presence, full-batch gradient descent from zero,
 * in a fixed order: the same corpus gives the same table. `npm run learn-words` writes
 * src/knowledge/refusals/lean-table.ts; test/unit/diagnosis/word-lean.test.ts holds that the table was learned from
 * the corpus as it is (the inputs' fingerprint) and that learning again gives the same weights.
 *
 * Why a learned table and not more phrases: the phrase tables grew with every held-out batch, and the next batch's
 * first reading stayed where it was (src/diagnosis/word-lean.ts has the figures). Words generalise where sentences do
 * not; the learning keeps them tied to captures others published, each with its source in labels.json.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerWords } from '../src/diagnosis/word-lean.ts';
import { parseHar } from '../src/outputs/har/read.ts';
import type { Layer } from '../src/types.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The layers an unmarked 4xx can lean to: the service's own rule ('app') and what its words may show instead. */
export const LAYERS: readonly Layer[] = ['auth', 'account', 'app', 'waf', 'rate-limit', 'geo'];

/** A word must appear in this many captures to be learned: one service's idiom is not a layer's vocabulary. */
const MIN_CAPTURES = 3;
/** L2 weight: small, so the table fits the corpus it was learned from (its floor only rises). */
const L2 = 0.0003;
const STEPS = 1500;
const RATE = 0.5;

interface Example {
  file: string;
  layer: number;
  words: string[];
}

/** The corpus's captures as the model reads them, in file order. */
export function corpusExamples(dir = join(root, 'test/fixtures/real')): Example[] {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<
    string,
    { layer: Layer; ambiguous?: string[] }
  >;
  const examples: Example[] = [];
  for (const file of Object.keys(labels).sort()) {
    const label = labels[file];
    if (!label || label.ambiguous?.includes('layer')) continue;
    const layer = LAYERS.indexOf(label.layer);
    if (layer < 0) continue;
    const exchanges = parseHar(readFileSync(join(dir, file), 'utf8'));
    const refused = exchanges.filter((exchange) => exchange.status >= 400 && exchange.status < 500).at(-1);
    if (!refused) continue;
    examples.push({ file, layer, words: [...answerWords(refused)].sort() });
  }
  return examples;
}

/** What the table was learned from, as one hash: any change to the corpus or to the reading of words changes it. */
export function fingerprint(examples: readonly Example[]): string {
  return createHash('sha256')
    .update(JSON.stringify(examples.map((example) => [example.file, example.layer, example.words])))
    .digest('hex');
}

export interface Learned {
  bias: number[];
  vocabulary: string[];
  /** Row-major, LAYERS.length per word, in hundredths of a log-odds. */
  weights: number[];
}

export function learn(examples: readonly Example[]): Learned {
  const seen = new Map<string, number>();
  for (const example of examples) for (const word of example.words) seen.set(word, (seen.get(word) ?? 0) + 1);
  const vocabulary = [...seen].filter(([, count]) => count >= MIN_CAPTURES).map(([word]) => word);
  vocabulary.sort();
  const index = new Map(vocabulary.map((word, at) => [word, at]));
  const rows = examples.map((example) =>
    example.words.map((word) => index.get(word)).filter((at): at is number => at !== undefined),
  );
  const size = LAYERS.length;
  const weights = new Float64Array(vocabulary.length * size);
  const bias = new Float64Array(size);
  const gradient = new Float64Array(weights.length);
  const biasGradient = new Float64Array(size);
  const scores = new Float64Array(size);
  for (let step = 0; step < STEPS; step++) {
    gradient.fill(0);
    biasGradient.fill(0);
    examples.forEach((example, at) => {
      const words = rows[at] ?? [];
      let top = Number.NEGATIVE_INFINITY;
      for (let layer = 0; layer < size; layer++) {
        let score = bias[layer] ?? 0;
        for (const word of words) score += weights[word * size + layer] ?? 0;
        scores[layer] = score;
        if (score > top) top = score;
      }
      let total = 0;
      for (let layer = 0; layer < size; layer++) {
        scores[layer] = Math.exp((scores[layer] ?? 0) - top);
        total += scores[layer] ?? 0;
      }
      for (let layer = 0; layer < size; layer++) {
        const error = (scores[layer] ?? 0) / total - (layer === example.layer ? 1 : 0);
        biasGradient[layer] = (biasGradient[layer] ?? 0) + error;
        for (const word of words)
          gradient[word * size + layer] = (gradient[word * size + layer] ?? 0) + error;
      }
    });
    const n = examples.length;
    for (let at = 0; at < weights.length; at++)
      weights[at] = (weights[at] ?? 0) - RATE * ((gradient[at] ?? 0) / n + L2 * (weights[at] ?? 0));
    for (let layer = 0; layer < size; layer++)
      bias[layer] = (bias[layer] ?? 0) - RATE * ((biasGradient[layer] ?? 0) / n);
  }
  // Hundredths; a word that weighs nothing anywhere is left out of the table.
  const kept: Learned = {
    bias: [...bias].map((value) => Math.round(value * 100)),
    vocabulary: [],
    weights: [],
  };
  vocabulary.forEach((word, at) => {
    const row = [...weights.subarray(at * size, at * size + size)].map((value) => Math.round(value * 100));
    if (row.every((value) => Math.abs(value) < 5)) return;
    kept.vocabulary.push(word);
    kept.weights.push(...row);
  });
  return kept;
}

function render(examples: readonly Example[], learned: Learned): string {
  const byLayer = Object.fromEntries(
    LAYERS.map((layer, at) => [layer, examples.filter((example) => example.layer === at).length]),
  );
  return `/**
 * Generated by scripts/learn-words.ts (\`npm run learn-words\`) from the real corpus, test/fixtures/real: do not edit.
 * How much each word of an unmarked 4xx answer weighs towards each layer (hundredths of a log-odds), learned from
 * ${examples.length} captures others published (each with its source in test/fixtures/real/labels.json). Read by
 * src/diagnosis/word-lean.ts. Data only: the extension's worker reads it from its knowledge file.
 */
import type { Layer } from '../../types.ts';

export const LEAN_LAYERS: readonly Layer[] = ${JSON.stringify(LAYERS)};

/** What the table was learned from: captures per layer, and the fingerprint of the words read in them. */
export const LEAN_TRAINED_ON = ${JSON.stringify({ captures: examples.length, byLayer, inputs: fingerprint(examples) })};

export const LEAN_BIAS: readonly number[] = ${JSON.stringify(learned.bias)};

export const LEAN_VOCABULARY: readonly string[] = ${JSON.stringify(learned.vocabulary)};

export const LEAN_WEIGHTS: readonly number[] = ${JSON.stringify(learned.weights)};
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  const examples = corpusExamples();
  const learned = learn(examples);
  writeFileSync(join(root, 'src/knowledge/refusals/lean-table.ts'), render(examples, learned));
  console.log(
    `learn-words: ${examples.length} captures, ${learned.vocabulary.length} words, ${Date.now() - started} ms`,
  );
}
