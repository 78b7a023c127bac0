import { dataSourceOptions, migrateDatabase } from '@thamvan/core';
import { DataSource } from 'typeorm';
import { CliCommand } from '../cli-context';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  usage: 'migrate',
  description: 'apply pending database migrations (npm start also does this)',
  async run(ctx) {
    const db = await ctx.database();
    return { applied: await migrateDatabase(db.url) };
  },
};

export const revertCommand: CliCommand = {
  name: 'migration:revert',
  usage: 'migration:revert',
  description: 'revert the most recent migration',
  async run(ctx) {
    const db = await ctx.database();
    const dataSource = await new DataSource(dataSourceOptions(db.url)).initialize();
    try {
      const before = await dataSource.query<{ name: string }[]>(
        `SELECT name FROM typeorm_migration ORDER BY id DESC LIMIT 1`,
      );
      await dataSource.undoLastMigration({ transaction: 'each' });
      return { reverted: before[0]?.name ?? null };
    } finally {
      await dataSource.destroy();
    }
  },
};
