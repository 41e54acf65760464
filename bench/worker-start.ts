/**
 * What one wake of the worker costs before it handles anything: compiling the built script and running its top
 * level, in V8 (Node's, the engine Chrome runs), the browser APIs stubbed so listeners register and do nothing.
 * Each run compiles a fresh copy (a comment makes the source differ), so no compile cache hides the cost; Chrome
 * may cache the compile, never the top level. Median of `runs`.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { readShipped } from '../src/knowledge/shipped.ts';

/** Any property read or call on the stub gives another stub: `chrome.webRequest.onCompleted.addListener(…)`. */
function stubApi(): unknown {
  const handler: ProxyHandler<() => void> = {
    get: (target, key) => (key in target ? Reflect.get(target, key) : new Proxy(() => {}, handler)),
    apply: () => new Proxy(() => {}, handler),
  };
  return new Proxy(() => {}, handler);
}

export function measureWorkerStart(file: string, runs = 21): { compileMs: number; topLevelMs: number } {
  const code = readFileSync(file, 'utf8');
  const compile: number[] = [];
  const topLevel: number[] = [];
  const quiet = () => {};
  for (let run = 0; run < runs; run++) {
    const context = vm.createContext({
      chrome: stubApi(),
      console: { log: quiet, warn: quiet, error: quiet, info: quiet, debug: quiet },
      setTimeout,
      clearTimeout,
      URL,
      TextEncoder,
      TextDecoder,
      performance,
      queueMicrotask,
    });
    const start = performance.now();
    const script = new vm.Script(`${code}\n//${run} ${Math.random()}`);
    const compiled = performance.now();
    script.runInContext(context);
    topLevel.push(performance.now() - compiled);
    compile.push(compiled - start);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return { compileMs: median(compile), topLevelMs: median(topLevel) };
}

/**
 * What the worker's first response of a wake adds: reading its knowledge file (src/knowledge/shipped.ts), the
 * JSON and the patterns, maps and sets it revives; the file's fetch from the package is not counted. Median.
 */
export function measureKnowledgeRead(file: string, runs = 21): number {
  const text = readFileSync(file, 'utf8');
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    readShipped(text);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
}
