import { t } from '../i18n';
import { ApiError } from './api.server';

/** What an action returns when a form must be shown again: the typed values and the messages. */
export interface FormState {
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
  formError?: string;
}

/** Every field of a submitted form as strings (files and the CSRF token left out). */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form) {
    if (name === '_csrf' || typeof value !== 'string') continue;
    values[name] = value;
  }
  return values;
}

/**
 * An API refusal as Vietnamese messages next to the right field. `fields` maps the API's
 * `extensions.field` names to this form's field names and messages for that field; codes
 * that concern the whole form (rate limits, a closed consultation, network) go on top.
 */
export function messagesForApiError(
  error: unknown,
  fields: Record<string, { name: string; message: string }> = {},
): Pick<FormState, 'fieldErrors' | 'formError'> {
  if (!(error instanceof ApiError)) return { fieldErrors: {}, formError: t.errors.network };
  const first = error.errors[0];
  switch (error.code) {
    case 'RATE_LIMITED':
      return { fieldErrors: {}, formError: t.errors.rateLimited(first?.retryAfterSeconds) };
    case 'CONSULTATION_CLOSED':
      return { fieldErrors: {}, formError: t.errors.consultationClosed };
    case 'UNAUTHENTICATED':
      return { fieldErrors: {}, formError: t.errors.sessionExpired };
    case 'FORBIDDEN':
      return { fieldErrors: {}, formError: t.errors.forbidden };
    case 'NOT_FOUND':
      return { fieldErrors: {}, formError: t.errors.notFoundComment };
    case 'BAD_USER_INPUT': {
      const target = error.field ? fields[error.field] : undefined;
      if (target) return { fieldErrors: { [target.name]: target.message } };
      return { fieldErrors: {}, formError: t.errors.invalid };
    }
    default:
      return { fieldErrors: {}, formError: t.errors.generic };
  }
}

/** HTTP status for a form shown again with errors (the page still renders in full). */
export function statusFor(state: Pick<FormState, 'fieldErrors' | 'formError'>, error?: unknown): number {
  if (error instanceof ApiError) {
    if (error.code === 'RATE_LIMITED') return 429;
    if (error.code === 'CONSULTATION_CLOSED') return 409;
    if (error.code === 'UNAUTHENTICATED') return 401;
    if (error.code === 'FORBIDDEN') return 403;
    if (error.code === 'INTERNAL_SERVER_ERROR') return 502;
  } else if (error) {
    return 502;
  }
  return Object.keys(state.fieldErrors).length || state.formError ? 400 : 200;
}

/** A same-site path to return to after signing in; anything else falls back to `/`. */
export function safeNext(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}
