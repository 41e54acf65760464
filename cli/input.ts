/**
 * Reading HAR files for the CLI: every way a file can be wrong ends in one line on stderr and exit 2,
 * never a stack trace. `analyze` and `report` stream (cli/har-stream.ts); `redact` writes the whole
 * document back, so it reads it whole, within MAX_WHOLE_BYTES.
 */
import { readFileSync, statSync } from 'node:fs';
import { diagnoseExchange } from '../src/diagnosis/analyze.ts';
import { hostOf } from '../src/diagnosis/url-parts.ts';
import { endpointRole } from '../src/knowledge/endpoints/roles.ts';
import { assertDepth, HarInputError, parseHar } from '../src/outputs/har/read.ts';
import type { Exchange, Finding, SuccessTally } from '../src/types.ts';
import { streamHarFile } from './har-stream.ts';

export class UsageError extends Error {}

/** A document `redact` rewrites is held whole, twice (text and objects): beyond this, say so. */
const MAX_WHOLE_BYTES = 256 * 1024 * 1024;
/** What of a failed exchange's body the engine may read (error pages and panel replies are small). */
const MAX_KEPT_BODY = 64 * 1024;
/** A guided session labels a few dozen requests; a file that labels more is not one, and is not kept whole. */
const MAX_TESTED = 10_000;

function sizeOf(path: string): number {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw new UsageError(`${path}: is a directory, not a HAR file`);
    return stats.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      `${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
}

export function readText(path: string): string {
  const size = sizeOf(path);
  if (size > MAX_WHOLE_BYTES)
    throw new UsageError(
      `${path}: ${Math.round(size / 1048576)} MB is too large to rewrite in one piece (at most ${MAX_WHOLE_BYTES / 1048576} MB); analyze and report read files of any size`,
    );
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
}

function asUsageError(error: unknown, path: string): UsageError {
  if (error instanceof UsageError) return error;
  if (error instanceof HarInputError) return new UsageError(`${path}: ${error.message}`);
  return new UsageError(`${path}: not a readable HAR file (${(error as Error)?.message ?? String(error)})`);
}

/** A whole HAR document, parsed and checked (structure and depth), for `redact`. */
export function parseHarDocument(text: string, path: string): unknown {
  try {
    parseHar(text);
    const document: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    assertDepth(document);
    return document;
  } catch (error) {
    throw asUsageError(error, path);
  }
}

export function parseHarText(text: string, path: string, onWarning?: (message: string) => void): Exchange[] {
  try {
    return parseHar(text, onWarning ? { onWarning } : undefined);
  } catch (error) {
    throw asUsageError(error, path);
  }
}

/** Every exchange of the files, in order, streamed (any size). */
export async function readHarFiles(
  paths: readonly string[],
  onWarning: (path: string, message: string) => void,
): Promise<Exchange[]> {
  const all: Exchange[] = [];
  for (const path of paths) {
    sizeOf(path);
    try {
      await streamHarFile(
        path,
        (exchange) => all.push(exchange),
        (message) => onWarning(path, message),
      );
    } catch (error) {
      throw asUsageError(error, path);
    }
  }
  return all;
}

/**
 * The exchanges as `analyze` needs them, diagnosed as they stream by. A failure keeps its exchange (the start
 * of its body only); a success becomes a count per host, role and minute (what the comparison rules read,
 * as the extension keeps them): a 1 GB file of segments then fits in a few hundred MB. `entries` maps each
 * kept failure to its place in the files, which the findings report.
 */
export async function readForAnalysis(
  paths: readonly string[],
  onWarning: (path: string, message: string) => void,
): Promise<{
  exchanges: Exchange[];
  findings: (Finding | null)[];
  entries: number[];
  successes: SuccessTally[];
  /** Successful exchanges a guided test labelled: the tests' "works here" half, which the verdict reads. */
  tested: Exchange[];
  total: number;
}> {
  const exchanges: Exchange[] = [];
  const tested: Exchange[] = [];
  const findings: (Finding | null)[] = [];
  const entries: number[] = [];
  const tallies = new Map<string, SuccessTally>();
  const roles = new Map<string, string>();
  let total = 0;
  for (const path of paths) {
    sizeOf(path);
    try {
      await streamHarFile(
        path,
        (exchange) => {
          const entry = total++;
          const finding = diagnoseExchange(exchange, entry);
          if (finding) {
            findings.push(finding);
            entries.push(entry);
            exchanges.push(bounded(exchange));
          } else {
            tally(tallies, roles, exchange);
            // The tests' replay reads the address, code, time, type and labels: no body or header is kept.
            if (exchange.context?.proofStep && tested.length < MAX_TESTED)
              tested.push({
                ...exchange,
                body: undefined,
                requestBody: undefined,
                requestHeaders: [],
                responseHeaders: [],
              });
          }
        },
        (message) => onWarning(path, message),
      );
    } catch (error) {
      throw asUsageError(error, path);
    }
  }
  return { exchanges, findings, entries, successes: [...tallies.values()], tested, total };
}

function bounded(exchange: Exchange): Exchange {
  if (exchange.body !== undefined && exchange.body.length > MAX_KEPT_BODY) {
    exchange.body = exchange.body.slice(0, MAX_KEPT_BODY);
  }
  delete exchange.requestBody;
  return exchange;
}

/** Roles by URL without its query (segments repeat a few paths), except for panel calls (`?action=`). */
function roleOf(roles: Map<string, string>, exchange: Exchange): string {
  const query = exchange.url.indexOf('?');
  const key = query < 0 || exchange.url.includes('.php') ? exchange.url : exchange.url.slice(0, query);
  let role = roles.get(key);
  if (role === undefined) {
    role = endpointRole(exchange.url, exchange.mimeType).role;
    if (roles.size < 10_000) roles.set(key, role);
  }
  return role;
}

function tally(tallies: Map<string, SuccessTally>, roles: Map<string, string>, exchange: Exchange): void {
  const host = hostOf(exchange.url);
  const role = roleOf(roles, exchange);
  const minute = Math.floor(exchange.startedAt / 60_000) * 60_000;
  const { network, device } = exchange.context ?? {};
  const key = `${host} ${role} ${minute} ${network ?? ''} ${device ?? ''}`;
  const known = tallies.get(key);
  if (known) {
    known.count++;
    return;
  }
  const next: SuccessTally = { host, role, minute, count: 1 };
  if (network) next.network = network;
  if (device) next.device = device;
  tallies.set(key, next);
}
