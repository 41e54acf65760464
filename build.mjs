/**
 * build.mjs — one source, every artefact.
 *
 * Produces:
 *   dist/cli/iptv-lens.mjs   the Node CLI (bin `iptv-lens`)
 *   dist/chrome/             the MV3 extension for Chromium (background.service_worker)
 *   dist/firefox/            the same extension for Firefox (background.scripts + gecko settings)
 *   dist/*.zip               store-ready archives of both
 *   dist/<browser>.meta.json what each bundled file imports (esbuild metafile), read by `npm run bench`
 *
 * The worker is one file; the popup and options pages are split, with one chunk per language's text pack.
 *
 * Run: `node build.mjs` (or `npm run build`). Any esbuild warning fails the build.
 * `--test-hosts=a,b` additionally writes dist/chrome-test with those hosts in host_permissions
 * (only for tests that document why they cannot grant at runtime).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { minify } from 'terser';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

async function bundle(options) {
  const result = await esbuild.build({
    bundle: true,
    logLevel: 'silent',
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { __VERSION__: JSON.stringify(pkg.version) },
    ...options,
  });
  if (result.warnings.length > 0) {
    const text = await esbuild.formatMessages(result.warnings, { kind: 'warning' });
    throw new Error(`esbuild warnings are errors here:\n${text.join('\n')}`);
  }
  return result;
}

async function buildCli() {
  await bundle({
    entryPoints: [join(root, 'cli/main.ts')],
    outfile: join(dist, 'cli/iptv-lens.mjs'),
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // CommonJS dependencies (cli-progress) require Node built-ins; an ES module bundle needs a `require` for them.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
    },
  });
}

const FIREFOX_ONLY_PERMISSIONS = ['webRequestBlocking', 'webRequestFilterResponse'];

/** The manifest differs between browsers in how the background runs, Gecko's settings and body reading. */
function manifestFor(browser, extraHosts = []) {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  manifest.version = pkg.version;
  if (browser === 'chrome') {
    manifest.background = { service_worker: 'background.js', type: 'module' };
    delete manifest.browser_specific_settings;
  } else {
    manifest.background = { scripts: ['background.js'], type: 'module' };
    // Firefox alone can read response bodies (webRequest.filterResponseData): it needs blocking webRequest,
    // and since Firefox 110 an MV3 extension must also ask for webRequestFilterResponse (MDN).
    manifest.permissions = [...manifest.permissions, ...FIREFOX_ONLY_PERMISSIONS];
  }
  if (extraHosts.length > 0) manifest.host_permissions = extraHosts;
  return manifest;
}

/**
 * A text pack module (popup/text/packs/<lang>.ts) computes one language's strings from the bilingual tables.
 * The pages ship its value, not its code: each pack module is evaluated here once and replaced by JSON, so
 * its chunk holds that language's finished strings and nothing else (see src/wording/pack.ts).
 */
const evaluatedPacks = new Map();
const textPacksAsData = {
  name: 'text-packs-as-data',
  setup(build) {
    build.onLoad({ filter: /[\\/]popup[\\/]text[\\/]packs[\\/][a-z]+\.ts$/ }, async ({ path }) => {
      if (!evaluatedPacks.has(path)) {
        const result = await bundle({ entryPoints: [path], write: false, platform: 'node', format: 'esm' });
        const code = Buffer.from(result.outputFiles[0].contents).toString('base64');
        const module = await import(`data:text/javascript;base64,${code}`);
        evaluatedPacks.set(path, JSON.stringify(module.default));
      }
      return { contents: evaluatedPacks.get(path), loader: 'json' };
    });
  },
};

/**
 * The vendor table ships packed: its rows are written as commented objects (src/knowledge/vendors/rows/), the
 * extension gets the same facts as short tuples and the few lines that unpack them
 * (src/knowledge/vendors/packed.ts): inline in the pages, in the knowledge file for the worker (below). Packed
 * once per build, for both.
 */
let packedVendors;
function packedVendorTable(path) {
  packedVendors ??= evaluate(
    `export { VENDOR_TABLE } from ${JSON.stringify(path)};\nexport { packRows } from ${JSON.stringify(join(dirname(path), 'packed.ts'))};`,
    dirname(path),
  ).then((module) => module.packRows(module.VENDOR_TABLE));
  return packedVendors;
}

