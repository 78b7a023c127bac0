import { CliCommand } from '../cli-context';
import { migrateCommand, revertCommand } from './migrate.command';
import { migrationGenerateCommand } from './migration-generate.command';

/** Every CLI command; `--help` lists them in this order. Later features add theirs here. */
export const COMMANDS: CliCommand[] = [migrateCommand, revertCommand, migrationGenerateCommand];
