/**
 * Reading HAR files for the CLI: every way a file can be wrong ends in one line on stderr and exit 2,
 * never a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import { HarInputError, parseHar } from '../src/outputs/har/read.ts';
import type { Exchange } from '../src/types.ts';

export class UsageError extends Error {}

/** Beyond this a "HAR" is not something a browser exported; refuse it before reading it into memory. */
const MAX_BYTES = 1024 * 1024 * 1024;

export function readText(path: string): string {
  let size: number;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw new UsageError(`${path}: is a directory, not a HAR file`);
    size = stats.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      `${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  if (size > MAX_BYTES)
    throw new UsageError(`${path}: ${Math.round(size / 1048576)} MB is too large for a HAR file`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  return text;
}

export function parseHarText(text: string, path: string, onWarning?: (message: string) => void): Exchange[] {
  try {
    return parseHar(text, onWarning ? { onWarning } : undefined);
  } catch (error) {
    if (error instanceof HarInputError) throw new UsageError(`${path}: ${error.message}`);
    throw new UsageError(`${path}: not a readable HAR file (${(error as Error).message})`);
  }
}

export function readHarFile(path: string, onWarning?: (message: string) => void): Exchange[] {
  return parseHarText(readText(path), path, onWarning);
}
