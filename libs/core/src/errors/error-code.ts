/**
 * The public error codes (CONTRACT.md). Every error a client can see carries exactly one of
 * these in `extensions.code`; anything else is reported as INTERNAL_SERVER_ERROR.
 */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  CONSULTATION_CLOSED = 'CONSULTATION_CLOSED',
  RATE_LIMITED = 'RATE_LIMITED',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** HTTP status for REST endpoints (exports, health) that fail with a domain error. */
export function httpStatusFor(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.UNAUTHENTICATED:
      return 401;
    case ErrorCode.FORBIDDEN:
      return 403;
    case ErrorCode.BAD_USER_INPUT:
      return 400;
    case ErrorCode.NOT_FOUND:
      return 404;
    case ErrorCode.CONFLICT:
    case ErrorCode.CONSULTATION_CLOSED:
      return 409;
    case ErrorCode.RATE_LIMITED:
      return 429;
    case ErrorCode.PAYLOAD_TOO_LARGE:
      return 413;
    case ErrorCode.INTERNAL_SERVER_ERROR:
      return 500;
  }
}
