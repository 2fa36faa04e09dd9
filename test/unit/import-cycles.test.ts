/**
 * No import circle anywhere in our code (issue 15): a module that imports, through any chain, a
 * module that imports it back loads half-initialized in one of the two orders. Type-only imports
 * vanish when compiled, but a circle of them is still two modules that cannot be read apart: the
 * tree has neither. Imports are read with the TypeScript parser, not a pattern, so a
 * commented-out import or a string that looks like one does not count.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { APP_SOURCES, repoRoot as ROOT, sourceFiles } from './source-files';



/**
 * The files a module imports at run time, or with `types` its type-only imports too (relative
 * imports only: packages cannot import us back).
 */
export function runtimeImports(file: string, text: string, types = false): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const specs: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && (types || !node.importClause?.isTypeOnly)) {
      const named = node.importClause?.namedBindings;
      const allTypes = named && ts.isNamedImports(named) && !node.importClause?.name && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
      if (types || !allTypes) specs.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && (types || !node.isTypeOnly)) {
      specs.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) specs.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specs
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => resolve(dirname(file), spec.split('?')[0]!))
    .map((base) => ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((p) => /\.tsx?$/.test(p) && existsSync(p)))
    .filter((p): p is string => p !== undefined);
}

/** Every circle of the graph, each once, as the chain of files that closes it. */
export function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const walk = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) walk(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) walk(file);
  return found;
}

describe('import circles', () => {
  it('finds a circle when there is one, and none in a chain', () => {
    const chain = new Map([['a', ['b']], ['b', ['c']], ['c', []]]);
    expect(cycles(chain)).toEqual([]);
    const circle = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]);
    expect(cycles(circle)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('reads run-time imports and leaves type-only ones out', () => {
    const file = join(ROOT, 'shared/x.ts');
    const text = [
      "import type { A } from './model/collections';",
      "import { type B } from './model/primitives';",
      "import { listeners } from './listeners';",
      "export { boundedCache } from './cache';",
      "// import { nothing } from './errors';",
    ].join('\n');
    expect(runtimeImports(file, text).map((p) => relative(ROOT, p))).toEqual(['shared/listeners.ts', 'shared/cache.ts']);
    expect(runtimeImports(file, text, true).map((p) => relative(ROOT, p))).toEqual(['shared/model/collections.ts', 'shared/model/primitives.ts', 'shared/listeners.ts', 'shared/cache.ts']);
  });

  it.each([['run-time imports', false], ['type-only imports counted too', true]])('has none in renderer/, shared/ and electron/: %s', (_, types) => {
    const files = sourceFiles(APP_SOURCES, /(?<!\.d)\.tsx?$/).map((f) => f.path);
    const graph = new Map(files.map((file) => [file, runtimeImports(file, readFileSync(file, 'utf8'), types)]));
    const circles = cycles(graph).map((chain) => chain.map((file) => relative(ROOT, file)).join(' → '));
    expect(circles).toEqual([]);
  });
});
