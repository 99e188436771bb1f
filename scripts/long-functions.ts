// Lists the functions longer than a limit (60 lines by default), counted from
// the function's first line to its last, nested closures included, in the
// TypeScript files under the given folders (src and adapters by default).
//
//   npx tsx scripts/long-functions.ts [--max 60] [folder …]

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

interface LongFunction {
  file: string;
  name: string;
  line: number;
  lines: number;
}

function tsFiles(path: string): string[] {
  if (statSync(path).isFile()) return path.endsWith('.ts') ? [path] : [];
  return readdirSync(path).flatMap((entry) => (entry === 'node_modules' ? [] : tsFiles(join(path, entry))));
}

function nameOf(node: ts.Node): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isFunctionExpression(node)) && node.name !== undefined) {
    return node.name.getText();
  }
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) return parent.name.getText();
  return '(anonymous)';
}

const isFunction = (node: ts.Node): node is ts.FunctionLikeDeclaration =>
  ts.isFunctionDeclaration(node) ||
  ts.isFunctionExpression(node) ||
  ts.isArrowFunction(node) ||
  ts.isMethodDeclaration(node) ||
  ts.isConstructorDeclaration(node) ||
  ts.isGetAccessorDeclaration(node) ||
  ts.isSetAccessorDeclaration(node);

function longFunctions(file: string, text: string, max: number): LongFunction[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunction(node) && node.body !== undefined) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > max) found.push({ file, name: nameOf(node), line: first + 1, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function main(args: string[]): void {
  const at = args.indexOf('--max');
  const max = at === -1 ? 60 : Number(args[at + 1]);
  const folders = args.filter((_, i) => i !== at && i !== at + 1);
  const files = (folders.length === 0 ? ['src', 'adapters'] : folders).flatMap(tsFiles);
  const found = files.flatMap((file) => longFunctions(relative('.', file), readFileSync(file, 'utf8'), max)).sort((a, b) => b.lines - a.lines);
  for (const f of found) console.log(`${f.lines}\t${f.file}:${f.line}\t${f.name}`);
  console.log(found.length === 0 ? `no function over ${max} lines in ${files.length} files` : `${found.length} functions over ${max} lines`);
}

main(process.argv.slice(2));
