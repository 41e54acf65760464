/**
 * The knowledge file (src/knowledge/shipped.ts): the tables the worker reads on its first refusal come back
 * from the file exactly as written in the source, the built worker carries none of them, and its top level
 * runs without the file (a module that read a shipped table at load would throw there). The last tests read
 * what `node build.mjs` wrote, which `npm test` runs first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as rolePatterns from '../../../src/knowledge/endpoints/patterns.ts';
import * as panelReplies from '../../../src/knowledge/panels/replies-table.ts';
import * as blockPagesTable from '../../../src/knowledge/refusals/block-pages-table.ts';
import * as envelopesTable from '../../../src/knowledge/refusals/envelopes-table.ts';
import * as leanTable from '../../../src/knowledge/refusals/lean-table.ts';
import * as statedTable from '../../../src/knowledge/refusals/stated-table.ts';
import {
  installKnowledge,
  knowledgeInstalled,
  readShipped,
  shipTable,
  tablesShipped,
  unshipped,
  writeShipped,
} from '../../../src/knowledge/shipped.ts';
import * as chromeNames from '../../../src/knowledge/transport/names-chrome.ts';
import * as firefoxNames from '../../../src/knowledge/transport/names-firefox.ts';
import * as transportRows from '../../../src/knowledge/transport/rows.ts';
import * as factsTable from '../../../src/knowledge/vendors/errors/facts-table.ts';
import { packRows, unpackRows } from '../../../src/knowledge/vendors/packed.ts';
import { VENDOR_TABLE } from '../../../src/knowledge/vendors/table.ts';
import * as combinations from '../../../src/proofs/combinations.ts';
import { runBuiltWorker } from './built-worker.ts';

/** The source modules whose exports the file carries, by the name build.mjs gives them. */
const SOURCES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'src/knowledge/refusals/stated-table.ts': statedTable,
  'src/knowledge/refusals/lean-table.ts': leanTable,
  'src/knowledge/refusals/block-pages-table.ts': blockPagesTable,
  'src/knowledge/refusals/envelopes-table.ts': envelopesTable,
  'src/knowledge/vendors/errors/facts-table.ts': factsTable,
  'src/knowledge/endpoints/patterns.ts': rolePatterns,
  'src/knowledge/transport/rows.ts': transportRows,
  'src/knowledge/panels/replies-table.ts': panelReplies,
  'src/proofs/combinations.ts': combinations,
};
/** Each browser's file carries that browser's transport error names only. */
const OWN_NAMES: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, unknown>>>>>> = {
  chrome: { 'src/knowledge/transport/names-chrome.ts': chromeNames },
  firefox: { 'src/knowledge/transport/names-firefox.ts': firefoxNames },
};

