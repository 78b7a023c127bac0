import type { IncomingMessage, ServerResponse } from 'node:http';
import pino from 'pino';
import { redactUrl } from './redaction';

/** Requests slower than this are logged at warn, whatever the level. */
export const SLOW_REQUEST_MS = 1000;

/**
 * One line per finished request: `request completed` at info, `slow request` at warn (over
 * SLOW_REQUEST_MS), `request failed` at error (5xx); with `req: { id, method, url }` (url
 * without secret query parameters; no headers, no address), `res: { statusCode }` and
 * `responseTime` in ms. /health is not logged unless slow or failed. Run it after the
 * request id is set (`req.id`).
 */
export function requestLogging(logger: pino.Logger) {
  return (req: IncomingMessage & { id?: string }, res: ServerResponse, next: () => void): void => {
    const started = performance.now();
    const url = req.url; // before Express's mounted routers rewrite it
    res.once('close', () => {
      const responseTime = Math.round(performance.now() - started);
      const status = res.statusCode;
      const level =
        status >= 500
          ? 'error'
          : responseTime > SLOW_REQUEST_MS
            ? 'warn'
            : isHealth(url)
              ? undefined
              : 'info';
      if (!level || !logger.isLevelEnabled(level)) return;
      const line = {
        req: { id: req.id, method: req.method, url: redactUrl(url) },
        res: { statusCode: status },
        responseTime,
      };
      const message =
        level === 'error' ? 'request failed' : level === 'warn' ? 'slow request' : 'request completed';
      logger[level](line, message);
    });
    next();
  };
}

function isHealth(url: string | undefined): boolean {
  return url?.startsWith('/health') ?? false;
}
