import { t } from '../i18n';
import { ApiError } from './api.server';
import type { FormState } from './forms.server';

/** Login refusals in Vietnamese. Unknown e-mail and wrong password read alike, as the API answers them. */
export function loginErrors(error: unknown): Pick<FormState, 'fieldErrors' | 'formError'> {
  if (error instanceof ApiError) {
    if (error.code === 'RATE_LIMITED') {
      return { fieldErrors: {}, formError: t.errors.rateLimited(error.errors[0]?.retryAfterSeconds) };
    }
    if (error.code === 'UNAUTHENTICATED' || error.code === 'BAD_USER_INPUT') {
      return { fieldErrors: { password: t.auth.badCredentials } };
    }
    return { fieldErrors: {}, formError: t.errors.generic };
  }
  return { fieldErrors: {}, formError: t.errors.network };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailError(email: string): string | undefined {
  if (!email.trim()) return t.auth.emailRequired;
  if (!EMAIL.test(email.trim())) return t.auth.emailInvalid;
  return undefined;
}

export function newPasswordError(password: string, email?: string): string | undefined {
  if (!password) return t.auth.passwordRequired;
  if (password.length < 10) return t.auth.passwordShort;
  if (password.length > 256) return t.auth.passwordLong;
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) return t.auth.passwordIsEmail;
  return undefined;
}
