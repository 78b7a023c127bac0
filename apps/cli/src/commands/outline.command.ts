import { MAX_DRAFT_BYTES, parseDraftSource } from '@thamvan/drafts';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { CliCommand, CliError } from '../cli-context';

/**
 * `outline <file>`: the outline JSON of a .txt/.docx/.pdf draft (CONTRACT.md), exactly what
 * GraphQL `parseDraft` returns for the same file. No database: parsing is pure.
 */
export const outlineCommand: CliCommand = {
  name: 'outline',
  usage: 'outline <file>',
  description: 'parse a .txt/.docx/.pdf draft and print its outline JSON (no database needed)',
  async run(ctx) {
    const [file, ...extra] = ctx.args;
    if (!file || extra.length > 0) throw new CliError('usage: outline <file>');
    const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
      throw new CliError(`cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
    });
    if (!info.isFile()) throw new CliError(`cannot read ${file}: not a file`);
    // Refused before reading: the same limit parseDraftSource applies, without loading 2 GB.
    if (info.size > MAX_DRAFT_BYTES) throw new CliError(`${file} is larger than 10 MB`);
    const content = await readFile(file);
    const outline = await parseDraftSource({ filename: basename(file), base64: content.toString('base64') });
    return outline;
  },
};
