/**
 * `npm run bench`: the speed and size targets, printed as figures measured in one run (never asserted
 * in timed tests). Ratios compare against a naive baseline measured in the same process.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { analyze, diagnoseExchange } from '../src/diagnosis/analyze.ts';
import { identifyVendor, identifyVendorNaive } from '../src/knowledge/vendors/identify.ts';
import { parseHar } from '../src/outputs/har/read.ts';
import { redactExchange } from '../src/redact/index.ts';
import { FRENCH_EVIDENCE } from '../src/wording/evidence.ts';
import { evidenceWorder } from '../src/wording/evidence-match.ts';
import { errorExchanges, harText } from './generate.ts';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Per-item time in µs: batches of `batch` items, median of the batch means. */
function perItem<T>(items: readonly T[], fn: (item: T, index: number) => unknown, rounds = 30): number {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    for (let i = 0; i < items.length; i++) fn(items[i]!, i);
    samples.push(((performance.now() - start) * 1000) / items.length);
  }
  return median(samples);
}

const line = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);

console.log('IPTV Access Lens — benchmarks (one run; figures, not pass/fail)\n');

// 1. Diagnosis cost per error entry.
const errors = errorExchanges(2000);
for (let i = 0; i < 3; i++) perItem(errors, (exchange, index) => diagnoseExchange(exchange, index), 1); // warm-up
const diagnoseUs = perItem(errors, (exchange, index) => diagnoseExchange(exchange, index));
const vendorFastUs = perItem(errors, (exchange) => identifyVendor(exchange));
const vendorNaiveUs = perItem(errors, (exchange) => identifyVendorNaive(exchange));
line('diagnoseExchange, median per error entry', `${diagnoseUs.toFixed(2)} µs (goal ≤ 20 µs)`);
line('vendor fingerprinting, precompiled', `${vendorFastUs.toFixed(2)} µs`);
line('vendor fingerprinting, naive scan of every pattern', `${vendorNaiveUs.toFixed(2)} µs`);
line('  → precompiled vs naive', `${(vendorNaiveUs / vendorFastUs).toFixed(1)}× faster (goal ≥ 5×)`);
line(
  'full diagnosis vs naive vendor scan alone',
  `${(vendorNaiveUs / diagnoseUs).toFixed(1)}× (the whole diagnosis costs less than the naive scan alone)`,
);

// Redaction and the French evidence wording: speed figures that used to be deadlines in unit tests.
const redactUs = perItem(errors, (exchange) => redactExchange(exchange));
line('redactExchange, median per error entry', `${redactUs.toFixed(2)} µs`);
const fr = evidenceWorder(FRENCH_EVIDENCE);
const hostileLines = [
  `${'a changed from b to c '.repeat(1_000)}at the first failure (DNS or routing sends you elsewhere)`,
  `CDN edge changed from ${'x to '.repeat(40)}y at the first failure (DNS or routing sends you elsewhere)`,
  'x'.repeat(20_000),
];
const wordingUs = perItem(hostileLines, (text) => fr(text), 10);
line('French evidence wording, worst-case lines', `${wordingUs.toFixed(0)} µs per line`);

// 2. analyze on a 100k-entry HAR vs bare JSON.parse + iterate.
const count = Number(process.env.BENCH_ENTRIES ?? 100_000);
const text = harText(count);
const bare: number[] = [];
const full: number[] = [];
for (let round = 0; round < 5; round++) {
  let start = performance.now();
  const doc = JSON.parse(text) as { log: { entries: { response: { status: number } }[] } };
  let failures = 0;
  for (const entry of doc.log.entries) if (entry.response.status >= 400) failures++;
  bare.push(performance.now() - start);
  start = performance.now();
  const analysis = analyze(parseHar(text));
  full.push(performance.now() - start);
  if (analysis.totals.failures !== failures) throw new Error('bench: analyze and the bare scan disagree');
}
const bareMs = median(bare);
const fullMs = median(full);
line(
  `HAR of ${count} entries (${(text.length / 1048576).toFixed(0)} MB): JSON.parse + iterate`,
  `${bareMs.toFixed(0)} ms`,
);
line(
  '  parseHar + analyze',
  `${fullMs.toFixed(0)} ms = ${Math.round(count / (fullMs / 1000)).toLocaleString('en')} entries/s (goal ≥ 50,000)`,
);
line('  → analyze vs bare parse', `${(fullMs / bareMs).toFixed(2)}× (goal ≤ 1.5×)`);

