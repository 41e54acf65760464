/**
 * Words an engine evidence line in the reader's language from the rows of src/wording/evidence.ts. Kept apart
 * from the rows so the pages can run it on the rows of their loaded text pack (one language, loaded on
 * demand) while the CLI and the report pass the bilingual table directly.
 */

const SLOTS: Readonly<Record<string, string>> = {
  n: '([0-9][0-9.,]*\\+?)',
  role: '([a-z-]+)',
  layer: '([a-z-]+)',
  scope: '([a-z-]+)',
  label: '(.+?)',
  text: '(.+?)',
};

/** Slots whose value has its own word (`stream` → `de flux`, `HLS master playlist` → `liste maîtresse HLS`). */
type TermSlot = 'role' | 'layer' | 'scope' | 'label' | 'text';

/**
 * Longer lines are left as written: the engine's own are under 200 characters, and a line that quotes a
 * hostile value (a 20 KB transport error from a crafted HAR) must not make the lazy slots backtrack for
 * seconds on the options page.
 */
const MAX_WORDED_CHARS = 300;

interface CompiledWording {
  pattern: RegExp;
  /** The slot name of each capture group, in order. */
  slots: string[];
  to: string;
  inner: boolean;
}

/** One sentence template the engine writes, with its French wording. */
export interface EvidenceWording {
  en: string;
  fr: string;
  /** Its {text} is itself a line the engine writes (a vendor's note after "HTTP 406:"): word it too. */
  inner?: true;
}

export interface EvidenceRows {
  rows: readonly EvidenceWording[];
  /** The words for the ids and labels the slots quote, by slot; `text` only for whole filler values. */
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
    return { pattern: new RegExp(`^${source}$`), slots, to: row.fr, inner: row.inner === true };
  });
}

const own = (table: Readonly<Record<string, string>>, key: string): string | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/** A label may be followed by its allow-listed query values ("Stalker portal type=stb action=handshake"). */
function wordLabel(labels: Readonly<Record<string, string>>, value: string): string {
  const exact = own(labels, value);
  if (exact !== undefined) return exact;
  for (let space = value.lastIndexOf(' '); space > 0; space = value.lastIndexOf(' ', space - 1)) {
    const label = own(labels, value.slice(0, space));
    if (label !== undefined) return label + value.slice(space);
  }
  return value;
}

/**
 * A function that words lines with these rows; a line no row knows comes back as it was. Slots are filled
 * in the order they appear (each name counted apart, so two {text} keep their order).
 */
export function evidenceWorder({ rows, terms }: EvidenceRows): (line: string) => string {
  const compiled = compile(rows);
  const wordSlot = (slot: string, raw: string, inner: boolean): string => {
    switch (slot) {
      case 'role':
      case 'layer':
      case 'scope':
        return own(terms[slot], raw) ?? raw;
      case 'label':
        return wordLabel(terms.label, raw);
      case 'text':
        return own(terms.text, raw) ?? (inner ? word(raw, false) : raw);
      default:
        return raw;
    }
  };
  function word(line: string, outer: boolean): string {
    if (line.length > MAX_WORDED_CHARS) return line;
    for (const row of compiled) {
      const found = row.pattern.exec(line);
      if (!found) continue;
      const values = new Map<string, string[]>();
      row.slots.forEach((slot, index) => {
        const value = wordSlot(slot, found[index + 1] ?? '', outer && row.inner);
        values.set(slot, [...(values.get(slot) ?? []), value]);
      });
      return row.to.replace(/\{([a-z]+)\}/g, (_, slot: string) => values.get(slot)?.shift() ?? '');
    }
    return line;
  }
  return (line) => word(line, true);
}
