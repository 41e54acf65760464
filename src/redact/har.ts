/**
 * A whole HAR 1.2 document (http://www.softwareishard.com/blog/har-12-spec/), walked by its shape: every
 * entry and every field survive, only credential values change. Odd input (missing fields, numbers where
 * strings belong, extra `_`-prefixed fields) is walked generically and never throws.
 */
import {
  copyWith,
  newSeen,
  type Pass,
  type Seen,
  walkAny,
  walkEncodedBody,
  walkNamedList,
} from './passes.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function walkHeaders(list: unknown, pass: Pass, seen: Seen): unknown {
  return walkNamedList(list, pass, seen, pass.header);
}

function walkCookies(list: unknown, pass: Pass, seen: Seen): unknown {
  return walkNamedList(list, pass, seen, pass.cookie);
}

function walkParams(list: unknown, pass: Pass, seen: Seen): unknown {
  return walkNamedList(list, pass, seen, pass.field, pass.name);
}

function walkPostData(postData: unknown, pass: Pass, seen: Seen): unknown {
  if (!isRecord(postData)) return walkAny(postData, pass, seen);
  const mimeType = asString(postData.mimeType);
  return copyWith(postData, seen, (key, value) => {
    if (key === 'text' && typeof value === 'string') return pass.body(value, mimeType);
    if (key === 'params') return walkParams(value, pass, seen);
    return walkAny(value, pass, seen, key);
  });
}

function walkContent(content: unknown, pass: Pass, seen: Seen): unknown {
  if (!isRecord(content)) return walkAny(content, pass, seen);
  const mimeType = asString(content.mimeType);
  const base64 = asString(content.encoding)?.toLowerCase() === 'base64';
  return copyWith(content, seen, (key, value) => {
    if (key === 'text' && typeof value === 'string') {
      return base64 ? walkEncodedBody(value, mimeType, pass) : pass.body(value, mimeType);
    }
    return walkAny(value, pass, seen, key);
  });
}

function walkRequest(request: unknown, pass: Pass, seen: Seen): unknown {
  if (!isRecord(request)) return walkAny(request, pass, seen);
  return copyWith(request, seen, (key, value) => {
    if (key === 'url' && typeof value === 'string') return pass.url(value);
    if (key === 'headers') return walkHeaders(value, pass, seen);
    if (key === 'cookies') return walkCookies(value, pass, seen);
    if (key === 'queryString') return walkParams(value, pass, seen);
    if (key === 'postData') return walkPostData(value, pass, seen);
    return walkAny(value, pass, seen, key);
  });
}

function walkResponse(response: unknown, pass: Pass, seen: Seen): unknown {
  if (!isRecord(response)) return walkAny(response, pass, seen);
  return copyWith(response, seen, (key, value) => {
    if (key === 'redirectURL' && typeof value === 'string') return pass.url(value);
    if (key === 'headers') return walkHeaders(value, pass, seen);
    if (key === 'cookies') return walkCookies(value, pass, seen);
    if (key === 'content') return walkContent(value, pass, seen);
    return walkAny(value, pass, seen, key);
  });
}

function walkEntry(entry: unknown, pass: Pass, seen: Seen): unknown {
  if (!isRecord(entry)) return walkAny(entry, pass, seen);
  return copyWith(entry, seen, (key, value) => {
    if (key === 'request') return walkRequest(value, pass, seen);
    if (key === 'response') return walkResponse(value, pass, seen);
    return walkAny(value, pass, seen, key);
  });
}

function walkPage(page: unknown, pass: Pass, seen: Seen): unknown {
  if (!isRecord(page)) return walkAny(page, pass, seen);
  return copyWith(page, seen, (key, value) => {
    // DevTools titles a page with its URL: redact it as one (free text survives the URL rules).
    if (key === 'title' && typeof value === 'string') return pass.url(value);
    return walkAny(value, pass, seen, key);
  });
}

function walkLog(log: unknown, pass: Pass, seen: Seen): unknown {
  if (!isRecord(log)) return walkAny(log, pass, seen);
  return copyWith(log, seen, (key, value) => {
    if (key === 'entries' && Array.isArray(value)) {
      return copyWith(value, seen, (_index, entry) => walkEntry(entry, pass, seen));
    }
    if (key === 'pages' && Array.isArray(value)) {
      return copyWith(value, seen, (_index, page) => walkPage(page, pass, seen));
    }
    return walkAny(value, pass, seen, key);
  });
}

/** One pass over a HAR document (or over something that is not one, generically). */
export function walkHar(har: unknown, pass: Pass): unknown {
  const seen = newSeen();
  if (!isRecord(har)) return walkAny(har, pass, seen);
  return copyWith(har, seen, (key, value) =>
    key === 'log' ? walkLog(value, pass, seen) : walkAny(value, pass, seen, key),
  );
}
