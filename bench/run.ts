/**
 * `npm run bench`: the speed and size targets, printed as figures measured in one run (never asserted
 * in timed tests). Ratios compare against a naive baseline measured in the same process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { analyze, diagnoseExchange } from '../src/engine/analyze.ts';
import { parseHar } from '../src/har/read.ts';
import { identifyVendor, identifyVendorNaive } from '../src/vendors.ts';
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
  const analysis = analyze(parseHar(text), { lang: 'en' });
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

// 3. Bundle sizes.
for (const [name, file, goal] of [
  ['popup (popup.js + popup.css + popup.html), gzipped', ['popup.js', 'popup.css', 'popup.html'], 30],
  ['service worker (background.js), gzipped', ['background.js'], 40],
] as const) {
  const paths = file.map((f) => `dist/chrome/${f}`).filter((p) => existsSync(p));
  if (paths.length === 0) {
    line(name, 'not built');
    continue;
  }
  const size = paths.reduce((sum, p) => sum + gzipSync(readFileSync(p)).length, 0);
  line(name, `${(size / 1024).toFixed(1)} KB (goal ≤ ${goal} KB)`);
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
