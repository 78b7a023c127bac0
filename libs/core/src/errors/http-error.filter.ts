import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ErrorCode, httpStatusFor } from './error-code';
import { toClientError } from './to-client-error';

/**
 * REST endpoints (exports, attachments, health) answer errors in the same shape as GraphQL:
 * `{ errors: [{ message, extensions: { code } }] }`, through the same single mapping.
 * GraphQL errors are left to Apollo's formatter.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') return exception;
    const res = host.switchToHttp().getResponse<Response>();
    const client = toClientError(exception) ?? {
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      message: 'Internal server error',
    };
    if (client.code === ErrorCode.INTERNAL_SERVER_ERROR)
      this.logger.error({ err: exception }, 'unexpected error');
    if (res.headersSent) {
      res.end();
      return undefined;
    }
    res
      .status(httpStatusFor(client.code))
      .json({ errors: [{ message: client.message, extensions: { code: client.code } }] });
    return undefined;
  }
}
