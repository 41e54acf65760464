/**
 * The baseline of the 1 GB bench (bench/large-har.ts): the file streamed through the entry cutter and each
 * entry through JSON.parse, counted, nothing else. Run as a child process: `tsx bench/bare-stream.ts FILE`.
 */
import { createReadStream } from 'node:fs';
import { EntryCutter } from '../cli/har-stream.ts';

const file = process.argv[2];
if (!file) throw new Error('bare-stream: give a HAR file');
let entries = 0;
const cutter = new EntryCutter((text) => {
  JSON.parse(text);
  entries++;
});
for await (const chunk of createReadStream(file, { highWaterMark: 4 << 20 })) cutter.write(chunk as Buffer);
cutter.end();
process.stdout.write(`${entries}\n`);
