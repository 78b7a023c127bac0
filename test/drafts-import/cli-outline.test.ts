import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv, CLI_MAIN, killAll, run } from '../utils/processes';
import { syntheticLaw } from './law-generator';

interface PrintedNode {
  kind: string;
  children: PrintedNode[];
}
interface PrintedOutline {
  title: string | null;
  docType: string;
  number: string | null;
  preamble: string | null;
  warnings: string[];
  nodes: PrintedNode[];
}

const LAWS = join(__dirname, '../fixtures/laws');
const count = (nodes: PrintedNode[], kind: string): number =>
  nodes.reduce((sum, n) => sum + (n.kind === kind ? 1 : 0) + count(n.children, kind), 0);

describe('CLI outline <file>', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'thamvan-outline-'));
  });
  afterAll(async () => {
    await killAll();
    rmSync(dir, { recursive: true, force: true });
  });

  const outline = async (file: string) => {
    const cli = run(CLI_MAIN, ['outline', file], childEnv({ DATA_DIR: dir }));
    const { code } = await cli.exited;
    return { code, stdout: cli.stdout(), stderr: cli.stderr() };
  };

  it.each(['txt', 'docx', 'pdf'])(
    'prints the outline of the .%s fixture as one JSON document',
    async (ext) => {
      const { code, stdout } = await outline(join(LAWS, `luat-an-ninh-mang-2018.${ext}`));
      expect(code).toBe(0);
      const printed = JSON.parse(stdout) as PrintedOutline;
      expect(printed).toMatchObject({
        title: 'LUẬT AN NINH MẠNG',
        docType: 'LAW',
        number: '24/2018/QH14',
        warnings: [],
      });
      expect(printed.preamble).toMatch(/^Căn cứ Hiến pháp/);
      expect(printed.nodes.map((n) => n.kind)).toEqual(Array(7).fill('CHAPTER'));
      expect(count(printed.nodes, 'ARTICLE')).toBe(43);
      expect(stdout.trim().split('\n')).toHaveLength(1);
    },
  );

  it('prints a 2 MB outline whole through a pipe (parsed in a worker thread)', async () => {
    const file = join(dir, 'big-law.txt');
    writeFileSync(file, syntheticLaw(3000));
    const { code, stdout } = await outline(file);
    expect(code).toBe(0);
    expect(stdout.length).toBeGreaterThan(2 * 1024 * 1024);
    expect(count((JSON.parse(stdout) as PrintedOutline).nodes, 'ARTICLE')).toBe(3000);
  });

  it.each([
    ['a missing file', 'missing.docx', null, /^error: cannot read .*missing\.docx: no such file$/],
    [
      'a .pdf that is text',
      'fake.pdf',
      'Điều 1. Phạm vi',
      /^error: file content is not a \.pdf \(it looks like text\)$/,
    ],
    [
      'an unsupported type',
      'draft.odt',
      'x',
      /^error: a \.odt file cannot be imported: use \.docx, \.pdf or \.txt$/,
    ],
  ])(
    'exits 1 with one line on stderr and nothing on stdout for %s',
    async (_what, name, content, message) => {
      const file = join(dir, name);
      if (content !== null) writeFileSync(file, content);
      const { code, stdout, stderr } = await outline(file);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(message)]);
    },
  );

  it('exits 1 when the file argument is missing', async () => {
    const cli = run(CLI_MAIN, ['outline'], childEnv({ DATA_DIR: dir }));
    expect((await cli.exited).code).toBe(1);
    expect(cli.stderr().trim()).toBe('error: usage: outline <file>');
  });
});
