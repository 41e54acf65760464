/**
 * Host and path without `new URL()`: the analyzer touches every entry of a 100k-entry HAR, and a URL
 * object per success costs more than the rest of the loop. Only the parts we compare are extracted.
 */
export interface UrlParts {
  host: string;
  path: string;
}

/** Host only: the one part every entry needs, without building the path. */
export function hostOf(url: string): string {
  const schemeEnd = url.indexOf('://');
  if (schemeEnd < 0) return '';
  const hostStart = schemeEnd + 3;
  let hostEnd = url.length;
  for (let i = hostStart; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c === 47 || c === 63 || c === 35) {
      hostEnd = i;
      break;
    }
  }
  const at = url.lastIndexOf('@', hostEnd);
  const host = url.slice(at >= hostStart ? at + 1 : hostStart, hostEnd);
  // Hosts are usually lower case already; skip the copy when they are.
  return /[A-Z]/.test(host) ? host.toLowerCase() : host;
}

export function urlParts(url: string): UrlParts {
  const schemeEnd = url.indexOf('://');
  if (schemeEnd < 0) return { host: '', path: url };
  const hostStart = schemeEnd + 3;
  let hostEnd = url.length;
  for (let i = hostStart; i < url.length; i++) {
    const c = url.charCodeAt(i);
    // '/', '?', '#'
    if (c === 47 || c === 63 || c === 35) {
      hostEnd = i;
      break;
    }
  }
  let authority = url.slice(hostStart, hostEnd);
  const at = authority.lastIndexOf('@');
  if (at >= 0) authority = authority.slice(at + 1);
  let pathEnd = url.length;
  for (let i = hostEnd; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c === 63 || c === 35) {
      pathEnd = i;
      break;
    }
  }
  return { host: authority.toLowerCase(), path: url.slice(hostEnd, pathEnd) || '/' };
}

/**
 * The "endpoint" a failure belongs to, for the one-endpoint-fails rule: the path, with the numbered segments
 * of one HLS/DASH rendition folded (`seg-1.ts`, `chunk_2.m4s` → `*.ts`) so they count as one endpoint. A bare
 * number is not folded: in Xtream paths (`/live/u/p/602.ts`) it is the channel itself.
 */
export function endpointKey(path: string): string {
  return path.replace(
    /\/(?:seg|segment|chunk|media|frag|fragment|sequence|index|data|file)[-_]?\d+\.(ts|m4s|aac|mp4)$/i,
    '/*.$1',
  );
}
