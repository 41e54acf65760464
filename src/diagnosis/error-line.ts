/**
 * A transport error as an evidence line quotes it. A browser's error name (net::ERR_…, NS_ERROR_…) is one token and
 * stays bare; another tool's message (curl's "(56) Recv failure…", a Python stack) is read as one line, cut to what
 * a line can carry and its wording reads, and quoted with its own double quotes made single, so the quote ends where
 * the error does and the words stay as written in every language.
 */
export function errorLine(error: string, limit: number): string {
  const line = error.replace(/\s+/g, ' ').trim();
  const cut = line.length > limit ? `${line.slice(0, limit - 1)}…` : line;
  return /\s/.test(cut) ? `"${cut.replace(/"/g, "'")}"` : cut;
}
