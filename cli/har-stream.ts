/**
 * A HAR file read as a stream: the bytes of `log.entries` are cut into one text per entry, each parsed with
 * JSON.parse and handed on, so a 1 GB export is analysed in a few hundred MB (a whole-file JSON.parse needs
 * the 1 GB string and every object at once; V8 cannot even hold a string that long).
 *
 * Why not a streaming JSON library: @streamparser/json (the one tried) tokenises every character in
 * JavaScript, 7.5 MB/s here, two minutes for 1 GB; this cutter only tracks strings and brackets, skips
 * string bodies with Buffer.indexOf, and leaves parsing to the engine's JSON.parse. What it does not
 * check (the JSON outside `log.entries`) the analysis never reads.
 */
import { createReadStream } from 'node:fs';
import {
  harEntryReader,
  harInputError,
  invalidJsonError,
  MAX_DEPTH,
  sniffHarHead,
} from '../src/outputs/har/read.ts';
import type { Exchange } from '../src/types.ts';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
/** Keys longer than this are not "log" or "entries": not kept. */
const MAX_KEY = 16;

/** Cuts the entries out of HAR bytes fed in chunks; `onEntry` gets each entry's JSON text. */
export class EntryCutter {
  #depth = 0;
  /** Per depth: 1 object, 2 array. */
  readonly #kinds = new Uint8Array(MAX_DEPTH + 2);
  /** Per depth (objects): the last key read there, when short. */
  readonly #keys: string[] = [];
  readonly #expectKey = new Uint8Array(MAX_DEPTH + 2);
  #inString = false;
  #escaped = false;
  #keyBytes: number[] | null = null;
  /** Depth of the entries array once it opened (3: root → log → entries); -1 before, -2 after. */
  #arrayDepth = -1;
  /** The current entry's bytes from earlier chunks; #entryStart is where it starts in this chunk. */
  #pieces: Buffer[] = [];
  #entryStart = -1;
  #inEntry = false;
  /** Where the chunk's next backslash is (-1: none left). */
  #slashAt = -1;

  constructor(private readonly onEntry: (text: string) => void) {}

  write(chunk: Buffer): void {
    this.#entryStart = this.#inEntry ? 0 : -1;
    this.#slashAt = chunk.indexOf(BACKSLASH);
    const length = chunk.length;
    let i = 0;
    while (i < length) {
      if (this.#inString) {
        i = this.#inStringFrom(chunk, i);
        continue;
      }
      const byte = chunk[i] as number;
      if (byte === QUOTE) {
        this.#startEntry(i);
        this.#inString = true;
        this.#keyBytes = this.#expectKey[this.#depth] === 1 && this.#depth <= 2 ? [] : null;
      } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
        this.#startEntry(i);
        this.#open(byte === OPEN_OBJECT ? 1 : 2);
      } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
        this.#close(byte === CLOSE_OBJECT ? 1 : 2, chunk, i);
      } else if (byte === COLON) {
        this.#expectKey[this.#depth] = 0;
      } else if (byte === COMMA) {
        if (this.#kinds[this.#depth] === 1) this.#expectKey[this.#depth] = 1;
        if (this.#depth === this.#arrayDepth && this.#inEntry) this.#endEntry(chunk, i);
      } else if (byte > 0x20) {
        // A bare value (a number, null) as an entry: cut like the others, skipped by the reader.
        this.#startEntry(i);
      }
      i++;
    }
    if (this.#inEntry) this.#pieces.push(chunk.subarray(this.#entryStart));
  }

  /** Inside a string: jump to its closing quote with Buffer.indexOf, minding escapes and the keys we keep. */
  #inStringFrom(chunk: Buffer, from: number): number {
    if (this.#escaped) {
      this.#escaped = false;
      this.#keyBytes?.push(chunk[from] as number);
      return from + 1;
    }
    const quote = chunk.indexOf(QUOTE, from);
    const end = quote < 0 ? chunk.length : quote;
    // The next backslash of the chunk, searched again only once passed: most strings have none, and
    // searching for it from every string would rescan the chunk's rest each time.
    if (this.#slashAt !== -1 && this.#slashAt < from) this.#slashAt = chunk.indexOf(BACKSLASH, from);
    const slash = this.#slashAt;
    const stop = slash >= 0 && slash < end ? slash : end;
    const key = this.#keyBytes;
    if (key) for (let k = from; k < stop && key.length <= MAX_KEY; k++) key.push(chunk[k] as number);
    if (stop >= chunk.length) return stop;
    if (stop === slash) {
      this.#escaped = true;
      return stop + 1;
    }
    this.#inString = false;
    if (key) {
      this.#keys[this.#depth] = key.length <= MAX_KEY ? Buffer.from(key).toString('latin1') : '';
      this.#keyBytes = null;
    }
    return stop + 1;
  }

  #startEntry(at: number): void {
    if (this.#depth === this.#arrayDepth && !this.#inEntry) {
      this.#inEntry = true;
      this.#entryStart = at;
    }
  }

