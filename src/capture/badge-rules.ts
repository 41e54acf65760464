/**
 * What the toolbar badge shows for a tab: pure, so the worker only applies the result. The badge answers
 * "did something here get refused?" at a glance; its colour says which kind of no, in the guide's order
 * of what to look at first.
 */
import type { BadgeSettings } from '../settings.ts';
import type { ErrorClass, Finding, Layer } from '../types.ts';

/** Failures seen on the tab's current page, per class. */
export interface TabFailures {
  counts: Partial<Record<ErrorClass, number>>;
  /** Latest status per class; 0 when the transport failed (no HTTP status). */
  lastStatus: Partial<Record<ErrorClass, number>>;
  /** Who refused the latest of each class: the badge's tooltip names it. */
  lastWho?: Partial<Record<ErrorClass, BadgeWho>>;
}

/** What the tooltip says: the code and who said no; the worker words it (chrome.i18n, browser.ts). */
interface BadgeWho {
  layer: Layer;
  vendor: string | null;
}

export interface BadgeLook {
  text: string;
  color: string;
  /** The code ("403", "ERR") and who refused, for a per-tab tooltip. */
  tip?: BadgeWho & { code: string };
}

/**
 * Most telling first: a refusal (403 from a WAF, geo, app rule) is what the product explains; auth and
 * limits are the account's or the rhythm's; outages and transport failures come next; a missing resource
 * is usually one stale link.
 */
export const CLASS_PRIORITY: readonly ErrorClass[] = [
  'refusal',
  'auth',
  'limit',
  'server',
  'network',
  'missing',
];

/** Colours keep white text readable (contrast ≥ 4.5:1) on Chrome's and Firefox's badge. */
export const BADGE_COLORS: Readonly<Record<ErrorClass, string>> = {
  refusal: '#C5221F',
  auth: '#B45309',
  limit: '#B45309',
  server: '#7B1FA2',
  network: '#5F6368',
  missing: '#1A5FB4',
};

/** Chrome shows about four characters; more are cut. */
const MAX_BADGE_COUNT = 999;

export function emptyFailures(): TabFailures {
  return { counts: {}, lastStatus: {} };
}

export function addFailure(
  failures: TabFailures,
  finding: Pick<Finding, 'errorClass' | 'status' | 'layer' | 'vendor'>,
): TabFailures {
  const { errorClass, status, layer, vendor } = finding;
  return {
    counts: { ...failures.counts, [errorClass]: (failures.counts[errorClass] ?? 0) + 1 },
    lastStatus: { ...failures.lastStatus, [errorClass]: status },
    lastWho: { ...failures.lastWho, [errorClass]: { layer, vendor } },
  };
}

/** The badge for a tab, or null to clear it. */
export function badgeFor(failures: TabFailures, settings: BadgeSettings): BadgeLook | null {
  if (!settings.enabled) return null;
  const shown = CLASS_PRIORITY.filter(
    (errorClass) => settings.classes.includes(errorClass) && (failures.counts[errorClass] ?? 0) > 0,
  );
  const lead = shown[0];
  if (lead === undefined) return null;
  const color = BADGE_COLORS[lead];
  const status = failures.lastStatus[lead] ?? 0;
  // A refusal written inside an HTTP success (an "Expired" behind a 200) has no code worth showing: "!" says
  // "refused" and the tooltip says by whom.
  const code = status === 0 ? 'ERR' : status < 400 ? '!' : String(status);
  const who = failures.lastWho?.[lead];
  const tip = { code, layer: who?.layer ?? 'none', vendor: who?.vendor ?? null };
  if (settings.text === 'code') return { text: code, color, tip };
  const total = shown.reduce((sum, errorClass) => sum + (failures.counts[errorClass] ?? 0), 0);
  return { text: total > MAX_BADGE_COUNT ? `${MAX_BADGE_COUNT}+` : String(total), color, tip };
}
