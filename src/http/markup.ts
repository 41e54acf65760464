/**
 * HTML read without regular expressions: error pages come from the server (or a page that wants to freeze
 * us), and `<[^>]*>` over 64 KB of `<` backtracks from every `<` to the end — quadratic, seconds on a
 * page's main thread. These scanners walk the text once with indexOf, each character looked at a bounded
 * number of times.
 */

/** Elements whose content is never on screen, and holds no markup worth reading. */
const INVISIBLE = new Set(['script', 'style', 'template']);

/** Elements whose end is a line break on screen; every other tag is inline and vanishes. */
const BLOCK = new Set([
  'br',
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'tr',
  'td',
  'th',
  'table',
  'pre',
  'hr',
  'header',
  'footer',
  'section',
  'main',
  'article',
  'address',
  'center',
  'body',
  'html',
  'form',
  'noscript',
]);

/** The tag name at `text[start]` (just after `<` or `</`), lower-cased; '' when none. */
function tagNameAt(text: string, start: number): string {
  let end = start;
  while (end < text.length && end - start < 16) {
    const code = text.charCodeAt(end);
    const isLetter = (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
    const isDigit = code >= 0x30 && code <= 0x39;
    if (!isLetter && !(isDigit && end > start)) break;
    end++;
  }
  return end === start ? '' : text.slice(start, end).toLowerCase();
}

/** Where the element opened at `from` ends (`</name>`, any case), or -1. */
function closingTag(lower: string, name: string, from: number): number {
  const found = lower.indexOf(`</${name}`, from);
  return found < 0 ? -1 : found;
}

export interface HtmlParts {
  /** The text of the first <title>, entities decoded, whitespace runs collapsed. */
  title: string;
  /** What is on screen: tags removed, block ends as line breaks, invisible elements and comments dropped. */
  visible: string;
  /** The values of href= and src= attributes, in order. */
  links: string[];
}

const MAX_LINKS = 200;

/** Attribute values `href="…"` / `src='…'` of one tag's text. */
function linksOf(tag: string, links: string[]): void {
  const lower = tag.toLowerCase();
  for (const name of ['href', 'src']) {
    let at = lower.indexOf(name);
    while (at >= 0 && links.length < MAX_LINKS) {
      let cursor = at + name.length;
      while (tag[cursor] === ' ') cursor++;
      if (tag[cursor] === '=') {
        cursor++;
        while (tag[cursor] === ' ') cursor++;
        const quote = tag[cursor];
        if (quote === '"' || quote === "'") {
          const end = tag.indexOf(quote, cursor + 1);
          if (end > cursor) links.push(tag.slice(cursor + 1, end));
        }
      }
      at = lower.indexOf(name, at + name.length);
    }
  }
}

/** One pass over an HTML document: its title, visible text and links. */
export function readHtml(text: string): HtmlParts {
  const lower = text.toLowerCase();
  const out: string[] = [];
  const links: string[] = [];
  let title = '';
  let titled = false;
  /** Inside <head>: its tags are read (title, links), its text is not on screen. */
  let inHead = false;
  let cursor = 0;
  /** Where the text not yet copied to `out` starts (a lone "<" stays part of it). */
  let textStart = 0;
  const flush = (until: number) => {
    if (!inHead && until > textStart) out.push(text.slice(textStart, until));
  };
  while (cursor < text.length) {
    const open = text.indexOf('<', cursor);
    if (open < 0) break;
    const next = text[open + 1];
    const comment = next === '!' && text.startsWith('<!--', open);
    const declaration = !comment && (next === '!' || next === '?');
    const closing = next === '/';
    const name = comment || declaration ? '' : tagNameAt(text, open + (closing ? 2 : 1));
    if (!comment && !declaration && name === '') {
      // A lone "<" (text, or a page that wants to freeze us): it stays in the text; look further on.
      cursor = open + 1;
      continue;
    }
    flush(open);
    if (comment) {
      const end = text.indexOf('-->', open + 4);
      out.push('\n');
      cursor = end < 0 ? text.length : end + 3;
      textStart = cursor;
      continue;
    }
    if (declaration) {
      // <!DOCTYPE …>, <?xml …?>: declarations, never text.
      const end = text.indexOf('>', open);
      cursor = end < 0 ? text.length : end + 1;
      textStart = cursor;
      continue;
    }
    const end = text.indexOf('>', open);
    if (end < 0) {
      // An unclosed tag: the rest is text.
      textStart = open;
      break;
    }
    if (!closing && links.length < MAX_LINKS) linksOf(text.slice(open, end + 1), links);
    cursor = end + 1;
    textStart = cursor;
    if (name === 'head') inHead = !closing;
    if (name === 'body') inHead = false;
    if (!closing && name === 'title' && !titled) {
      titled = true;
      const stop = closingTag(lower, 'title', cursor);
      title = text.slice(cursor, Math.min(stop < 0 ? text.length : stop, cursor + 2000));
    }
    if (!closing && (INVISIBLE.has(name) || name === 'title')) {
      // Scripts and styles are never on screen; the title is the title, not a line of the page.
      const stop = closingTag(lower, name, cursor);
      const after = stop < 0 ? -1 : text.indexOf('>', stop);
      out.push('\n');
      cursor = after < 0 ? text.length : after + 1;
      textStart = cursor;
      continue;
    }
    if (BLOCK.has(name)) out.push('\n');
  }
  flush(text.length);
  return {
    title: decodeEntities(title).replace(/\s+/g, ' '),
    visible: decodeEntities(out.join('')),
    links,
  };
}

/** Tags removed, with a space where each was: a one-line text from a panel's message field. */
export function stripTags(text: string): string {
  const out: string[] = [];
  let cursor = 0;
  while (cursor < text.length) {
    const open = text.indexOf('<', cursor);
    if (open < 0) {
      out.push(text.slice(cursor));
      break;
    }
    out.push(text.slice(cursor, open));
    const end = text.indexOf('>', open);
    // An unclosed "<" ends nothing: the rest is text (a regex would try again from every later "<").
    if (end < 0) {
      out.push(text.slice(open));
      break;
    }
    out.push(' ');
    cursor = end + 1;
  }
  return out.join('');
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  bull: '•',
  middot: '·',
};

/**
 * The named entities above, with the accented letters older French, Spanish and Portuguese pages write as entities (Apache's
 * own error pages do), and the typographic apostrophe: for reading a refusal's sentence, not for display.
 */
export const WITH_ACCENTS: Readonly<Record<string, string>> = {
  ...NAMED_ENTITIES,
  rsquo: '’',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  agrave: 'à',
  acirc: 'â',
  ccedil: 'ç',
  ocirc: 'ô',
  ucirc: 'û',
  icirc: 'î',
  ntilde: 'ñ',
  oacute: 'ó',
  aacute: 'á',
  iacute: 'í',
  uacute: 'ú',
  atilde: 'ã',
  otilde: 'õ',
};

/** Character references (`&#233;`, `&#xe9;`) and the named entities of `names` read as the characters they stand for. */
export function decodeEntities(
  text: string,
  names: Readonly<Record<string, string>> = NAMED_ENTITIES,
): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return names[name.toLowerCase()] ?? whole;
  });
}
