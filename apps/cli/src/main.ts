import 'reflect-metadata';
import { AppConfig, ConfigError, ResolvedDatabase, resolveDatabase } from '@thamvan/core';
import { parseArgs } from './args';
import { CliContext, CliError } from './cli-context';
import { COMMANDS } from './commands';

/**
 * `npm run -s cli -- <command>`: stdout carries only the command's JSON result; progress and
 * logs go to stderr; exit 0 on success, 1 with a one-line message otherwise (CONTRACT.md).
 */
export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help' || name === '-h') {
    process.stderr.write(helpText());
    return name ? 0 : 1;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) return fail(`unknown command "${name}"; see --help`);
  const { args, flags } = parseArgs(rest);
  if (flags.help) {
    process.stderr.write(`usage: ${command.usage}\n  ${command.description}\n`);
    return 0;
  }
  let database: Promise<ResolvedDatabase> | undefined;
  try {
    const config = AppConfig.load();
    const log = (line: string) => process.stderr.write(`${line}\n`);
    const ctx: CliContext = {
      config,
      args,
      flags,
      log,
      database: () => (database ??= resolveDatabase(config, log)),
    };
    const result = await command.run(ctx);
    // Wait for the write to drain: process.exit() right after would cut a large result
    // (a 2 MB outline) short when stdout is a pipe.
    await new Promise<void>((resolve, reject) =>
      process.stdout.write(JSON.stringify(result ?? {}) + '\n', (error) =>
        error ? reject(error) : resolve(),
      ),
    );
    return 0;
  } catch (error) {
    if (error instanceof CliError || error instanceof ConfigError) return fail(error.message);
    return fail(error instanceof Error ? error.message : String(error));
  } finally {
    const db = await database?.catch(() => undefined);
    await db?.embedded?.stop();
  }
}

function fail(message: string): number {
  process.stderr.write(`error: ${message.split('\n')[0]}\n`);
  return 1;
}

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return (
    'usage: npm run -s cli -- <command> [options]\n\ncommands:\n' +
    COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.description}`).join('\n') +
    '\n'
  );
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
