import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Params } from 'nestjs-pino';
import pino from 'pino';
import { AppConfig } from '../config/app-config';
import { redactUrl, REDACT_PATHS } from './redaction';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Accepts a caller's X-Request-Id when it looks like one; otherwise makes a new one. */
export function requestIdFor(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * Structured JSON logs (pino) with one request id per request. The API logs to stdout; the
 * CLI passes `destination: 2` so that stdout carries only its JSON result.
 */
export function loggerParams(config: AppConfig, destination: 1 | 2 = 1): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const id = (req as IncomingMessage & { id?: string }).id ?? requestIdFor(req);
        res.setHeader('x-request-id', id);
        return id;
      },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: redactUrl(req.url),
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req: IncomingMessage) => req.url?.startsWith('/health') ?? false },
      stream: pino.destination({ fd: destination, sync: destination === 2 }),
    },
  };
}
