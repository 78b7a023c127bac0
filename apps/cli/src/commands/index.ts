import { CliCommand } from '../cli-context';
import {
  addOfficerCommand,
  createAgencyCommand,
  createUserCommand,
  seedDemoCommand,
} from './identity.commands';
import { migrateCommand, revertCommand } from './migrate.command';
import { migrationGenerateCommand } from './migration-generate.command';
import { outlineCommand } from './outline.command';
import { reindexCommand } from './reindex.command';

/** Every CLI command; `--help` lists them in this order. Later features add theirs here. */
export const COMMANDS: CliCommand[] = [
  migrateCommand,
  revertCommand,
  migrationGenerateCommand,
  createUserCommand,
  createAgencyCommand,
  addOfficerCommand,
  seedDemoCommand,
  outlineCommand,
  reindexCommand,
];
