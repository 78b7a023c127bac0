import { DomainError, ErrorCode } from '@thamvan/core';
import { cleanBody, cleanProposedText, inputHash, MAX_BODY } from './comment-text';
import { Stance } from './dto/comment.enums';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof DomainError ? error.code : 'OTHER';
  }
  return undefined;
}

describe('comment text', () => {
  it('normalises to NFC and trims before counting', () => {
    const nfd = '  Điều 8 cần sửa  '.normalize('NFD');
    expect(cleanBody(nfd)).toBe('Điều 8 cần sửa');
    expect(cleanBody(nfd)).toBe('Điều 8 cần sửa'.normalize('NFC'));
    // 10,000 NFC characters pass even though their NFD form is longer.
    const long = 'ệ'.repeat(MAX_BODY);
    expect(cleanBody(long.normalize('NFD'))).toHaveLength(MAX_BODY);
  });

  it('refuses empty and over-long bodies with BAD_USER_INPUT', () => {
    expect(codeOf(() => cleanBody(' \n\t '))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(codeOf(() => cleanBody('a'.repeat(MAX_BODY + 1)))).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('requires proposedText for AMEND and caps it', () => {
    expect(codeOf(() => cleanProposedText(null, Stance.AMEND))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(codeOf(() => cleanProposedText('  ', Stance.AMEND))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(codeOf(() => cleanProposedText('x'.repeat(10_001), Stance.SUPPORT))).toBe(
      ErrorCode.BAD_USER_INPUT,
    );
    expect(cleanProposedText('  sửa thành  ', Stance.AMEND)).toBe('sửa thành');
    expect(cleanProposedText('', Stance.SUPPORT)).toBeNull();
  });

  it('hashes the normalised input, so only a real difference changes the hash', () => {
    const base = {
      draftId: 'd',
      provisionId: null,
      parentId: null,
      body: 'a',
      stance: null,
      proposedText: null,
    };
    expect(inputHash(base)).toBe(inputHash({ ...base }));
    expect(inputHash(base)).not.toBe(inputHash({ ...base, body: 'b' }));
    expect(inputHash(base)).not.toBe(inputHash({ ...base, stance: Stance.SUPPORT }));
  });
});
