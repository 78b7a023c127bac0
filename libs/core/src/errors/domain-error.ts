import { ErrorCode } from './error-code';

/**
 * Base of every error we raise on purpose. Feature libraries subclass it (or use it with a
 * code directly); the one formatter in graphql-error-formatter.ts turns it into a response.
 * `details` must never hold personal data: it is sent to the client.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id?: string) {
    super(ErrorCode.NOT_FOUND, id ? `${what} ${id} not found` : `${what} not found`);
  }
}

export class BadInputError extends DomainError {
  constructor(message: string, field?: string) {
    super(ErrorCode.BAD_USER_INPUT, message, field ? { field } : undefined);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You may not do this') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in first') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

/** Input whose size, or what it expands to (an import's unpacked text), is over a limit. */
export class PayloadTooLargeError extends DomainError {
  constructor(message: string, field?: string) {
    super(ErrorCode.PAYLOAD_TOO_LARGE, message, field ? { field } : undefined);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.CONFLICT, message);
  }
}

export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(ErrorCode.RATE_LIMITED, `Too many requests; try again in ${retryAfterSeconds} s`, {
      retryAfterSeconds,
    });
  }
}
