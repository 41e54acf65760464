/**
 * Names what an IPTV URL is for (login, catalogue, guide, playlist, stream, key) from the rows of
 * `role-patterns.ts`. The role matters to the verdict: a refused login explains the refused streams that
 * follow it, a refused segment alone points at the stream server or its CDN.
 */

import type { RoleMatch } from '../../types.ts';
import { knowledgeInstalled } from '../shipped.ts';
import { ROLE_PATTERNS, type RolePattern, XTREAM_NUMERIC_ACTIONS } from './patterns.ts';

interface UrlParts {
  host: string;
  /** Lower-cased, percent-decoded when possible, without query or fragment. */
  path: string;
  /** Raw query string; parsed on first use, since most rows never look at it. */
  search: string;
  /** Lower-cased parameter name → lower-cased first value. */
  parsedQuery?: Map<string, string>;
}

const OTHER: RoleMatch = { role: 'other', evidence: 'no known IPTV endpoint pattern' };

function decode(text: string): string {
  if (!text.includes('%') && !text.includes('+')) return text;
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    // A stray "%" in a hand-typed URL: match on the raw text rather than give up.
    return text;
  }
}

/**
 * Splits a URL without `new URL()`: it must accept what a HAR or a log holds (relative paths, "host:port"
 * without a scheme, broken escapes) and it runs once per exchange on the analysis hot path.
 */
function splitUrl(url: string): UrlParts {
  let rest = url.trim();
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  const questionMark = rest.indexOf('?');
  const search = questionMark >= 0 ? rest.slice(questionMark + 1) : '';
  if (questionMark >= 0) rest = rest.slice(0, questionMark);

  let host = '';
  const scheme = rest.indexOf('://');
  if (scheme >= 0) {
    const afterScheme = rest.slice(scheme + 3);
    const slash = afterScheme.indexOf('/');
    const authority = slash >= 0 ? afterScheme.slice(0, slash) : afterScheme;
    rest = slash >= 0 ? afterScheme.slice(slash) : '/';
    // user:pass@ before the host is credentials, never a host name.
    const at = authority.lastIndexOf('@');
    host = (at >= 0 ? authority.slice(at + 1) : authority).replace(/:\d*$/, '').toLowerCase();
  }
  if (!rest.startsWith('/')) rest = `/${rest}`;

  return { host, path: decode(rest).toLowerCase(), search };
}

function queryOf(parts: UrlParts): Map<string, string> {
  if (parts.parsedQuery) return parts.parsedQuery;
  const query = new Map<string, string>();
  for (const pair of parts.search.split('&')) {
    if (!pair) continue;
    const equals = pair.indexOf('=');
    const name = decode(equals >= 0 ? pair.slice(0, equals) : pair).toLowerCase();
    if (!query.has(name)) query.set(name, decode(equals >= 0 ? pair.slice(equals + 1) : '').toLowerCase());
  }
  // Xtream's numeric action codes read as the names the table knows.
  const alias = XTREAM_NUMERIC_ACTIONS[query.get('action') ?? ''];
  if (alias && parts.path.endsWith('player_api.php')) query.set('action', alias);
  parts.parsedQuery = query;
  return query;
}

/** Returns the evidence of a match, or null when the row does not apply. */
function matchRow(row: RolePattern, parts: UrlParts): string | null {
  if (row.mime) return null;
  if (row.path && !row.path.test(parts.path)) return null;
  if (row.host && !row.host.test(parts.host)) return null;
  if (row.queryAbsent) {
    const query = queryOf(parts);
    for (const name of row.queryAbsent) if (query.get(name)) return null;
  }
  let evidence = row.label;
  if (row.query) {
    const query = queryOf(parts);
    for (const name in row.query) {
      const value = query.get(name);
      if (value === undefined) return null;
      const allowed = row.query[name] ?? [];
      if (allowed.length > 0) {
        if (!allowed.includes(value)) return null;
        // Only allow-listed values reach the evidence: a free value could be a token or a password.
        evidence += ` ${name}=${value}`;
      }
    }
  }
  return evidence;
}

function toMatch(row: RolePattern, evidence: string, parts: UrlParts | null): RoleMatch {
  const match: RoleMatch = { role: row.role, evidence };
  if (row.panel) match.panel = row.panel;
  const action = row.actionParam && parts ? queryOf(parts).get(row.actionParam) : row.action;
  if (action) match.action = action;
  return match;
}

/** Strips parameters ("; charset=utf-8") and case from a MIME type. */
function baseMime(mimeType: string): string {
  const semicolon = mimeType.indexOf(';');
  return (semicolon >= 0 ? mimeType.slice(0, semicolon) : mimeType).trim().toLowerCase();
}

interface Found {
  row: RolePattern;
  evidence: string;
  /** The split URL, when the row matched on it (not on the MIME type). */
  parts: UrlParts | null;
}

function findRow(url: string, mimeType: string | undefined): Found | null {
  // In the worker, when its knowledge file could not be read, no URL has a known role: what counts a response
  // and meets it with the page goes on (a diagnosis still fails, on the vendor table, and is kept undiagnosed).
  if (!knowledgeInstalled()) return null;
  if (typeof url === 'string' && url) {
    const parts = splitUrl(url);
    for (const row of ROLE_PATTERNS) {
      const evidence = matchRow(row, parts);
      if (evidence !== null) return { row, evidence, parts };
    }
  }
  if (typeof mimeType === 'string' && mimeType) {
    const mime = baseMime(mimeType);
    for (const row of ROLE_PATTERNS) {
      if (row.mime?.test(mime)) return { row, evidence: `${row.label} ${mime}`, parts: null };
    }
  }
  return null;
}

/** The table row that decides a URL's role and its evidence; null when no row applies. */
export function matchRolePattern(
  url: string,
  mimeType?: string,
): { row: RolePattern; evidence: string } | null {
  const found = findRow(url, mimeType);
  return found ? { row: found.row, evidence: found.evidence } : null;
}

export function endpointRole(url: string, mimeType?: string): RoleMatch {
  const found = findRow(url, mimeType);
  return found ? toMatch(found.row, found.evidence, found.parts) : { ...OTHER };
}