const vendorTableAsData = {
  name: 'vendor-table-as-data',
  setup(build) {
    build.onLoad({ filter: /[\\/]knowledge[\\/]vendors[\\/]table\.ts$/ }, async ({ path }) => {
      const packed = `String.raw\`${await packedVendorTable(path)}\``;
      return {
        // No VENDOR_TABLE export: a bundle that read it would unpack at load, so importing it fails the build.
        contents: `import { unpackRows } from './packed.ts';\nlet rows;\nexport function vendorRows() {\n  return (rows ??= unpackRows(${packed}));\n}\n`,
        resolveDir: dirname(path),
        loader: 'ts',
      };
    });
  },
};

/**
 * The worker, compiled on every wake, gets a second pass by terser after esbuild's minifier: its compressor
 * inlines and folds what esbuild leaves (one-use functions, constant conditions), some 6 % of the gzipped worker.
 * Safe options only (no `unsafe*`): the output must behave as the source does.
 */
async function compress(file) {
  const result = await minify(readFileSync(file, 'utf8'), {
    module: true,
    ecma: 2020,
    // hoist_funs: function declarations first, which gzip finds more repeats in (−0.2 KB).
    compress: { passes: 2, hoist_funs: true },
    mangle: true,
    format: { comments: false },
  });
  writeFileSync(file, result.code);
}

/** Evaluates a module at build time (Node), for the data it exports. */
async function evaluate(entry, resolveDir) {
  const result = await bundle({
    stdin: { contents: entry, resolveDir, loader: 'ts' },
    write: false,
    platform: 'node',
    format: 'esm',
  });
  const code = Buffer.from(result.outputFiles[0].contents).toString('base64');
  return import(`data:text/javascript;base64,${code}`);
}

/**
 * Tables the worker reads from knowledge.json, beside it, on the first event that reads traffic, rather than compiling
 * them as code on every wake (src/knowledge/shipped.ts says why). In the worker's bundle each module below is
 * replaced by one that registers with the registry and whose exports the file fills; the vendor table ships
 * packed (src/knowledge/vendors/packed.ts). The pages and the CLI keep the modules as written.
 */
const SHIPPED_TABLES = [
  'src/knowledge/refusals/stated-table.ts',
  'src/knowledge/refusals/lean-table.ts',
  'src/knowledge/refusals/block-pages-table.ts',
  'src/knowledge/refusals/envelopes-table.ts',
  'src/knowledge/vendors/errors/facts-table.ts',
  'src/knowledge/endpoints/patterns.ts',
  'src/knowledge/transport/rows.ts',
  'src/knowledge/panels/replies-table.ts',
  'src/proofs/combinations.ts',
];
/** Each browser's worker ships only its own transport error names (see onlyOwnTransportNames). */
const shippedTablesOf = (browser) => [...SHIPPED_TABLES, `src/knowledge/transport/names-${browser}.ts`];
const VENDOR_TABLE_MODULE = 'src/knowledge/vendors/table.ts';
const shippedJs = JSON.stringify(join(root, 'src/knowledge/shipped.ts'));

