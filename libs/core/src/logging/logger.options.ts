import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isatty } from 'node:tty';
import { Params } from 'nestjs-pino';
import pino from 'pino';
import pretty from 'pino-pretty';
import { AppConfig } from '../config/app-config';
import { requestContext } from '../request-context/request-context';
import { REDACT_PATHS, scrubLogLine } from './redaction';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Accepts a caller's X-Request-Id when it looks like one; otherwise makes a new one. */
export function requestIdFor(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * The process's one pino logger: structured JSON, redacted (redaction.ts: known fields by
 * path, then any e-mail address left on the written line), and every line
 * written while a request is handled carries that request's id as `reqId` (read from
 * requestContext when the line is written, so a request that logs nothing costs nothing).
 * The API logs to stdout; the CLI passes `destination: 2` so that stdout carries only its
 * JSON result. A person reading a terminal in development gets the same lines made readable
 * (pino-pretty: time, level, message, fields); files, pipes and production get JSON.
 */
export function createRootLogger(
  config: AppConfig,
  destination: 1 | 2 = 1,
  readable = prettyLogs(config, destination),
): pino.Logger {
  return pino(
    rootLoggerOptions(config),
    readable ? readableStream(destination) : pino.destination({ fd: destination, sync: destination === 2 }),
  );
}

/** The root logger's options: level, redaction, the request id. */
export function rootLoggerOptions(config: AppConfig): pino.LoggerOptions {
  return {
    level: config.logLevel,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    // Paths cover the fields we know; an address that reached a message or an unnamed
    // field is caught here, on the line as written.
    hooks: { streamWrite: scrubLogLine },
    mixin: () => {
      const context = requestContext.current();
      return context ? { reqId: context.requestId } : {};
    },
  };
}

/** Readable lines only for a person at a terminal, and never in production. */
export function prettyLogs(config: AppConfig, destination: number): boolean {
  return !config.isProduction && isatty(destination);
}

/** pino-pretty writing to `destination` (a descriptor, or a stream in tests); redaction runs before it. */
export function readableStream(destination: number | NodeJS.WritableStream): NodeJS.WritableStream {
  return pretty({
    destination,
    sync: true,
    colorize: typeof destination === 'number' && isatty(destination),
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname',
  });
}

/**
 * nestjs-pino serves Nest's Logger from that logger. `useExisting` and no routes: it adds no
 * per-request middleware (pino-http built and redacted a child logger for every request even
 * when nothing was logged); requests are logged by requestLogging() in the HTTP setup.
 */
export function loggerParams(logger: pino.Logger): Params {
  return { pinoHttp: { logger }, useExisting: true, forRoutes: [] };
}
