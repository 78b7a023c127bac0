import { BadInputError } from '@thamvan/core';
import { normalizeEmail } from '../common/text';

export const PASSWORD_MIN_LENGTH = 10;
/** Long enough for any passphrase; short enough that hashing it costs no more than usual. */
export const PASSWORD_MAX_LENGTH = 256;

/**
 * Length 10–256 (counted in characters, after NFC) and not the e-mail address itself.
 * Length beats composition rules (NIST SP 800-63B): no "one digit, one symbol" demands.
 */
export function checkPassword(password: string, email: string | null, field = 'password'): void {
  const length = [...password.normalize('NFC')].length;
  if (length < PASSWORD_MIN_LENGTH) {
    throw new BadInputError(`The password must have at least ${PASSWORD_MIN_LENGTH} characters`, field);
  }
  if (length > PASSWORD_MAX_LENGTH) {
    throw new BadInputError(`The password must have at most ${PASSWORD_MAX_LENGTH} characters`, field);
  }
  if (email !== null && normalizeEmail(password) === normalizeEmail(email)) {
    throw new BadInputError('The password must not be the e-mail address', field);
  }
}
