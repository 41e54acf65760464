/**
 * Every regular expression literal of the code that runs on text a web page or a HAR file controls (src/,
 * background/, popup/, options/) is checked by recheck (makenowjust-labs/recheck), which finds patterns
 * whose matching time grows faster than linearly with the input (exponential or polynomial backtracking,
 * searched from every start position as `exec`, `test` and `replace` do). One vulnerable literal fails the
 * suite, with the attack string recheck found.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src', 'background', 'popup', 'options'];

interface Literal {
  where: string;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The regular expression literals of one file, found by TypeScript's own parser (not by a pattern). */
function literalsOf(path: string): Literal[] {
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: Literal[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = (node as ts.RegularExpressionLiteral).text;
      const end = literal.lastIndexOf('/');
      const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push({ where: `${path}:${line}`, source: literal.slice(1, end), flags: literal.slice(end + 1) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const literals = ROOTS.flatMap(sourceFiles).flatMap(literalsOf);

describe('regular expressions (recheck)', () => {
  it('finds the literals of every folder', () => {
    // A parser that found nothing would pass every check below.
    for (const root of ROOTS) expect(literals.some((literal) => literal.where.startsWith(root))).toBe(true);
    expect(literals.length).toBeGreaterThan(200);
  });

  it('none is vulnerable to catastrophic or polynomial backtracking', () => {
    const vulnerable: string[] = [];
    for (const { where, source, flags } of literals) {
      // A fixed seed, so the fuzzer tries the same strings every run. Its budget is time: a slow machine
      // explores less and may answer "unknown" (printed), never "vulnerable" for a safe pattern.
      const result = checkSync(source, flags.replace(/[dgy]/g, ''), { randomSeed: 1, timeout: 30_000 });
      if (result.status === 'vulnerable') {
        const attack = result.attack?.pumps.map((pump) => JSON.stringify(pump.pump)).join(' ');
        vulnerable.push(`${where} /${source}/${flags}: ${result.complexity.summary} (pump ${attack})`);
      } else if (result.status === 'unknown') {
        console.warn(`recheck could not decide ${where} (${result.error.kind})`);
      }
    }
    expect(vulnerable).toEqual([]);
  }, 600_000);
});
