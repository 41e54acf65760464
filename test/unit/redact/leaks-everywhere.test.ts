/**
 * The regression table of credential shapes (test/fixtures/redact/shapes.ts) against every output that
 * leaves the machine or the worker: the stored records (the worker against the fake browser, every shape a
 * refused request with its headers and body), the HAR and JSON exports and the support report written from
 * the worker's snapshot, and the CLI's `redact`, `report` and `analyze` (text and JSON) run as a process on
 * a HAR of the raw shapes. Not one spelling of one planted secret may appear anywhere.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker } from '../../../background/worker.ts';
import type { ExportSnapshot } from '../../../src/messages.ts';
import { harExportText, jsonExportText, reportExportText } from '../../../src/outputs/exports.ts';
import { toHar } from '../../../src/outputs/har/write.ts';
import { redactExchange } from '../../../src/redact/index.ts';
import { LEAK_SHAPES, leaksIn, plantedFor, shapeExchange } from '../../fixtures/redact/shapes.ts';
import { completed, FakeBrowser } from '../background/fake-browser.ts';
import { buildCli } from '../helpers/build-cli.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');

it('the table holds at least 68 shapes, each with secrets of its own, all present before redaction', () => {
  expect(LEAK_SHAPES.length).toBeGreaterThanOrEqual(68);
  LEAK_SHAPES.forEach((shape, index) => {
    const raw = JSON.stringify(shapeExchange(index));
    // Each shape really carries what it claims (as written, encoded or base64), or the check is empty.
    const planted = plantedFor(index);
    for (const kind of shape.secrets) {
      const value = planted[kind];
      const present = [
        value,
        value.toUpperCase(),
        encodeURIComponent(value),
        Buffer.from(value).toString('base64'),
        Buffer.from(`${planted.user}:${planted.pass}`).toString('base64'),
      ];
      expect(
        present.some((spelled) => raw.includes(spelled)) ||
          raw.includes(encodeURIComponent(encodeURIComponent(value))),
        `${shape.name}: ${kind}`,
      ).toBe(true);
    }
  });
});

describe('redaction of one record', () => {
  it.each(LEAK_SHAPES.map((shape, index) => [shape.name, index] as const))('%s', (_name, index) => {
    const shape = LEAK_SHAPES[index];
    expect(leaksIn(JSON.stringify(redactExchange(shapeExchange(index))), shape ? [shape] : [])).toEqual([]);
  });
});

/** Shapes a browser can show webRequest (http and https URLs). */
const WEB_SHAPES = LEAK_SHAPES.map((shape, index) => ({ shape, index })).filter(({ index }) =>
  /^https?:/.test(shapeExchange(index).url),
);

describe('the worker and what the pages write from its snapshot', () => {
  let stored = '';
  let snapshot: ExportSnapshot;

  beforeAll(async () => {
    // Firefox: its worker copies response bodies (filterResponseData), so every body shape reaches a record.
    const fake = new FakeBrowser(undefined, 'firefox');
    fake.profile.granted.push('*://*.example.net/*');
    const worker = startWorker(fake, { log: () => {} });
    await worker.ready;
    for (const { index } of WEB_SHAPES) {
      const exchange = shapeExchange(index);
      const requestId = `leak-${index}`;
      const base = { requestId, tabId: 4, method: exchange.method, timeStamp: Date.now() };
      if (exchange.body !== undefined) fake.profile.bodies.set(requestId, exchange.body);
      await fake.fire(
        'onSendHeaders',
        completed(exchange.url, 403, { ...base, requestHeaders: exchange.requestHeaders }),
      );
      const responseHeaders = [
        ...exchange.responseHeaders,
        { name: 'Content-Type', value: exchange.mimeType ?? 'text/html' },
      ];
      const done = completed(exchange.url, 403, { ...base, responseHeaders });
      await fake.fire('onHeadersReceived', done);
      await fake.fire('onCompleted', done);
    }
    await worker.idle();
    stored = JSON.stringify(fake.profile.local.snapshot());
    snapshot = (await fake.send({ type: 'export-data', payload: {} })) as ExportSnapshot;
  }, 60_000);

  it('stored every shape as a record', () => {
    expect(snapshot.records).toHaveLength(WEB_SHAPES.length);
  });

  it('storage holds none of the secrets', () => {
    expect(leaksIn(stored)).toEqual([]);
  });

  it('the HAR export holds none', () => {
    expect(leaksIn(harExportText(snapshot))).toEqual([]);
  });

  it('the JSON export holds none', () => {
    expect(leaksIn(jsonExportText(snapshot))).toEqual([]);
  });

  it('the support report holds none, in either language and format', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const format of ['text', 'markdown'] as const) {
        expect(leaksIn(reportExportText(snapshot, lang, format))).toEqual([]);
      }
    }
  });
});

describe('the CLI, as a process, on a HAR of the raw shapes', () => {
  let work: string;
  let cli: string;
  let har: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'iptv-lens-leaks-'));
    cli = await buildCli(ROOT, work, '0.0.0-test');
    har = join(work, 'shapes.har');
    const items = LEAK_SHAPES.map((_shape, index) => ({ exchange: shapeExchange(index) }));
    const document = toHar(items, { name: 'test', version: '0' });
    writeFileSync(har, JSON.stringify(document));
    // The file really holds the secrets: the CLI has everything to leak.
    expect(leaksIn(readFileSync(har, 'utf8')).length).toBeGreaterThan(LEAK_SHAPES.length);
  }, 60_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [cli, ...args], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C.UTF-8', NO_COLOR: '1' },
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    return `${result.stdout}\n${result.stderr}`;
  };

  it('redact writes none', () => {
    const out = join(work, 'shareable.har');
    const printed = run('redact', har, '-o', out);
    expect(leaksIn(printed)).toEqual([]);
    expect(leaksIn(readFileSync(out, 'utf8'))).toEqual([]);
  });

  it('report prints none', () => {
    expect(leaksIn(run('report', har))).toEqual([]);
    expect(leaksIn(run('report', har, '--lang', 'fr', '--markdown'))).toEqual([]);
  });

  it('analyze prints none, as text or JSON', () => {
    expect(leaksIn(run('analyze', har))).toEqual([]);
    expect(leaksIn(run('analyze', har, '--json'))).toEqual([]);
  });
});
