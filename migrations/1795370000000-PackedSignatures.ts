import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * comment_signature.shingles and .minhash become bytea, 4 big-endian bytes per value (what
 * int4send() writes; text-signature.ts packInt32/unpackInt32). Every candidate head a
 * grouping batch reads sent its shingles through int4out, and the worker parsed them back:
 * a fifth of the candidate query's time (docs/benchmarks.md, session 4). The values do not
 * change, so campaigns, LSH bands and exact hashes stay as they are.
 *
 * The rewrite takes the table's ACCESS EXCLUSIVE lock for its duration, like any type change;
 * campaign grouping waits (its outbox events stay pending, nothing is lost). The (un)packing
 * helpers are session-local functions (pg_temp): the migrating role needs the TEMP privilege
 * on the database, which PostgreSQL grants to PUBLIC by default.
 */
export class PackedSignatures1795370000000 implements MigrationInterface {
  name = 'PackedSignatures1795370000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // A USING expression cannot hold a subquery: session-local helpers do the (un)packing.
    await queryRunner.query(`
      CREATE FUNCTION pg_temp.thamvan_pack_int4(a int[]) RETURNS bytea LANGUAGE sql IMMUTABLE
      AS $$ SELECT coalesce(string_agg(int4send(x), ''::bytea ORDER BY o), ''::bytea)
              FROM unnest(a) WITH ORDINALITY AS u(x, o) $$`);
    await queryRunner.query(`
      ALTER TABLE comment_signature
        ALTER COLUMN shingles TYPE bytea USING pg_temp.thamvan_pack_int4(shingles),
        ALTER COLUMN minhash TYPE bytea USING pg_temp.thamvan_pack_int4(minhash)`);
    await queryRunner.query(`DROP FUNCTION pg_temp.thamvan_pack_int4(int[])`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION pg_temp.thamvan_unpack_int4(b bytea) RETURNS int[] LANGUAGE sql IMMUTABLE
      AS $$ SELECT coalesce(array_agg((get_byte(b, i) << 24) | (get_byte(b, i + 1) << 16)
                                     | (get_byte(b, i + 2) << 8) | get_byte(b, i + 3) ORDER BY i), '{}')
              FROM generate_series(0, length(b) - 4, 4) AS i $$`);
    await queryRunner.query(`
      ALTER TABLE comment_signature
        ALTER COLUMN shingles TYPE integer[] USING pg_temp.thamvan_unpack_int4(shingles),
        ALTER COLUMN minhash TYPE integer[] USING pg_temp.thamvan_unpack_int4(minhash)`);
    await queryRunner.query(`DROP FUNCTION pg_temp.thamvan_unpack_int4(bytea)`);
  }
}
