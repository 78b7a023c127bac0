import { AppConfig, DomainError, ErrorCode } from '@thamvan/core';
import { PasswordHasher, SCRYPT_PARAMS } from './password-hasher';
import { checkPassword } from './password-policy';

describe(PasswordHasher.name, () => {
  const hasher = new PasswordHasher();

  it('stores scrypt parameters and salt beside the key, and verifies only the right password', async () => {
    const hash = await hasher.hash('mật khẩu rất dài');
    expect(hash).toMatch(
      new RegExp(`^scrypt\\$${SCRYPT_PARAMS.N}\\$8\\$1\\$[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+$`),
    );
    expect(hash).not.toContain('mật khẩu');
    expect(await hasher.verify('mật khẩu rất dài', hash)).toBe(true);
    // NFD input (some keyboards) matches the NFC password.
    expect(await hasher.verify('mật khẩu rất dài'.normalize('NFD'), hash)).toBe(true);
    expect(await hasher.verify('mật khẩu rất dàI', hash)).toBe(false);
  });

  it('hashes at the configured cost and verifies any hash by the cost stored in it', async () => {
    const cheap = new PasswordHasher({ passwordHashCost: 10 } as AppConfig);
    const hash = await cheap.hash('mật khẩu rất dài');
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(await hasher.verify('mật khẩu rất dài', hash)).toBe(true);
    expect(await cheap.verify('mật khẩu rất dài', await hasher.hash('mật khẩu rất dài'))).toBe(true);
  });

  it('salts every hash and fails closed on missing or malformed hashes', async () => {
    expect(await hasher.hash('same password')).not.toBe(await hasher.hash('same password'));
    expect(await hasher.verify('anything', null)).toBe(false);
    expect(await hasher.verify('anything', 'md5$abc')).toBe(false);
  });
});

describe(checkPassword.name, () => {
  const code = (fn: () => void) => {
    try {
      fn();
      return 'ok';
    } catch (error) {
      return (error as DomainError).code;
    }
  };

  it('wants 10 to 256 characters and not the e-mail address', () => {
    expect(code(() => checkPassword('short', 'a@b.vn'))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(code(() => checkPassword('x'.repeat(257), 'a@b.vn'))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(code(() => checkPassword('An@Example.vn', 'an@example.vn'))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(code(() => checkPassword('đủ mười ký tự', 'an@example.vn'))).toBe('ok');
    expect(code(() => checkPassword('x'.repeat(256), null))).toBe('ok');
  });
});