function shippedKnowledge(tables, modules) {
  return {
    name: 'shipped-knowledge',
    setup(build) {
      build.onLoad({ filter: /[\\/]knowledge[\\/]vendors[\\/]table\.ts$/ }, async ({ path }) => {
        tables[VENDOR_TABLE_MODULE] = { packed: await packedVendorTable(path) };
        return {
          contents: [
            `import { unpackRows } from './packed.ts';`,
            `import { shipTable } from ${shippedJs};`,
            'let packed;',
            'let rows;',
            `shipTable(${JSON.stringify(VENDOR_TABLE_MODULE)}, ['packed'], (file) => { packed = file.packed; rows = undefined; });`,
            'export function vendorRows() {',
            `  if (packed === undefined) throw new Error('the vendor table was read before the knowledge file was installed');`,
            '  return (rows ??= unpackRows(packed));',
            '}',
          ].join('\n'),
          resolveDir: dirname(path),
          loader: 'js',
        };
      });
      build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
        const name = relative(root, path).split('\\').join('/');
        if (!modules.includes(name)) return undefined;
        const module = await evaluate(`export * from ${JSON.stringify(path)};`, dirname(path));
        const names = Object.keys(module);
        // The generated module's own names must not be shadowed by an export (its fill would miss it).
        const taken = names.filter((key) => ['shipTable', 'unshipped', '$shipped'].includes(key));
        if (taken.length > 0)
          throw new Error(`build: ${name} exports ${taken.join(', ')}, a name the shipped module needs`);
        tables[name] = Object.fromEntries(names.map((key) => [key, module[key]]));
        return {
          contents: [
            `import { shipTable, unshipped } from ${shippedJs};`,
            `export let ${names.map((key) => `${key} = unshipped(${JSON.stringify(`${name}: ${key}`)})`).join(', ')};`,
            `shipTable(${JSON.stringify(name)}, ${JSON.stringify(names)}, ($shipped) => { ({ ${names.join(', ')} } = $shipped); });`,
          ].join('\n'),
          loader: 'js',
        };
      });
    },
  };
}

/**
 * A browser never reports the other one's transport error names, and its worker wakes on every refused
 * request: each worker gets the other browser's table (src/knowledge/transport/names-<browser>.ts) empty. The
 * CLI and the pages, which read HAR files from both browsers, get both tables.
 */
function onlyOwnTransportNames(browser) {
  const other = browser === 'chrome' ? 'firefox' : 'chrome';
  return {
    name: 'only-own-transport-names',
    setup(build) {
      build.onLoad(
        { filter: new RegExp(`[\\\\/]knowledge[\\\\/]transport[\\\\/]names-${other}\\.ts$`) },
        () => ({
          contents: `export const ${other.toUpperCase()}_TRANSPORT_NAMES = {};`,
          loader: 'ts',
        }),
      );
    },
  };
}

async function buildExtension(browser, outDir, extraHosts = []) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const common = {
    outdir: outDir,
    platform: 'browser',
    format: 'esm',
    target: ['chrome110', 'firefox115'],
    minify: true,
    metafile: true,
    define: { __VERSION__: JSON.stringify(pkg.version), __BROWSER__: JSON.stringify(browser) },
  };
  // The worker is one file: no code splitting, so it never waits on a chunk when an event wakes it.
  const shipped = {};
  const worker = await bundle({
    ...common,
    plugins: [onlyOwnTransportNames(browser), shippedKnowledge(shipped, shippedTablesOf(browser))],
    entryPoints: {
      background: join(root, 'background/index.ts'),
      'page-reader': join(root, 'background/page-side/page-reader.ts'),
    },
  });
  await compress(join(outDir, 'background.js'));
  for (const name of [VENDOR_TABLE_MODULE, ...shippedTablesOf(browser)])
    if (!shipped[name])
      throw new Error(`build: the worker no longer imports ${name}; take it off the shipped tables`);
  const { writeShipped } = await evaluate(`export { writeShipped } from ${shippedJs};`, root);
  // In a fixed order, so two builds of one source give the same file (the loads above finish in any order).
  const ordered = Object.fromEntries(
    [VENDOR_TABLE_MODULE, ...shippedTablesOf(browser)].map((name) => [name, shipped[name]]),
  );
  writeFileSync(join(outDir, 'knowledge.json'), writeShipped(ordered));
  // Extension pages split: each language's text pack is a chunk loaded on demand. Module scripts and their
  // chunks are always decoded as UTF-8, so the packs' French stays as written instead of \u escapes.
  const pageBundle = (entryPoints) =>
    bundle({
      ...common,
      entryPoints,
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      charset: 'utf8',
      plugins: [textPacksAsData, vendorTableAsData],
    });
  // The options and Test pages share the code both use instead of shipping it twice.
  const pages = await pageBundle({
    options: join(root, 'options/main.tsx'),
    check: join(root, 'options/check/main.tsx'),
  });
  // The popup is bundled on its own: it opens on every click and must paint within 150 ms, and the ten
  // chunks it shared with the other pages cost it ~30 ms of module loading on a 2-core machine (two files
  // now, its text packs still on demand). The packs are shipped twice in the package for it.
  const popup = await pageBundle({ popup: join(root, 'popup/main.tsx') });
  // What each output imports, for `npm run bench` (kept beside the package, not in it).
  const outputs = { ...worker.metafile.outputs, ...pages.metafile.outputs, ...popup.metafile.outputs };
  writeFileSync(`${outDir}.meta.json`, JSON.stringify({ outputs }));
  // Page scripts registered on the watched hosts (background/page-side/panel-observer.ts) run as classic scripts, one
  // of them in the page's own world: an IIFE, so none of our names lands on the page's window.
  await bundle({
    entryPoints: {
      'panel-page-hook': join(root, 'background/page-side/page-hook.ts'),
      'panel-relay': join(root, 'background/page-side/relay.ts'),
    },
    outdir: outDir,
    platform: 'browser',
    format: 'iife',
    target: ['chrome110', 'firefox115'],
    minify: true,
  });
  writeFileSync(
    join(outDir, 'manifest.json'),
    `${JSON.stringify(manifestFor(browser, extraHosts), null, 2)}\n`,
  );
  for (const page of [
    'popup/popup.html',
    'options/options.html',
    'popup/shared.css',
    'popup/popup.css',
    'options/options.css',
  ]) {
    if (existsSync(join(root, page))) cpSync(join(root, page), join(outDir, page.split('/')[1]));
  }
  preloadChunks(outDir, outputs, ['popup', 'options']);
  // The Test page (options/check/): its own page, reachable from the popup and the options page.
  for (const page of ['check.html', 'check.css'])
    cpSync(join(root, 'options/check', page), join(outDir, page));
  cpSync(join(root, '_locales'), join(outDir, '_locales'), { recursive: true });
  cpSync(join(root, 'icons'), join(outDir, 'icons'), { recursive: true });
}

