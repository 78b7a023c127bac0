import { HttpException } from '@nestjs/common';
import { DomainError } from './domain-error';
import { ErrorCode } from './error-code';

export interface ClientError {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

/**
 * The single mapping from anything thrown inside a request to what the client may see.
 * Unknown errors become a generic INTERNAL_SERVER_ERROR: their message may hold SQL,
 * personal data or secrets, so it is logged, never returned.
 */
export function toClientError(error: unknown): ClientError | undefined {
  if (error instanceof DomainError) {
    return { code: error.code, message: error.message, details: error.details };
  }
  if (error instanceof HttpException) {
    return fromHttpException(error);
  }
  if (isBodyParserError(error)) {
    return error.type === 'entity.too.large'
      ? { code: ErrorCode.PAYLOAD_TOO_LARGE, message: 'Request body is too large' }
      : { code: ErrorCode.BAD_USER_INPUT, message: 'Request body could not be parsed' };
  }
  return undefined;
}

const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  429: ErrorCode.RATE_LIMITED,
};

function fromHttpException(error: HttpException): ClientError {
  const status = error.getStatus();
  if (status >= 500) return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error' };
  const message = validationMessage(error.getResponse()) ?? error.message;
  return { code: CODE_BY_STATUS[status] ?? ErrorCode.BAD_USER_INPUT, message };
}

/** class-validator failures arrive as { message: string[] }: keep them readable. */
function validationMessage(response: string | object): string | undefined {
  if (typeof response !== 'object' || response === null || !('message' in response)) return undefined;
  const message = response.message;
  return Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : undefined;
}

function isBodyParserError(error: unknown): error is { type: string; status: number } {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { type?: unknown }).type === 'string' &&
    typeof (error as { status?: unknown }).status === 'number'
  );
}
