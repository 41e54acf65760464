/**
 * Guards the split behind the size budgets: the engine and the worker read facts, never the bilingual
 * display tables; the pages load one language's text pack as a chunk of its own and statically import no
 * bilingual table. Bundled in memory with the same splitting as build.mjs, so it needs no prior build —
 * except the last test, which reads the built workers (what build.mjs leaves out per browser).
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';

/** Bilingual display tables and locale files: the CLI and the packs' build read them, the bundles don't. */
const DISPLAY_TEXT = [
  /^src\/wording\/(?!evidence-match\.ts$|localized\.ts$|typography\.ts$)/,
  /^src\/verdict\/words\.ts$/,
  /^src\/knowledge\/[^/]+\/(?:[^/]+\/)?(?:words|meaning)[^/]*\.ts$/,
  /^src\/knowledge\/guide\/(?!ids\.ts$)/,
  /^src\/outputs\/explain\.ts$/,
  /^_locales\//,
];

const isDisplayText = (input: string) => DISPLAY_TEXT.some((pattern) => pattern.test(input));

async function bundle(entryPoints: Record<string, string>, splitting: boolean) {
  const result = await esbuild.build({
    entryPoints,
    bundle: true,
    write: false,
    outdir: '/virtual',
    format: 'esm',
    splitting,
    metafile: true,
    minify: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { __VERSION__: '"test"', __BROWSER__: '"chrome"' },
    logLevel: 'silent',
  });
  return result.metafile;
}

/** The inputs an output carries with the chunks it imports statically (what loads before it runs). */
function staticInputs(meta: esbuild.Metafile, output: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const used of meta.outputs[path]?.imports ?? [])
      if (used.kind === 'import-statement') visit(used.path);
  };
  visit(output);
  return [...seen].flatMap((path) => Object.keys(meta.outputs[path]?.inputs ?? {}));
}

function outputOf(meta: esbuild.Metafile, entryPoint: string): string {
  const found = Object.entries(meta.outputs).find(([, output]) => output.entryPoint === entryPoint);
  if (!found) throw new Error(`no output for ${entryPoint}`);
  return found[0];
}

describe('bundles', () => {
  it('names display tables that exist (a renamed folder would make the checks below pass on nothing)', () => {
    const files = execSync('git ls-files src _locales', { encoding: 'utf8' }).split('\n');
    for (const pattern of DISPLAY_TEXT)
      expect(
        files.some((file) => pattern.test(file)),
        String(pattern),
      ).toBe(true);
  });

  it('the engine reads facts only', async () => {
    const meta = await bundle({ engine: 'src/diagnosis/analyze.ts' }, false);
    const inputs = staticInputs(meta, outputOf(meta, 'src/diagnosis/analyze.ts'));
    expect(inputs).toContain('src/knowledge/status/facts.ts');
    expect(inputs.filter(isDisplayText)).toEqual([]);
  });

  it('the worker carries no display table', async () => {
    const meta = await bundle({ background: 'background/index.ts' }, false);
    const inputs = staticInputs(meta, outputOf(meta, 'background/index.ts'));
    expect(inputs).toContain('src/knowledge/status/facts.ts');
    expect(inputs.filter(isDisplayText)).toEqual([]);
    // The export writers and their words run in the page that asked for the export (popup/page/export-files.ts).
    for (const writer of [
      'src/outputs/exports.ts',
      'src/outputs/report/report.ts',
      'src/outputs/report/words.ts',
      'src/outputs/har/write.ts',
    ]) {
      expect(inputs).not.toContain(writer);
    }
  }, 20_000);

  it('the pages load one text pack per language, on demand, and no bilingual table up front', async () => {
    const meta = await bundle({ popup: 'popup/main.tsx', options: 'options/main.tsx' }, true);
    for (const page of ['popup/main.tsx', 'options/main.tsx']) {
      const inputs = staticInputs(meta, outputOf(meta, page));
      expect(inputs.filter(isDisplayText), page).toEqual([]);
      expect(
        inputs.some((input) => input.startsWith('popup/text/packs/')),
        page,
      ).toBe(false);
    }
    // Each language's chunk brings its own messages and never the other language's.
    for (const [lang, other] of [
      ['en', 'fr'],
      ['fr', 'en'],
    ]) {
      const inputs = staticInputs(meta, outputOf(meta, `popup/text/packs/${lang}.ts`));
      expect(inputs).toContain(`_locales/${lang}/messages.json`);
      expect(inputs).not.toContain(`_locales/${other}/messages.json`);
    }
  }, 20_000);

  it('each worker carries only its own browser’s error names; the CLI keeps both', () => {
    // Written by `node build.mjs`, which `npm test` runs first. The names are data: in the worker's knowledge
    // file (src/knowledge/shipped.ts), and never in its script.
    const built = (file: string) => {
      const path = join('dist', file);
      if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first`);
      return readFileSync(path, 'utf8');
    };
    const has = (text: string, name: string) => text.includes(name);
    const chrome = built('chrome/knowledge.json');
    expect(has(chrome, 'ERR_NAME_NOT_RESOLVED')).toBe(true);
    expect(has(chrome, 'NS_ERROR_UNKNOWN_HOST')).toBe(false);
    expect(has(chrome, 'Peer using unsupported version')).toBe(false);
    const firefox = built('firefox/knowledge.json');
    expect(has(firefox, 'NS_ERROR_UNKNOWN_HOST')).toBe(true);
    expect(has(firefox, 'Peer using unsupported version')).toBe(true);
    expect(has(firefox, 'ERR_NAME_NOT_RESOLVED')).toBe(false);
    for (const worker of ['chrome/background.js', 'firefox/background.js']) {
      const script = built(worker);
      for (const name of ['ERR_NAME_NOT_RESOLVED', 'NS_ERROR_UNKNOWN_HOST'])
        expect(has(script, name), worker).toBe(false);
    }
    const cli = built('cli/iptv-lens.mjs');
    for (const name of ['ERR_NAME_NOT_RESOLVED', 'NS_ERROR_UNKNOWN_HOST', 'Peer using unsupported version']) {
      expect(has(cli, name)).toBe(true);
    }
  });
});
