import { NestFactory } from '@nestjs/core';
import { ensureDatabase, migrateDatabase, withDatabase } from '@thamvan/core';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../../../api/src/app.module';
import { CliCommand, CliError } from '../cli-context';

const SCRATCH = 'thamvan_migration_scratch';
const MIGRATIONS_DIR = join(__dirname, '../../../../../migrations');

/**
 * Generates a migration from the difference between the entities and the schema that the
 * existing migrations produce, measured on a scratch database (never on your data).
 */
export const migrationGenerateCommand: CliCommand = {
  name: 'migration:generate',
  usage: 'migration:generate <Name>',
  description: 'write migrations/<timestamp>-<Name>.ts from entity changes',
  async run(ctx) {
    const name = ctx.args[0];
    if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name))
      throw new CliError('usage: migration:generate <PascalCaseName>');
    const db = await ctx.database();
    const serverUrl = withDatabase(db.url, 'postgres');
    await dropDatabase(serverUrl, SCRATCH);
    await ensureDatabase(serverUrl, SCRATCH);
    await migrateDatabase(withDatabase(db.url, SCRATCH));
    const app = await NestFactory.createApplicationContext(
      AppModule.forRoot({ config: ctx.config, databaseUrl: withDatabase(db.url, SCRATCH), runRelay: false }),
      { logger: ['error'] },
    );
    try {
      const sql = await app.get(DataSource).driver.createSchemaBuilder().log();
      if (sql.upQueries.length === 0) return { generated: null, message: 'no entity changes' };
      const timestamp = Date.now();
      const className = `${name}${timestamp}`;
      const file = join(MIGRATIONS_DIR, `${timestamp}-${name}.ts`);
      const up = sql.upQueries.map((q) => `    await queryRunner.query(${JSON.stringify(q.query)});`);
      const down = sql.downQueries
        .reverse()
        .map((q) => `    await queryRunner.query(${JSON.stringify(q.query)});`);
      writeFileSync(
        file,
        `import { MigrationInterface, QueryRunner } from 'typeorm';\n\n` +
          `export class ${className} implements MigrationInterface {\n` +
          `  name = '${className}';\n\n` +
          `  public async up(queryRunner: QueryRunner): Promise<void> {\n${up.join('\n')}\n  }\n\n` +
          `  public async down(queryRunner: QueryRunner): Promise<void> {\n${down.join('\n')}\n  }\n}\n`,
      );
      registerMigration(className, `${timestamp}-${name}`);
      return { generated: file, statements: sql.upQueries.length };
    } finally {
      await app.close();
      await dropDatabase(serverUrl, SCRATCH);
    }
  },
};

/** Appends the new class to migrations/index.ts, the list every runner applies. */
function registerMigration(className: string, fileBase: string): void {
  const index = join(MIGRATIONS_DIR, 'index.ts');
  const text = readFileSync(index, 'utf8');
  const list = /export const MIGRATIONS = \[([^\]]*)\];/s.exec(text);
  if (!list) throw new CliError('migrations/index.ts has no MIGRATIONS list');
  const names = [
    ...list[1]
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean),
    className,
  ];
  const head = text.slice(0, list.index).trimEnd();
  writeFileSync(
    index,
    `${head}\nimport { ${className} } from './${fileBase}';\n\n` +
      `export const MIGRATIONS = [\n${names.map((n) => `  ${n},`).join('\n')}\n];\n`,
  );
}

async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
