import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../utils/processes';

interface LintMessage {
  ruleId: string | null;
  message: string;
}

/**
 * The structure rules of issue 22 are enforced by lint, not by review: each case lints a few
 * lines in place of a file of the repository (ESLint's `--stdin-filename`, with the
 * repository's own config and type information; the file must exist, since the type-aware
 * parser only reads files its tsconfig holds, and is not changed) and expects the rule to
 * refuse them, or, for the allowed form, nothing at all.
 */
const SYNTHESIS_FILE = 'libs/synthesis/src/synthesis.options.ts';
const FEEDBACK_FILE = 'libs/feedback/src/feedback.options.ts';
describe('lint keeps the structure', () => {
  /** ESLint's messages for `text` linted as the file `path` (relative to the repository). */
  const lint = (path: string, text: string) =>
    new Promise<LintMessage[]>((resolve, reject) => {
      const child = execFile(
        process.execPath,
        [
          join(ROOT, 'node_modules/eslint/bin/eslint.js'),
          '--format',
          'json',
          '--stdin',
          '--stdin-filename',
          path,
        ],
        { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
        (error, stdout) => {
          // ESLint exits 1 when it found problems: the JSON is the answer either way.
          if (!stdout) return reject(error ?? new Error('eslint printed nothing'));
          const [result] = JSON.parse(stdout) as { messages: LintMessage[] }[];
          resolve(result.messages);
        },
      );
      child.stdin!.end(text);
    });
  const rules = (messages: LintMessage[]) => messages.map((m) => m.ruleId);

  it('refuses a deep import of another library, and takes its public surface', async () => {
    const deep = await lint(
      SYNTHESIS_FILE,
      `import { CommentsRepository } from '@thamvan/feedback/comments/comments.repository';\nexport const probe = CommentsRepository;\n`,
    );
    expect(rules(deep)).toContain('no-restricted-imports');
    expect(deep.find((m) => m.ruleId === 'no-restricted-imports')!.message).toContain('public surface');

    const surface = await lint(
      SYNTHESIS_FILE,
      `import { CommentsService } from '@thamvan/feedback';\nexport const probe = CommentsService;\n`,
    );
    expect(surface).toEqual([]);
  }, 120_000);

  it('refuses feedback depending on moderation (the rules come from the leaf library)', async () => {
    const cycle = await lint(
      FEEDBACK_FILE,
      `import { ModerationModule } from '@thamvan/moderation';\nexport const probe = ModerationModule;\n`,
    );
    expect(rules(cycle)).toContain('no-restricted-imports');
  }, 120_000);

  it('refuses an untyped query result in application code, and takes a typed one', async () => {
    const untyped = await lint(
      SYNTHESIS_FILE,
      [
        `import { DataSource } from 'typeorm';`,
        `export async function probe(ds: DataSource): Promise<string> {`,
        `  const [row] = await ds.query('SELECT 1 AS id');`,
        `  return row.id;`,
        `}`,
        ``,
      ].join('\n'),
    );
    expect(rules(untyped)).toEqual(expect.arrayContaining(['@typescript-eslint/no-unsafe-assignment']));

    const typed = await lint(
      SYNTHESIS_FILE,
      [
        `import { DataSource } from 'typeorm';`,
        `export async function probe(ds: DataSource): Promise<string> {`,
        `  const [row] = await ds.query<{ id: string }[]>('SELECT 1 AS id');`,
        `  return row.id;`,
        `}`,
        ``,
      ].join('\n'),
    );
    expect(typed).toEqual([]);
  }, 120_000);
});
