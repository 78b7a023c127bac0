import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldByCharacter } from '@thamvan/core';
import { ARTICLE_TEMPLATES, GENERIC_TEMPLATES, REPLY_TEMPLATES } from '@thamvan/feedback';
import { screenAbusiveLanguage } from '@thamvan/moderation-rules';

/**
 * False positives, measured: every line of the fixture laws and every demo comment, as
 * written, folded (as a person typing without marks would send it) and upper-cased, must pass
 * the abusive-language rule. A new list entry that catches ordinary text fails here, with the
 * line that it caught.
 */
const LAWS = join(__dirname, '../../../../test/fixtures/laws');

function lawLines(): string[] {
  const files = [
    ...readdirSync(LAWS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(LAWS, f)),
    ...readdirSync(join(LAWS, 'extra'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(LAWS, 'extra', f)),
  ];
  return files.flatMap((f) => readFileSync(f, 'utf8').split('\n')).filter((l) => l.trim());
}

function demoComments(): string[] {
  const templates = [...GENERIC_TEMPLATES, ...Object.values(ARTICLE_TEMPLATES).flat(), ...REPLY_TEMPLATES];
  return templates.flatMap((t) =>
    [t.body, t.proposedText ?? '']
      .filter(Boolean)
      .map((s) => s.replace(/\{label\}/g, 'Điều 8').replace(/\{heading\}/g, 'bảo vệ dữ liệu cá nhân')),
  );
}

describe('abusive-language rule on ordinary text', () => {
  const corpora = { 'fixture laws': lawLines(), 'demo comments': demoComments() };

  it.each(Object.entries(corpora))(
    'holds no line of the %s (as written, folded, upper case)',
    (_name, lines) => {
      expect(lines.length).toBeGreaterThan(20);
      const held = lines
        .flatMap((line) => [line, foldByCharacter(line), line.toUpperCase()])
        .map((text) => ({ text, found: screenAbusiveLanguage(text).findings.map((f) => f.detail) }))
        .filter((r) => r.found.length);
      expect(held).toEqual([]);
    },
  );
});
