/** mpd-parser (video.js) ships no types; only the entry point the check calls is declared. */
declare module 'mpd-parser' {
  export function parse(manifest: string, options?: { manifestUri?: string }): unknown;
}
