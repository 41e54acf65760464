/**
 * The vendor table as the extension ships it. The rows are written as objects, one source comment per
 * marker (src/knowledge/vendors/rows/); the worker, woken on every refused request and held to a size budget,
 * gets the same facts packed into short tuples at build time (build.mjs evaluates `packRows` and the bundle
 * only carries `unpackRows` and the data). test/unit/knowledge/vendors/packed.test.ts holds that unpacking the
 * packed table gives back the written one.
 */
import type { BlockKind } from '../../types.ts';
import { codeKeys, type Marker, type VendorRow } from './schema.ts';

type MarkerSource = Marker['on'];
type Rule = NonNullable<VendorRow['statusRules']>[number];
type Reader = NonNullable<VendorRow['codes']>[number];

/** [head, key, pattern source?, pattern flags?]; head = source letter, weight %, flags[, :action:errorKey:statuses]. */
type PackedMarker = readonly [string, string, string?, string?];
type PackedReader = readonly [from: string, source: string, flags: string, key: string, keys: string];
type PackedRule = readonly [
  statuses: string,
  action: string,
  when: Rule['when'],
  note: string,
  errorKey: string,
  codeFromStatus: 0 | 1,
];
export type PackedRow = readonly [
  id: string,
  name: string,
  kind: VendorRow['kind'],
  parent: string,
  markers: readonly PackedMarker[],
  codes: readonly PackedReader[],
  rules: readonly PackedRule[],
];

const SOURCES: Readonly<Record<MarkerSource, string>> = {
  header: 'h',
  'header-prefix': 'H',
  cookie: 'c',
  'cookie-prefix': 'C',
  body: 'b',
  'body-match': 'B',
  host: 'o',
  reason: 'r',
  param: 'p',
  url: 'u',
};
const ACTIONS: Readonly<Record<BlockKind, string>> = {
  block: 'b',
  challenge: 'c',
  geo: 'g',
  'rate-limit': 'r',
  'origin-error': 'o',
  auth: 'a',
  unknown: 'u',
};
const FLAGS = [
  ['own', 'o'],
  ['passThrough', 'p'],
  ['sent', 's'],
  ['ref', 'r'],
] as const;

const invert = <T extends string>(table: Readonly<Record<T, string>>) =>
  Object.fromEntries(Object.entries(table).map(([name, code]) => [code, name])) as Record<string, T>;
const SOURCE_OF = invert(SOURCES);
const ACTION_OF = invert(ACTIONS);

/** An error key that starts with the row's id is written as `~` plus the rest. */
const shortKey = (id: string, key = '') => (key.startsWith(`${id}-`) ? `~${key.slice(id.length + 1)}` : key);
const longKey = (id: string, key: string) => (key.startsWith('~') ? `${id}-${key.slice(1)}` : key);

function packMarker(id: string, marker: Marker): PackedMarker {
  let head = SOURCES[marker.on] + Math.round(marker.weight * 100);
  for (const [field, letter] of FLAGS) if (marker[field]) head += letter;
  if (marker.action || marker.errorKey || marker.statuses)
    head += `:${marker.action ? ACTIONS[marker.action] : ''}:${shortKey(id, marker.errorKey)}:${marker.statuses?.join(',') ?? ''}`;
  return marker.value ? [head, marker.key, marker.value.source, marker.value.flags] : [head, marker.key];
}

function unpackMarker(id: string, [head, key, source, flags]: PackedMarker): Marker {
  const [lead = '', action = '', errorKey = '', statuses = ''] = head.split(':');
  const found = /^(\D)(\d+)(\D*)$/.exec(lead);
  const marker: Marker = {
    on: SOURCE_OF[found?.[1] ?? ''] ?? 'header',
    key,
    weight: Number(found?.[2]) / 100,
  };
  if (source !== undefined) marker.value = new RegExp(source, flags);
  if (action) marker.action = ACTION_OF[action] ?? 'unknown';
  if (errorKey) marker.errorKey = longKey(id, errorKey);
  if (statuses) marker.statuses = statuses.split(',').map(Number);
  for (const [field, letter] of FLAGS) if (found?.[3]?.includes(letter)) marker[field] = true;
  return marker;
}

/** `keys` as the `codeKeys` spec it came from: one group per error key. */
function packKeys(keys: Reader['keys']): string {
  const groups = new Map<string, string[]>();
  for (const [code, key] of Object.entries(keys ?? {})) groups.set(key, [...(groups.get(key) ?? []), code]);
  return [...groups].map(([key, codes]) => `${key}:${codes.join(' ')}`).join('|');
}

export function packRows(rows: readonly VendorRow[]): PackedRow[] {
  return rows.map((row) => [
    row.id,
    row.name,
    row.kind,
    row.parent ?? '',
    row.markers.map((marker) => packMarker(row.id, marker)),
    (row.codes ?? []).map(
      (reader): PackedReader => [
        reader.from,
        reader.pattern.source,
        reader.pattern.flags,
        reader.key ?? '',
        packKeys(reader.keys),
      ],
    ),
    (row.statusRules ?? []).map(
      (rule): PackedRule => [
        rule.statuses.join(','),
        ACTIONS[rule.action],
        rule.when,
        rule.note ?? '',
        rule.errorKey ?? '',
        rule.codeFromStatus ? 1 : 0,
      ],
    ),
  ]);
}

export function unpackRows(packed: readonly PackedRow[]): VendorRow[] {
  return packed.map(([id, name, kind, parent, markers, codes, rules]) => {
    const row: VendorRow = { id, name, kind, markers: markers.map((marker) => unpackMarker(id, marker)) };
    if (parent) row.parent = parent;
    if (codes.length > 0)
      row.codes = codes.map(([from, source, flags, key, keys]) => {
        const reader: Reader = { from, pattern: new RegExp(source, flags) };
        if (key) reader.key = key;
        if (keys) reader.keys = codeKeys(keys);
        return reader;
      });
    if (rules.length > 0)
      row.statusRules = rules.map(([statuses, action, when, note, errorKey, codeFromStatus]) => {
        const rule: Rule = {
          statuses: statuses.split(',').map(Number),
          action: ACTION_OF[action] ?? 'unknown',
          when,
        };
        if (note) rule.note = note;
        if (errorKey) rule.errorKey = errorKey;
        if (codeFromStatus) rule.codeFromStatus = true;
        return rule;
      });
    return row;
  });
}
