/**
 * Reading HAR files for the CLI: every way a file can be wrong ends in one line on stderr and exit 2,
 * never a stack trace. `analyze` and `report` stream (cli/har-stream.ts); `redact` writes the whole
 * document back, so it reads it whole, within MAX_WHOLE_BYTES.
 */
import { readFileSync, statSync } from 'node:fs';
import { diagnoseExchange } from '../src/diagnosis/analyze.ts';
import { assertDepth, HarInputError, parseHar } from '../src/outputs/har/read.ts';
import type { Exchange, Finding } from '../src/types.ts';
import { streamHarFile } from './har-stream.ts';

export class UsageError extends Error {}

/** A document `redact` rewrites is held whole, twice (text and objects): beyond this, say so. */
const MAX_WHOLE_BYTES = 256 * 1024 * 1024;
/** What of a failed exchange's body the engine may read (error pages and panel replies are small). */
const MAX_KEPT_BODY = 64 * 1024;

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
 * The exchanges as `analyze` needs them, diagnosed as they stream by: a success keeps what the comparison
 * rules read (where, when, its Date header), a failure its headers and the start of its body. A 1 GB file
 * of segments then fits in a few hundred MB.
 */
export async function readForAnalysis(
  paths: readonly string[],
  onWarning: (path: string, message: string) => void,
): Promise<{ exchanges: Exchange[]; findings: (Finding | null)[] }> {
  const exchanges: Exchange[] = [];
  const findings: (Finding | null)[] = [];
  for (const path of paths) {
    sizeOf(path);
    try {
      await streamHarFile(
        path,
        (exchange) => {
          const finding = diagnoseExchange(exchange, exchanges.length);
          findings.push(finding);
          exchanges.push(finding ? bounded(exchange) : slim(exchange));
        },
        (message) => onWarning(path, message),
      );
    } catch (error) {
      throw asUsageError(error, path);
    }
  }
  return { exchanges, findings };
}

function bounded(exchange: Exchange): Exchange {
  if (exchange.body !== undefined && exchange.body.length > MAX_KEPT_BODY) {
    exchange.body = exchange.body.slice(0, MAX_KEPT_BODY);
  }
  delete exchange.requestBody;
  return exchange;
}

function slim(exchange: Exchange): Exchange {
  const date = exchange.responseHeaders.find((header) => header.name.toLowerCase() === 'date');
  const kept: Exchange = {
    url: exchange.url,
    method: exchange.method,
    status: exchange.status,
    startedAt: exchange.startedAt,
    requestHeaders: [],
    responseHeaders: date ? [date] : [],
  };
  if (exchange.mimeType) kept.mimeType = exchange.mimeType;
  if (exchange.error) kept.error = exchange.error;
  if (exchange.serverIp) kept.serverIp = exchange.serverIp;
  if (exchange.durationMs !== undefined) kept.durationMs = exchange.durationMs;
  if (exchange.context) kept.context = exchange.context;
  return kept;
}
