import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot, sourceFiles } from './source-files';

/** The text of every comment of a source file (strings and templates left out: the compiler's own reading). */
function commentsOf(text: string, fileName: string): string[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, fileName.endsWith('x') ? ts.ScriptKind.TSX : undefined);
  const seen = new Map<number, string>();
  // Trivia starts where a node starts (its pos: the end of the token before) or ends: the
  // comments of a file are those read from both, each kept once.
  const visit = (node: ts.Node) => {
    for (const at of [node.pos, node.end]) {
      for (const range of ts.getLeadingCommentRanges(text, at) ?? []) seen.set(range.pos, text.slice(range.pos, range.end));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return [...seen.values()];
}

/** The documents a comment names: paths ending in .md, web addresses left out. */
export const citedDocuments = (comment: string): string[] =>
  [...comment.replace(/\bhttps?:\/\/\S+/g, ' ').matchAll(/[\w./-]*[\w-]\.md\b/g)].map((m) => m[0]);

describe('documents cited in comments', () => {
  it('reads the paths from comments only, not from strings', () => {
    const text = "// See docs/protocol.md, Clarifications.\nconst t = template('delegations-import.md');\n/* and resources/reference/README.md */\n";
    expect(commentsOf(text, 'x.ts').flatMap(citedDocuments)).toEqual(['docs/protocol.md', 'resources/reference/README.md']);
    expect(citedDocuments('(https://example.org/README.md; docs/architecture.md)')).toEqual(['docs/architecture.md']);
  });

  it('every .md a comment cites is a file of this repository, named by its path from the root', { timeout: 30_000 }, () => {
    const files = [
      ...sourceFiles(['shared', 'renderer/src', 'electron', 'test']),
      ...readdirSync(repoRoot).filter((f) => /\.config\.(ts|js)$/.test(f)).map((f) => ({ path: join(repoRoot, f), relative: f })),
    ];
    const cited = files.flatMap(({ path, relative }) =>
      commentsOf(readFileSync(path, 'utf8'), path).flatMap(citedDocuments).map((doc) => ({ doc, in: relative })),
    );
    expect(cited.length).toBeGreaterThan(20);
    expect(cited.filter((c) => !existsSync(join(repoRoot, c.doc)))).toEqual([]);
  });
});
