/**
 * Who may import whom (run in `npm test` as `npm run deps`). Biome's restricted imports catch the obvious
 * cases as you type; this resolves every import for real, type-only ones included, and checks the map of
 * the tree the README's architecture table describes.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle makes two modules one: move the shared types down to a leaf.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'src/ is the pure core: nothing from the shells, no Node or browser module.',
      from: { path: '^src/' },
      to: { pathNot: ['^src/', '^_locales/', '^node_modules/'] },
    },
    {
      name: 'core-no-node',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'ui-talks-by-messages',
      severity: 'error',
      comment:
        'The popup and options pages talk to the worker by messages (src/messages.ts), never by import.',
      from: { path: '^(popup|options)/' },
      to: { path: '^background/' },
    },
    {
      name: 'worker-ignores-pages',
      severity: 'error',
      from: { path: '^background/' },
      to: { path: '^(popup|options|cli|sim)/' },
    },
    {
      name: 'worker-never-words',
      severity: 'error',
      comment:
        'The worker stores codes; the pages word them. Wording tables (words*.ts, src/wording/, the guide) would cost the worker its size budget.',
      from: { path: '^background/' },
      to: {
        path: [
          '^src/wording/',
          '^src/knowledge/.+/words[^/]*\\.ts$',
          '^src/knowledge/guide/(?!ids\\.ts$)',
          '^src/outputs/',
          '^src/verdict/(words|wording)\\.ts$',
        ],
        reachable: true,
      },
    },
    {
      name: 'vocabulary-is-a-floor',
      severity: 'error',
      comment:
        'The vocabulary (types, messages, settings, i18n) is imported by the rest and imports no logic above it.',
      from: { path: '^src/(types|i18n)\\.ts$' },
      to: { path: '^src/', pathNot: '^src/(types|i18n)\\.ts$' },
    },
    {
      name: 'knowledge-below-diagnosis',
      severity: 'error',
      comment:
        'Knowledge tables are data the diagnosis walks; they never call the engine, the proofs or the outputs.',
      from: { path: '^src/knowledge/' },
      to: { path: '^src/(diagnosis|proofs|outputs|capture)/' },
    },
    {
      name: 'shells-apart',
      severity: 'error',
      from: { path: '^(cli|sim)/' },
      to: { path: '^(background|popup|options)/' },
    },
    {
      name: 'no-orphans',
      severity: 'error',
      comment: 'A module nobody imports is dead code (entry points are listed).',
      from: {
        orphan: true,
        pathNot: [
          '\\.d\\.ts$',
          '(^|/)\\.[^/]+\\.(c|m)?js$',
          '^test/',
          '^bench/',
          '^scripts/',
          '^build\\.mjs$',
          '^vitest\\.config\\.ts$',
        ],
      },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '^node_modules/', '^test-results/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
