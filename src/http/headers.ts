import type { Header } from '../types.ts';

/** Header names are case-insensitive (RFC 9110 §5.1); HAR and webRequest keep whatever case was sent. */
export function getHeader(headers: readonly Header[], name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const header of headers) if (header.name.toLowerCase() === wanted) return header.value;
  return undefined;
}

function _getHeaders(headers: readonly Header[], name: string): string[] {
  const wanted = name.toLowerCase();
  return headers.filter((header) => header.name.toLowerCase() === wanted).map((header) => header.value);
}

/** Names set by the response, in header order (`set-cookie` lines; Firefox joins several with "\n"). */
export function setCookieNames(responseHeaders: readonly Header[]): string[] {
  const names: string[] = [];
  for (const header of responseHeaders) {
    if (header.name.toLowerCase() !== 'set-cookie') continue;
    for (const line of header.value.split('\n')) {
      const name = line.split('=')[0]?.trim();
      if (name) names.push(name);
    }
  }
  return names;
}

/** Names the request sent in its `cookie` header(s), in order. */
export function requestCookieNames(requestHeaders: readonly Header[]): string[] {
  const names: string[] = [];
  for (const header of requestHeaders) {
    if (header.name.toLowerCase() !== 'cookie') continue;
    for (const pair of header.value.split(';')) {
      const name = pair.split('=')[0]?.trim();
      if (name) names.push(name);
    }
  }
  return names;
}