/**
 * Each page's HTML names every chunk its script imports statically (`<link rel="modulepreload">`), so the
 * browser fetches them side by side instead of discovering the import graph one level at a time: most of
 * the popup's module loading on a slow machine was that waterfall.
 */
function preloadChunks(outDir, outputs, pages) {
  const prefix = `${relative(root, outDir)}/`;
  for (const page of pages) {
    const seen = new Set();
    const visit = (path) => {
      for (const used of outputs[path]?.imports ?? []) {
        if (used.kind !== 'import-statement' || seen.has(used.path)) continue;
        seen.add(used.path);
        visit(used.path);
      }
    };
    const entry = `${prefix}${page}.js`;
    if (!outputs[entry])
      throw new Error(`build: ${entry} is not in the metafile; its chunks cannot be preloaded`);
    visit(entry);
    const html = join(outDir, `${page}.html`);
    const links = [...seen]
      .map((path) => `    <link rel="modulepreload" href="${path.slice(prefix.length)}" />\n`)
      .join('');
    const text = readFileSync(html, 'utf8');
    const tag = `    <script type="module" src="${page}.js"></script>`;
    if (!text.includes(tag)) throw new Error(`build: ${page}.html has no "${tag.trim()}" to preload for`);
    writeFileSync(html, text.replace(tag, `${links}${tag}`));
  }
}

function zip(dir, file) {
  rmSync(file, { force: true });
  try {
    execFileSync('zip', ['-qr', file, '.'], { cwd: dir });
  } catch {
    // zip is a convenience for store uploads; a machine without it still gets the unpacked builds.
    console.warn(`(skipped ${file}: the zip command is not installed)`);
  }
}

const testHosts = process.argv.find((arg) => arg.startsWith('--test-hosts='))?.split('=')[1];

await buildCli();
if (existsSync(join(root, 'background/index.ts'))) {
  await buildExtension('chrome', join(dist, 'chrome'));
  await buildExtension('firefox', join(dist, 'firefox'));
  zip(join(dist, 'chrome'), join(dist, `iptv-access-lens-chrome-${pkg.version}.zip`));
  zip(join(dist, 'firefox'), join(dist, `iptv-access-lens-firefox-${pkg.version}.zip`));
  if (testHosts) await buildExtension('chrome', join(dist, 'chrome-test'), testHosts.split(','));
}
console.log('built:', ['cli', 'chrome', 'firefox'].filter((d) => existsSync(join(dist, d))).join(', '));
