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
  ['inSuccess', 'j'],
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

/** Fields are joined by tabs, markers by lines, rows by blank lines: a text that gzip squeezes best. */
const FIELD = '\t';
const LINE = '\n';
const ROW = '\n\n';

function line(fields: readonly (string | number)[]): string {
  const text = fields.join(FIELD);
  // The packed text is shipped inside a String.raw template: these would end or break it.
  if (/[\n`]|\$\{/.test(text)) throw new Error(`vendor table: a field cannot be packed: ${text}`);
  return text;
}

export function packRows(rows: readonly VendorRow[]): string {
  return rows
    .map((row) =>
      [
        line([row.id, row.name, row.kind, row.parent ?? '', row.asksNoLogin ? 1 : '']),
        ...row.markers.map((marker) =>
          line(packMarker(row.id, marker).filter((field) => field !== undefined)),
        ),
        ...(row.codes ?? []).map((reader) =>
          line([
            '#',
            reader.from,
            reader.pattern.source,
            reader.pattern.flags,
            reader.key ?? '',
            packKeys(reader.keys),
            reader.statuses?.join(',') ?? '',
          ]),
        ),
        ...(row.statusRules ?? []).map((rule) =>
          line([
            '!',
            rule.statuses.join(','),
            ACTIONS[rule.action],
            rule.when,
            rule.note ?? '',
            rule.errorKey ?? '',
            rule.codeFromStatus ? 1 : 0,
          ]),
        ),
      ].join(LINE),
    )
    .join(ROW);
}

export function unpackRows(packed: string): VendorRow[] {
  return packed.split(ROW).map((block) => {
    const [head = '', ...lines] = block.split(LINE);
    const [id = '', name = '', kind = 'cdn', parent = '', asksNoLogin = ''] = head.split(FIELD);
    const row: VendorRow = { id, name, kind: kind as VendorRow['kind'], markers: [] };
    if (parent) row.parent = parent;
    if (asksNoLogin) row.asksNoLogin = true;
    const markers: Marker[] = [];
    const codes: Reader[] = [];
    const rules: Rule[] = [];
    for (const text of lines) {
      const fields = text.split(FIELD);
      if (fields[0] === '#') {
        const [, from = '', source = '', flags = '', key = '', keys = '', statuses = ''] = fields;
        const reader: Reader = { from, pattern: new RegExp(source, flags) };
        if (key) reader.key = key;
        if (keys) reader.keys = codeKeys(keys);
        if (statuses) reader.statuses = statuses.split(',').map(Number);
        codes.push(reader);
      } else if (fields[0] === '!') {
        const [, statuses = '', action = '', when = 'always', note = '', errorKey = '', fromStatus = '0'] =
          fields;
        const rule: Rule = {
          statuses: statuses.split(',').map(Number),
          action: ACTION_OF[action] ?? 'unknown',
          when: when as Rule['when'],
        };
        if (note) rule.note = note;
        if (errorKey) rule.errorKey = errorKey;
        if (fromStatus === '1') rule.codeFromStatus = true;
        rules.push(rule);
      } else {
        markers.push(unpackMarker(id, fields as unknown as PackedMarker));
      }
    }
    row.markers = markers;
    if (codes.length > 0) row.codes = codes;
    if (rules.length > 0) row.statusRules = rules;
    return row;
  });
}
