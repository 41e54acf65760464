/**
 * Constants esbuild defines at build time (build.mjs); under vitest they are absent and fall back.
 */
declare const __VERSION__: string | undefined;
declare const __BROWSER__: string | undefined;

const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
export const BUILD_BROWSER: 'chrome' | 'firefox' =
  typeof __BROWSER__ === 'string' && __BROWSER__ === 'firefox' ? 'firefox' : 'chrome';
export const CREATOR = { name: 'IPTV Access Lens', version: VERSION } as const;
