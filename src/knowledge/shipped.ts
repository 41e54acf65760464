/**
 * Knowledge the extension's worker reads from a file of its package (knowledge.json) instead of carrying it as
 * code. The worker's script is compiled on every wake (a tab's update, a setting, the popup, a response of a
 * watched host), while its tables — vendors' fingerprints and error codes, causes stated in words, what an IPTV
 * URL is for — are data that only reading traffic or answering the popup needs: the file is read on those wakes
 * only (background/knowledge-file.ts), and JSON is read faster than the same data compiled as a script.
 * So build.mjs writes those tables to the file and, in the worker's bundle only, puts in place of each table's
 * module one that registers here (`shipTable`) and whose exports are filled when the file is installed. The
 * source modules stay as written, with their provenance; the CLI, the pages and the tests import them as they
 * are, and this registry stays empty there.
 *
 * A module that reads a shipped table must read it when asked, never at load (the worker's top level runs
 * before any file is read): test/unit/build/shipped-knowledge.test.ts runs the built worker's top level and
 * holds that the file gives back the tables as written.
 */

type Install = (exports: Readonly<Record<string, unknown>>) => void;

const installers = new Map<string, { keys: readonly string[]; install: Install }>();
let installed = false;

/** Called by the modules build.mjs writes in place of a shipped table (the worker's bundle only). */
export function shipTable(name: string, keys: readonly string[], install: Install): void {
  installers.set(name, { keys, install });
}

/**
 * What a shipped export holds until the file is installed: any read of it throws, so a module that reads a
 * table at load fails at the worker’s start (test/unit/build/shipped-knowledge.test.ts runs it) instead of
 * reading nothing, or an empty spread.
 */
export function unshipped(name: string): unknown {
  const fail = (): never => {
    throw new Error(`${name} was read before the knowledge file was installed`);
  };
  return new Proxy(Object.create(null), {
    get: fail,
    has: fail,
    ownKeys: fail,
    getOwnPropertyDescriptor: fail,
    getPrototypeOf: fail,
    set: fail,
  });
}

/** Whether this bundle reads tables from the knowledge file: false in the CLI, the pages and the tests. */
export function tablesShipped(): boolean {
  return installers.size > 0;
}

/** Whether the tables are there to read: always where nothing is shipped, after `installKnowledge` otherwise. */
export function knowledgeInstalled(): boolean {
  return installed || installers.size === 0;
}

/**
 * Fills every shipped table from the file's text. A file that lacks a table or one of its exports (a package
 * built from another source) throws before anything is filled, so the tables are never half installed.
 */
export function installKnowledge(text: string): void {
  const file = readShipped(text);
  if (!isRecord(file)) throw new Error('knowledge file: not an object');
  for (const [name, { keys }] of installers) {
    const table = file[name];
    if (!isRecord(table)) throw new Error(`knowledge file: no table ${name}`);
    for (const key of keys) if (!(key in table)) throw new Error(`knowledge file: no ${key} in ${name}`);
  }
  for (const [name, { install }] of installers) install(file[name] as Record<string, unknown>);
  installed = true;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The tables as JSON: what JSON has no form for (a pattern, a map, a set) becomes a one-key object the reader
 * turns back. JSON.parse reads data faster than a script's compiler reads the same data as code.
 */
export function writeShipped(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof RegExp) return { $re: [item.source, item.flags] };
    if (item instanceof Map) return { $map: [...item] };
    if (item instanceof Set) return { $set: [...item] };
    if (typeof item === 'function') throw new Error('a shipped table holds data only, not functions');
    return item;
  });
}

export function readShipped(text: string): unknown {
  return JSON.parse(text, (_key, item: unknown) => {
    if (!isRecord(item)) return item;
    const keys = Object.keys(item);
    if (keys.length !== 1) return item;
    if (keys[0] === '$re') {
      const [source, flags] = item.$re as [string, string];
      return new RegExp(source, flags);
    }
    if (keys[0] === '$map') return new Map(item.$map as [unknown, unknown][]);
    if (keys[0] === '$set') return new Set(item.$set as unknown[]);
    return item;
  });
}
