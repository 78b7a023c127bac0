import { ErrorCode } from '@thamvan/core';
import { decodeBase64 } from './base64';
import { MAX_DRAFT_BYTES } from './limits';

const refusal = (fn: () => unknown): { code: ErrorCode; message: string } => {
  try {
    fn();
  } catch (error) {
    return error as { code: ErrorCode; message: string };
  }
  throw new Error('expected a refusal');
};

describe('decodeBase64', () => {
  const hello = Buffer.from('Điều 1. Xin chào', 'utf8');

  it('decodes standard, unpadded, URL-safe, wrapped and data-URL base64', () => {
    const b64 = hello.toString('base64');
    expect(decodeBase64(b64)).toEqual(hello);
    expect(decodeBase64(b64.replace(/=+$/, ''))).toEqual(hello);
    expect(decodeBase64(hello.toString('base64url'))).toEqual(hello);
    expect(decodeBase64(b64.replace(/(.{8})/g, '$1\r\n'))).toEqual(hello);
    expect(decodeBase64(`data:application/pdf;base64,${b64}`)).toEqual(hello);
  });

  it.each([
    ['characters outside the alphabet', 'SGVsbG8*IQ=='],
    ['padding in the middle', 'SGVs=bG8h'],
    ['a length no encoder produces', 'SGVsbG8hS'],
    ['padding without a full quantum', 'SGVsbG8=='],
  ])('refuses %s as BAD_USER_INPUT', (_why, input) => {
    expect(refusal(() => decodeBase64(input))).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      message: 'the file is not valid base64',
    });
  });

  it('refuses an empty file', () => {
    expect(refusal(() => decodeBase64('')).message).toBe('the file is empty');
  });

  it('refuses more than 10 MB from the string length alone, before decoding', () => {
    const from = jest.spyOn(Buffer, 'from');
    const huge = 'A'.repeat(15 * 1024 * 1024);
    expect(refusal(() => decodeBase64(huge))).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      message: 'the file is larger than 10 MB',
    });
    expect(from).not.toHaveBeenCalled();
    from.mockRestore();
  });

  it('accepts exactly 10 MB and refuses one byte more', () => {
    expect(decodeBase64(Buffer.alloc(MAX_DRAFT_BYTES).toString('base64')).length).toBe(MAX_DRAFT_BYTES);
    const over = Buffer.alloc(MAX_DRAFT_BYTES + 1).toString('base64');
    expect(refusal(() => decodeBase64(over)).message).toBe('the file is larger than 10 MB');
  });
});