// 3. Bundle sizes, from the package as built and the bundler's own record of what imports what
// (dist/chrome.meta.json, written by build.mjs). A page counts with every chunk it imports statically (they
// load before it runs); the text pack it loads for its language is printed apart; every other file of the
// package is listed at the end, so no byte escapes the count.
const metaPath = 'dist/chrome.meta.json';
if (!existsSync(metaPath)) {
  line('bundle sizes', 'not built (npm run build)');
} else {
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as {
    outputs: Record<string, { entryPoint?: string; imports: { path: string; kind: string }[] }>;
  };
  const counted = new Set<string>();
  const gz = (files: readonly string[]) => {
    for (const file of files) counted.add(file);
    return files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
  };
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const shortName = (file: string) => file.replace('dist/chrome/', '');
  /** The file and every chunk it imports statically, transitively. */
  const withStaticImports = (file: string): string[] => {
    const seen = new Set<string>();
    const visit = (path: string) => {
      if (seen.has(path)) return;
      seen.add(path);
      for (const used of meta.outputs[path]?.imports ?? [])
        if (used.kind === 'import-statement') visit(used.path);
    };
    visit(file);
    return [...seen];
  };
  const packFiles = (lang: string) => {
    const pack = Object.keys(meta.outputs).find(
      (file) => meta.outputs[file]?.entryPoint === `popup/text/packs/${lang}.ts`,
    );
    return pack ? withStaticImports(pack) : [];
  };
  const report = (label: string, files: string[], goal?: number) =>
    line(
      label,
      `${kb(gz(files))}${goal ? ` (goal ≤ ${goal} KB)` : ''}  [${files.map(shortName).join(' + ')}]`,
    );

  for (const [page, goal] of [
    ['popup', 30],
    ['options', undefined],
  ] as const) {
    report(
      `${page} (js + static chunks + css + html), gzipped`,
      [
        ...withStaticImports(`dist/chrome/${page}.js`),
        // Both pages load the shared stylesheet before their own.
        'dist/chrome/shared.css',
        `dist/chrome/${page}.css`,
        `dist/chrome/${page}.html`,
      ].filter((file) => existsSync(file)),
      goal,
    );
  }
  for (const lang of ['en', 'fr']) {
    report(`  + text pack "${lang}" (the page's one language), gzipped`, packFiles(lang));
  }
  // Any other chunk a page imports on demand is printed too, whatever it holds.
  const onDemand = Object.entries(meta.outputs).flatMap(([file, output]) =>
    output.imports
      .filter((used) => used.kind === 'dynamic-import' && !counted.has(used.path))
      .map((used): [string, string] => [file, used.path]),
  );
  for (const [from, chunk] of onDemand)
    report(`  + loaded on demand by ${shortName(from)}, gzipped`, [chunk]);
  report(
    'service worker (background.js + static chunks), gzipped',
    withStaticImports('dist/chrome/background.js'),
    40,
  );
  const { measureWorkerStart, measureKnowledgeRead } = await import('./worker-start.ts');
  const start = measureWorkerStart('dist/chrome/background.js');
  line(
    'service worker wake before any event (V8, APIs stubbed)',
    `compile ${start.compileMs.toFixed(1)} ms + top level ${start.topLevelMs.toFixed(1)} ms (median of 21)`,
  );
  // The tables the worker reads on the first response of a wake (src/knowledge/shipped.ts), counted apart.
  report('  + knowledge file, read on the first response of a wake, gzipped', ['dist/chrome/knowledge.json']);
  line(
    '  knowledge file read (JSON.parse and its patterns, maps, sets)',
    `${measureKnowledgeRead('dist/chrome/knowledge.json').toFixed(1)} ms (median of 21)`,
  );
  // Firefox runs the same worker as a background script; its build carries Firefox's names, not Chrome's.
  if (existsSync('dist/firefox/background.js'))
    report('  Firefox background script, gzipped', ['dist/firefox/background.js'], 40);

  const listFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? listFiles(`${dir}/${entry.name}`) : [`${dir}/${entry.name}`],
    );
  const rest = listFiles('dist/chrome').filter((file) => !counted.has(file));
  report('rest of the package (content scripts, locales, icons…)', rest);
}

// 4. Popup first paint with 2,000 stored events, measured in real Chromium.
const paintModule = './popup-paint.ts';
if (existsSync('bench/popup-paint.ts')) {
  const { measurePopupPaint } = (await import(paintModule)) as {
    measurePopupPaint: (n: number) => Promise<number>;
  };
  const ms = await measurePopupPaint(2000);
  line('popup first paint with 2,000 events (Chromium)', `${ms.toFixed(0)} ms (goal ≤ 150 ms)`);
}

// 7. `iptv-lens check` at the default politeness: 1,000 channels over 20 lab hosts (bench/check.ts).
const { benchCheck } = await import('./check.ts');
await benchCheck(line);

// 5. What being watched costs a page: work per failed response at the size limits, then 2,000 requests.
const { measurePageWork, measureWatchedCost } = await import('./page-cost.ts');
for (const { name, ms } of measurePageWork())
  line(`page main thread: ${name}`, `${ms.toFixed(1)} ms (goal ≤ 100 ms)`);
const watched = await measureWatchedCost();
line(
  'page making 2,000 requests to a watched host (Chromium)',
  `${watched.with.toFixed(0)} ms with the extension, ${watched.without.toFixed(0)} ms without = ${(watched.with / watched.without).toFixed(2)}× (goal ≤ 1.10×)`,
);
const { paced } = watched;
line(
  'one request, paced as a busy player asks (every 20 ms), watched vs not',
  `median ${paced.with.p50.toFixed(1)} vs ${paced.without.p50.toFixed(1)} ms (+${(paced.with.p50 - paced.without.p50).toFixed(1)}), ` +
    `95th percentile ${paced.with.p95.toFixed(1)} vs ${paced.without.p95.toFixed(1)} ms`,
);

// 6. iptv-lens analyze on a generated 1 GB HAR, beside a bare streaming parse.
const { measureLargeHar } = await import('./large-har.ts');
await measureLargeHar(Number(process.env.BENCH_HAR_BYTES ?? 1024 ** 3));
