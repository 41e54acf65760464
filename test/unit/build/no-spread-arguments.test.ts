/**
 * No call in the core, the CLI or the worker spreads an array into its arguments (`Math.max(...times)`,
 * `list.push(...other)`): each element becomes an argument on the call stack, and 150,000 failures of one
 * host overflowed it. Found with TypeScript's own parser, so formatting cannot hide one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

const ROOTS = ['src', 'cli', 'background'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

let calls = 0;

function spreadArguments(path: string): string[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) calls++;
    if (ts.isSpreadElement(node) && (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent))) {
      const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push(`${path}:${line} ${node.parent.getText().slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

it('no call spreads an array into its arguments in src/, cli/ or background/', () => {
  const files = ROOTS.flatMap(sourceFiles);
  expect(files.length).toBeGreaterThan(100);
  expect(files.flatMap(spreadArguments)).toEqual([]);
  // The walk saw the code (a parser that saw nothing would find nothing wrong).
  expect(calls).toBeGreaterThan(1000);
});
