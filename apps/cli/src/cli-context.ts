import { AppConfig, ResolvedDatabase } from '@thamvan/core';

/** What a command receives: validated config, parsed flags, and the database on demand. */
export interface CliContext {
  config: AppConfig;
  args: string[];
  flags: Record<string, string | true>;
  /** Resolves DATABASE_URL or the embedded PostgreSQL (reused if `npm start` runs it). */
  database(): Promise<ResolvedDatabase>;
  /** Progress for humans: goes to stderr, never stdout. */
  log(line: string): void;
}

export interface CliCommand {
  name: string;
  usage: string;
  description: string;
  run(ctx: CliContext): Promise<unknown>;
}

/** A usage or input problem: printed as one line on stderr, exit code 1. */
export class CliError extends Error {}

export function requireFlag(ctx: CliContext, name: string): string {
  const value = ctx.flags[name];
  if (typeof value !== 'string' || value.trim() === '') throw new CliError(`--${name} is required`);
  return value;
}
