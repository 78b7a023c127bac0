import { AbstractLogger, LogLevel, LogMessage } from 'typeorm';

/**
 * TypeORM logger that counts queries and prints nothing (application logs go through pino).
 * Tests read `dataSource.logger` to assert how many SQL statements a request costs: the
 * guard against N+1 queries on hot paths.
 */
export class CountingLogger extends AbstractLogger {
  private queries = 0;

  get queryCount(): number {
    return this.queries;
  }

  override logQuery(): void {
    this.queries++;
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {
    // Intentionally silent: see the class comment.
  }
}
