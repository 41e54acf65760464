/**
 * `iptv-lens`: the core's verdict for support staff and developers, from HAR files. The same engine as the
 * extension; only reading files and printing live here.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze } from '../src/diagnosis/analyze.ts';
import { explain } from '../src/outputs/explain.ts';
import { supportReport } from '../src/outputs/report/report.ts';
import { redactHarDocument } from '../src/redact/index.ts';
import type { Analysis, Lang } from '../src/types.ts';
import type { CurrentVerdict } from '../src/verdict/current.ts';
import { verdictOfExchanges } from '../src/verdict/from-exchanges.ts';
import { analysisJson, analysisText } from './analyze-command.ts';
import { checkCommand } from './check/command.ts';
import {
  parseHarDocument,
  parseHarText,
  readForAnalysis,
  readHarFiles,
  readText,
  UsageError,
} from './input.ts';
import { makeStyle } from './style.ts';
import { USAGE } from './usage.ts';

declare const __VERSION__: string;

const OPTIONS = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  output: { type: 'string', short: 'o' },
  markdown: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function defaultLang(): Lang {
  const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

function pickLang(value: string | undefined): Lang {
  if (value === undefined) return defaultLang();
  if (value === 'en' || value === 'fr') return value;
  throw new UsageError(`--lang takes en or fr, not "${value}"`);
}

const warn = (file: string, message: string) => process.stderr.write(`${file}: warning: ${message}\n`);

/** The analysis of the kept failures, numbered and counted as in the files (successes were tallied). */
function inFiles(analysis: Analysis, read: { entries: number[]; total: number }): Analysis {
  const place = (entry: number) => read.entries[entry] ?? entry;
  const { verdict, findings, totals } = analysis;
  return {
    verdict: verdict.rootEntry === undefined ? verdict : { ...verdict, rootEntry: place(verdict.rootEntry) },
    findings: findings.map((finding) => ({ ...finding, entry: place(finding.entry) })),
    totals: { ...totals, entries: read.total },
  };
}

function inFilesVerdict(verdict: CurrentVerdict, read: { entries: number[] }): CurrentVerdict {
  const entry = verdict.rootEntry;
  return entry === undefined ? verdict : { ...verdict, rootEntry: read.entries[entry] ?? entry };
}

function needFiles(files: readonly string[]): void {
  if (files.length === 0) throw new UsageError('give at least one HAR file');
}

export async function main(argv: readonly string[]): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'bad arguments');
  }
  const { values, positionals } = parsed;
  if (values.version) {
    process.stdout.write(`${__VERSION__}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command === undefined)
    throw new UsageError('no command given (analyze, report, redact, explain, check); see --help');
  const lang = pickLang(values.lang);
  const style = makeStyle(Boolean(process.stdout.isTTY) && !values['no-color'] && !process.env.NO_COLOR);
  switch (command) {
    case 'analyze': {
      needFiles(rest);
      // Streamed and diagnosed entry by entry: files of any size (cli/har-stream.ts).
      const read = await readForAnalysis(rest, warn);
      const engine = analyze(read.exchanges, { findings: read.findings, successes: read.successes });
      // The one verdict, as `report` and the extension give it: the tests the entries' labels tell (their
      // successes were kept for this), else the engine's reading.
      const { verdict } = verdictOfExchanges(engine, read.exchanges.concat(read.tested), Date.now());
      const reading = { analysis: inFiles(engine, read), verdict: inFilesVerdict(verdict, read) };
      process.stdout.write(
        `${values.json ? analysisJson(reading, lang) : analysisText(reading, lang, style)}\n`,
      );
      return 0;
    }
    case 'report': {
      needFiles(rest);
      const exchanges = await readHarFiles(rest, warn);
      const analysis = analyze(exchanges);
      const text = supportReport(
        {
          exchanges,
          analysis,
          proof: null,
          environment: {
            generatedAt: Date.now(),
            timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          },
        },
        lang,
        values.markdown ? 'markdown' : 'text',
      );
      process.stdout.write(`${text}\n`);
      return 0;
    }
    case 'redact': {
      const [input] = rest;
      if (!input || rest.length > 1)
        throw new UsageError('redact takes one input file: iptv-lens redact IN.har -o OUT.har');
      if (!values.output) throw new UsageError('redact needs -o OUT.har');
      const redacted = redactHarDocument(parseHarDocument(readText(input), input));
      const text = `${JSON.stringify(redacted, null, 2)}\n`;
      // What we write must still be a HAR our own reader accepts.
      parseHarText(text, values.output);
      writeFileSync(values.output, text);
      process.stderr.write(`wrote ${values.output}\n`);
      return 0;
    }
    case 'explain': {
      const query = rest.join(' ').trim();
      if (!query) throw new UsageError('explain what? e.g. iptv-lens explain 403');
      const text = explain(query, lang);
      if (!text)
        throw new UsageError(
          `unknown code "${query}": try a status (403), net::ERR_… / NS_ERROR_…, or cloudflare-1020`,
        );
      process.stdout.write(`${style.bold(text.title)}\n${text.lines.join('\n')}\n`);
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${command}" (analyze, report, redact, explain, check)`);
  }
}

function fail(error: unknown): void {
  if (error instanceof UsageError) {
    process.stderr.write(`iptv-lens: ${error.message}\n`);
  } else {
    process.stderr.write(`iptv-lens: unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
  }
  process.exitCode = 2;
}

const args = process.argv.slice(2);
// `check` talks to the network with its own flags (cli/check/command.ts); the others read files.
const run =
  args[0] === 'check' && !args.includes('--help') && !args.includes('-h')
    ? checkCommand(args.slice(1), pickLang)
    : main(args);
run.then((code) => {
  process.exitCode = code;
}, fail);
