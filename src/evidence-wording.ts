/**
 * Words an engine evidence line in the reader's language from the rows of src/texts/evidence.ts. Kept apart
 * from the rows so the pages can run it on the rows of their loaded text pack (one language, loaded on
 * demand) while the CLI and the report pass the bilingual table directly.
 */
import type { EvidenceWording } from './texts/evidence.ts';

const SLOTS: Readonly<Record<string, string>> = {
  n: '([0-9][0-9.,]*)',
  role: '([a-z-]+)',
  layer: '([a-z-]+)',
  scope: '([a-z-]+)',
  text: '(.+?)',
};

/** Slots whose value is an id with its own word (`stream` → `de flux`). */
type TermSlot = 'role' | 'layer' | 'scope';
const isTermSlot = (slot: string): slot is TermSlot =>
  slot === 'role' || slot === 'layer' || slot === 'scope';

interface CompiledWording {
  pattern: RegExp;
  /** The slot name of each capture group, in order. */
  slots: string[];
  to: string;
}

export interface EvidenceRows {
  rows: readonly EvidenceWording[];
  /** The words for the ids {role}, {layer} and {scope} quote, by slot. */
  terms: Readonly<Record<TermSlot, Readonly<Record<string, string>>>>;
}

function compile(rows: readonly EvidenceWording[]): CompiledWording[] {
  return rows.map((row) => {
    const slots: string[] = [];
    const source = row.en
      .split(/(\{[a-z]+\})/)
      .map((part) => {
        const slot = /^\{([a-z]+)\}$/.exec(part)?.[1];
        const pattern = slot === undefined ? undefined : SLOTS[slot];
        if (slot !== undefined && pattern !== undefined) {
          slots.push(slot);
          return pattern;
        }
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('');
    return { pattern: new RegExp(`^${source}$`), slots, to: row.fr };
  });
}

/**
 * A function that words lines with these rows; a line no row knows comes back as it was. Slots are filled
 * in the order they appear (each name counted apart, so two {text} keep their order), and a {text} that is
 * itself a known line — a vendor's note after "HTTP 406:" — is worded too.
 */
export function evidenceWorder({ rows, terms }: EvidenceRows): (line: string) => string {
  const compiled = compile(rows);
  const word = (line: string, depth: number): string => {
    for (const row of compiled) {
      const found = row.pattern.exec(line);
      if (!found) continue;
      const values = new Map<string, string[]>();
      row.slots.forEach((slot, index) => {
        const raw = found[index + 1] ?? '';
        let value = raw;
        if (isTermSlot(slot)) value = (Object.hasOwn(terms[slot], raw) ? terms[slot][raw] : undefined) ?? raw;
        else if (slot === 'text' && depth === 0) value = word(raw, 1);
        values.set(slot, [...(values.get(slot) ?? []), value]);
      });
      return row.to.replace(/\{([a-z]+)\}/g, (_, slot: string) => values.get(slot)?.shift() ?? '');
    }
    return line;
  };
  return (line) => word(line, 0);
}