function built(file: string): string {
  const path = join('dist', file);
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first`);
  return readFileSync(path, 'utf8');
}

describe('the knowledge file format', () => {
  it('gives back patterns, maps and sets, and refuses functions', () => {
    const value = { re: /a+b/giu, map: new Map([['x', 1]]), set: new Set(['y']), list: [1, 'two', null] };
    const back = readShipped(writeShipped(value)) as typeof value;
    expect(back.re).toBeInstanceOf(RegExp);
    expect([back.re.source, back.re.flags]).toEqual(['a+b', 'giu']);
    expect(back.map.get('x')).toBe(1);
    expect(back.set.has('y')).toBe(true);
    expect(back.list).toEqual([1, 'two', null]);
    expect(() => writeShipped({ read: () => 1 })).toThrow(/data only/);
  });

  it('a placeholder throws on any read, so a table read at load is caught at the worker’s start', () => {
    const table = unshipped('stated-table.ts: STATED') as string[];
    expect(() => table.map((x) => x)).toThrow(/STATED was read before the knowledge file was installed/);
    expect(() => [...table]).toThrow(/before the knowledge file/);
    expect(() => ({ ...table })).toThrow(/before the knowledge file/);
  });

  it('installs every table or none: a file that lacks one fills nothing', () => {
    expect(tablesShipped()).toBe(false);
    expect(knowledgeInstalled()).toBe(true);
    const filled: string[] = [];
    shipTable('a.ts', [], () => filled.push('a'));
    shipTable('b.ts', ['rows'], () => filled.push('b'));
    expect(knowledgeInstalled()).toBe(false);
    expect(() => installKnowledge(writeShipped({ 'a.ts': {} }))).toThrow(/no table b\.ts/);
    expect(() => installKnowledge(writeShipped({ 'a.ts': {}, 'b.ts': {} }))).toThrow(/no rows in b\.ts/);
    expect(() => installKnowledge('[1]')).toThrow(/not an object/);
    expect(() => installKnowledge('{')).toThrow(SyntaxError);
    expect(filled).toEqual([]);
    expect(knowledgeInstalled()).toBe(false);
    installKnowledge(writeShipped({ 'a.ts': {}, 'b.ts': { rows: [] } }));
    expect(filled).toEqual(['a', 'b']);
    expect(knowledgeInstalled()).toBe(true);
  });
});

describe.each(['chrome', 'firefox'])('the built %s worker', (browser) => {
  it('its knowledge file holds the tables as the source writes them', () => {
    const file = readShipped(built(`${browser}/knowledge.json`)) as Record<string, Record<string, unknown>>;
    const sources: Record<string, Readonly<Record<string, unknown>>> = { ...SOURCES, ...OWN_NAMES[browser] };
    expect(Object.keys(file).sort()).toEqual(
      [...Object.keys(sources), 'src/knowledge/vendors/table.ts'].sort(),
    );
    for (const [name, source] of Object.entries(sources)) {
      expect(Object.keys(file[name]!).sort(), name).toEqual(Object.keys(source).sort());
      for (const [key, value] of Object.entries(source))
        expect(file[name]![key], `${name}: ${key}`).toEqual(value);
    }
    const packed = file['src/knowledge/vendors/table.ts']!.packed as string;
    expect(packed).toBe(packRows(VENDOR_TABLE));
    expect(unpackRows(packed)).toHaveLength(VENDOR_TABLE.length);
  });

  it('carries none of the shipped tables, and its top level runs before the file is read', () => {
    const code = built(`${browser}/background.js`);
    // A phrase, a geo code, a vendor error row and a vendor's marker: each only in the file.
    for (const text of [
      'request forbidden by administrative rules',
      'concurrentstreamsexceeded',
      '1015:r:rate-limit',
      'x-sucuri-id',
    ])
      expect(code.includes(text), text).toBe(false);
    // Its top level runs before any file is read (a table read at load would throw here), and reads none.
    expect(/^import\b/m.test(code)).toBe(false);
    const worker = runBuiltWorker(code, {
      grantedHosts: [],
      packaged: () => Promise.reject(new Error('read at load')),
    });
    expect(worker.listeners.has('webRequest.onCompleted')).toBe(true);
    expect(worker.reads).toEqual([]);
  });

  /** A 403 of Cloudflare's edge, as webRequest reports it (headers only, no body in Chrome). */
  const refusal = (requestId: string) => {
    const url = `https://cdn.example/live/ch${requestId}.m3u8`;
    // Now, not a fixed date: the store drops records older than its retention.
    const at = Date.now();
    return [
      {
        requestId,
        url,
        method: 'GET',
        type: 'xmlhttprequest',
        tabId: 7,
        timeStamp: at,
        requestHeaders: [],
      },
      {
        requestId,
        url,
        method: 'GET',
        type: 'xmlhttprequest',
        tabId: 7,
        timeStamp: at + 50,
        statusCode: 403,
        statusLine: 'HTTP/1.1 403 Forbidden',
        ip: '104.16.0.1',
        responseHeaders: [
          { name: 'server', value: 'cloudflare' },
          { name: 'cf-ray', value: '8a1b2c3d4e5f6789-CDG' },
          { name: 'cf-mitigated', value: 'challenge' },
        ],
      },
    ] as const;
  };
  const capture = (worker: ReturnType<typeof runBuiltWorker>, requestId: string) => {
    const [sent, completed] = refusal(requestId);
    worker.fire('webRequest.onSendHeaders', sent);
    worker.fire('webRequest.onCompleted', completed);
  };

  it('reads the file once, on the first response, and diagnoses the refusal with its tables', async () => {
    const knowledge = built(`${browser}/knowledge.json`);
    const worker = runBuiltWorker(built(`${browser}/background.js`), {
      grantedHosts: ['cdn.example'],
      packaged: async () => ({ ok: true, status: 200, text: knowledge }),
    });
    await worker.settled();
    // A wake that only follows a tab (one with no badge) reads nothing.
    await worker.fire('tabs.onUpdated', 3, { status: 'loading', url: 'https://elsewhere.example/u/p/1' });
    expect(worker.reads).toEqual([]);
    capture(worker, '1');
    capture(worker, '2');
    await worker.logged(2);
    expect(worker.reads).toEqual(['knowledge.json']);
    const reply = JSON.stringify(await worker.ask('get-state', { tabId: 7 }));
    expect(reply).toContain('"recordCount":2');
    expect(reply).toContain('"vendor":"cloudflare"');
    expect(reply).not.toContain('not diagnosed');
  });

  it('keeps what it captures when the file cannot be read, and does not read it again in that wake', async () => {
    const worker = runBuiltWorker(built(`${browser}/background.js`), {
      grantedHosts: ['cdn.example'],
      packaged: async () => ({ ok: false, status: 404, text: '' }),
    });
    await worker.settled();
    capture(worker, '1');
    capture(worker, '2');
    const records = JSON.stringify(await worker.logged(2));
    expect(records).toContain('not diagnosed');
    expect(worker.reads).toEqual(['knowledge.json']);
    const reply = JSON.stringify(await worker.ask('get-state', { tabId: 7 }));
    expect(reply).not.toContain('"error"');
    expect(reply).toContain('"recordCount":2');
    expect(reply).not.toContain('"vendor":"cloudflare"');
  });
});