  #open(kind: number): void {
    if (this.#depth >= MAX_DEPTH) throw harInputError('too-deep');
    // The entries array: under "entries" in the object under "log" in the root object.
    const entries = kind === 2 && this.#arrayDepth === -1 && this.#depth === 2;
    this.#depth++;
    if (entries && this.#keys[1] === 'log' && this.#keys[2] === 'entries') this.#arrayDepth = this.#depth;
    this.#kinds[this.#depth] = kind;
    this.#expectKey[this.#depth] = kind === 1 ? 1 : 0;
    this.#keys[this.#depth] = '';
  }

  #close(kind: number, chunk: Buffer, at: number): void {
    if (this.#depth === 0 || this.#kinds[this.#depth] !== kind) throw invalidJsonError();
    if (this.#depth === this.#arrayDepth) {
      if (this.#inEntry) this.#endEntry(chunk, at);
      this.#arrayDepth = -2;
    }
    this.#depth--;
  }

  /** The entry that began at #entryStart (maybe in an earlier chunk) ends just before `at`. */
  #endEntry(chunk: Buffer, at: number): void {
    this.#pieces.push(chunk.subarray(this.#entryStart, at));
    const bytes = this.#pieces.length === 1 ? (this.#pieces[0] as Buffer) : Buffer.concat(this.#pieces);
    this.#pieces = [];
    this.#inEntry = false;
    this.#entryStart = -1;
    this.onEntry(bytes.toString('utf8'));
  }

  /** The file ended: outside every string and bracket, after an entries list. */
  end(): void {
    if (this.#inString || this.#depth !== 0) throw harInputError('truncated');
    if (this.#arrayDepth !== -2) throw harInputError('not-har');
  }
}

/** Reads a HAR file entry by entry; returns how many entries it held. Throws HarInputError on bad input. */
export async function streamHarFile(
  path: string,
  onExchange: (exchange: Exchange, index: number) => void,
  onWarning?: (message: string) => void,
): Promise<number> {
  const reader = harEntryReader(onWarning ? { onWarning } : undefined);
  let index = 0;
  let entry = 0;
  const cutter = new EntryCutter((text) => {
    entry++;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw invalidJsonError(entry);
    }
    const exchange = reader.entry(raw);
    if (exchange) onExchange(exchange, index++);
  });
  let head = true;
  for await (const chunk of createReadStream(path, { highWaterMark: 4 << 20 })) {
    const bytes = chunk as Buffer;
    if (head) {
      // A character cut at the end of the sniffed bytes would read as U+FFFD ("binary"): trim it off.
      const start = bytes.subarray(0, 2048).toString('utf8');
      sniffHarHead(bytes.length > 2048 ? start.slice(0, -4) : start);
      head = false;
    }
    cutter.write(bytes);
  }
  if (head) sniffHarHead('');
  cutter.end();
  return reader.finish();
}
