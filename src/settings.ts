/**
 * The user's settings: one versioned object under `storage.local["settings"]`, written by the options page
 * and the popup, read by the worker. `normalizeSettings` accepts anything (an older version, a hand-edited
 * or half-written value) and returns valid settings, so a bad store never stops the capture.
 */
import { normalizeHost } from './http/host-patterns.ts';
import type { LangPreference } from './i18n.ts';
import type { ErrorClass } from './types.ts';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

export const ERROR_CLASSES: readonly ErrorClass[] = [
  'refusal',
  'auth',
  'limit',
  'missing',
  'server',
  'network',
];

export interface CaptureSettings {
  /** Exact statuses kept as records (4xx the guide explains: 401 identity, 403 refusal, 404 missing, 429). */
  statuses: number[];
  /** Every 5xx: the guide's "a real outage looks like 5xx or timeouts", to tell outage from refusal. */
  serverErrors: boolean;
  /** Any other 4xx (400, 405, 410, 451…): off by default, noisy on most players. */
  otherClientErrors: boolean;
  /** net::ERR_* / NS_ERROR_* failures where no response arrived at all. */
  transportErrors: boolean;
}

export interface BadgeSettings {
  enabled: boolean;
  /** `count`: failures seen on the page; `code`: the status of the most serious one. */
  text: 'count' | 'code';
  /** Classes that may light the badge; narrowing to `['refusal']` shows only refusals. */
  classes: ErrorClass[];
}

export interface Labels {
  /** Free label for the network in use ("home wifi", "4G"): two labels are two networks to compare. */
  network?: string;
  device?: string;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  lang: LangPreference;
  /** Hosts as `example.tv` or `*.example.tv`, kept in step with the granted host permissions. */
  watchedHosts: string[];
  capture: CaptureSettings;
  /** Ring size of stored failure records. */
  maxEvents: number;
  retentionDays: number;
  badge: BadgeSettings;
  /** Read the visible text of a refused page on a watched host (needs `scripting`). */
  readErrorPages: boolean;
  labels: Labels;
}

export const MAX_EVENTS_RANGE = { min: 100, max: 10_000 } as const;
export const RETENTION_DAYS_RANGE = { min: 1, max: 90 } as const;
const LABEL_MAX_LENGTH = 40;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze<Settings>({
  version: SETTINGS_VERSION,
  lang: 'auto',
  watchedHosts: [],
  capture: {
    statuses: [401, 403, 404, 429],
    serverErrors: true,
    otherClientErrors: false,
    transportErrors: true,
  },
  // 2000 records of ~2 KB stay far below Chrome's 10 MB storage.local quota, so no `unlimitedStorage`.
  maxEvents: 2000,
  retentionDays: 7,
  // The code says which kind of no at a glance ("403", "429", "503", "ERR"); a count says only "some".
  badge: { enabled: true, text: 'code', classes: [...ERROR_CLASSES] },
  readErrorPages: true,
  labels: {},
});

type Raw = Record<string, unknown>;

/**
 * Each step takes the object of version N and returns version N+1. Version 0 is what development builds
 * stored before settings had a version: `hosts` as one comma-separated string and a flat `badgeEnabled`.
 */
const MIGRATIONS: ReadonlyArray<(raw: Raw) => Raw> = [
  (v0) => {
    const { hosts, badgeEnabled, ...rest } = v0;
    const watchedHosts = typeof hosts === 'string' ? hosts.split(/[,\s]+/) : hosts;
    const badge =
      typeof badgeEnabled === 'boolean' ? { ...asRecord(rest.badge), enabled: badgeEnabled } : rest.badge;
    return { ...rest, watchedHosts: rest.watchedHosts ?? watchedHosts, badge, version: 1 };
  },
];

function asRecord(value: unknown): Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Raw) : {};
}

function migrate(raw: Raw): Raw {
  const stored = raw.version;
  let version = typeof stored === 'number' && Number.isInteger(stored) && stored >= 0 ? stored : 0;
  let current = raw;
  // A version newer than ours (a downgrade) is read as ours: unknown fields are dropped below.
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    current = step(current);
    version += 1;
  }
  return current;
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function clampInt(value: unknown, range: { min: number; max: number }, fallback: number): number {
  const number = typeof value === 'string' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) return fallback;
  return Math.min(range.max, Math.max(range.min, Math.round(number)));
}

function lang(value: unknown): LangPreference {
  return value === 'en' || value === 'fr' || value === 'auto' ? value : DEFAULT_SETTINGS.lang;
}

function statuses(value: unknown): number[] {
  if (!Array.isArray(value)) return [...DEFAULT_SETTINGS.capture.statuses];
  const codes = value
    .map((code) => (typeof code === 'string' ? Number(code) : code))
    .filter((code): code is number => Number.isInteger(code) && code >= 400 && code <= 599);
  return [...new Set(codes)].sort((a, b) => a - b);
}

function hosts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const valid = value.map((host) => (typeof host === 'string' ? normalizeHost(host) : null));
  return [...new Set(valid.filter((host): host is string => host !== null))].sort();
}

function classes(value: unknown): ErrorClass[] {
  if (!Array.isArray(value)) return [...ERROR_CLASSES];
  return ERROR_CLASSES.filter((errorClass) => value.includes(errorClass));
}

function label(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim().slice(0, LABEL_MAX_LENGTH);
  return text === '' ? undefined : text;
}

export function normalizeLabels(raw: unknown): Labels {
  const record = asRecord(raw);
  const labels: Labels = {};
  const network = label(record.network);
  const device = label(record.device);
  if (network) labels.network = network;
  if (device) labels.device = device;
  return labels;
}

/** Anything in, valid settings out: missing or wrong fields take their default, the rest is kept. */
export function normalizeSettings(raw: unknown): Settings {
  const source = migrate(asRecord(raw));
  const capture = asRecord(source.capture);
  const badge = asRecord(source.badge);
  const defaults = DEFAULT_SETTINGS;
  return {
    version: SETTINGS_VERSION,
    lang: lang(source.lang),
    watchedHosts: hosts(source.watchedHosts),
    capture: {
      statuses: 'statuses' in capture ? statuses(capture.statuses) : [...defaults.capture.statuses],
      serverErrors: bool(capture.serverErrors, defaults.capture.serverErrors),
      otherClientErrors: bool(capture.otherClientErrors, defaults.capture.otherClientErrors),
      transportErrors: bool(capture.transportErrors, defaults.capture.transportErrors),
    },
    maxEvents: clampInt(source.maxEvents, MAX_EVENTS_RANGE, defaults.maxEvents),
    retentionDays: clampInt(source.retentionDays, RETENTION_DAYS_RANGE, defaults.retentionDays),
    badge: {
      enabled: bool(badge.enabled, defaults.badge.enabled),
      text: badge.text === 'code' || badge.text === 'count' ? badge.text : defaults.badge.text,
      classes: classes(badge.classes),
    },
    readErrorPages: bool(source.readErrorPages, defaults.readErrorPages),
    labels: normalizeLabels(source.labels),
  };
}

/** Whether a response status is kept as a record under these settings (successes are only counted). */
export function capturesStatus(status: number, capture: CaptureSettings): boolean {
  if (capture.statuses.includes(status)) return true;
  if (status >= 500 && status <= 599) return capture.serverErrors;
  if (status >= 400 && status <= 499) return capture.otherClientErrors;
  return false;
}
