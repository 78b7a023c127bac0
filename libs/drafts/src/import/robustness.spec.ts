import { BadInputError } from '@thamvan/core';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDraftSource } from './parse-draft-source';

const LAWS = join(__dirname, '../../../../test/fixtures/laws');
const fixture = (ext: string) => readFileSync(join(LAWS, `luat-an-ninh-mang-2018.${ext}`));

/** Whatever the bytes, the import answers with an outline or a BadInputError, nothing else. */
async function outlineOrRefusal(filename: string, bytes: Buffer): Promise<'outline' | 'refused'> {
  try {
    const outline = await parseDraftSource({ filename, base64: bytes.toString('base64') });
    expect(Array.isArray(outline.nodes)).toBe(true);
    return 'outline';
  } catch (error) {
    if (error instanceof BadInputError) return 'refused';
    throw error;
  }
}

/** The fixture with `count` bytes overwritten at arbitrary places (a damaged upload). */
const damaged = (original: Buffer) =>
  fc
    .array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 40,
    })
    .map((edits) => {
      const copy = Buffer.from(original);
      for (const [at, value] of edits) copy[at] = value;
      return copy;
    });

describe('parseDraftSource on damaged and random files', () => {
  it.each(['pdf', 'docx', 'txt'])(
    'answers a damaged .%s with an outline or BAD_USER_INPUT',
    async (ext) => {
      await fc.assert(
        fc.asyncProperty(damaged(fixture(ext)), async (bytes) => {
          await outlineOrRefusal(`law.${ext}`, bytes);
        }),
        { numRuns: { pdf: 6, docx: 10, txt: 50 }[ext] },
      );
      // Each damaged .docx or .pdf is parsed in full (seconds each beside the browser suites on
      // two cores: 15 .docx runs passed 60 s in CI), so these cases get more time than jest's.
    },
    180_000,
  );

  it('answers random bytes under any supported name with an outline or BAD_USER_INPUT', async () => {
    const names = fc.constantFrom('a.pdf', 'a.docx', 'a.txt');
    const prefix = fc.constantFrom('', '%PDF-1.7\n', 'PK\u0003\u0004');
    await fc.assert(
      fc.asyncProperty(
        names,
        prefix,
        fc.uint8Array({ minLength: 1, maxLength: 2000 }),
        async (name, head, body) => {
          await outlineOrRefusal(name, Buffer.concat([Buffer.from(head, 'latin1'), body]));
        },
      ),
      { numRuns: 100 },
    );
  });
});
