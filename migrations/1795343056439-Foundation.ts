import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox and audit tables; the append-only guard on audit_event; the extensions and the
 * Vietnamese folding function that title and comment search build on.
 */
export class Foundation1795343056439 implements MigrationInterface {
  name = 'Foundation1795343056439';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // Folding for finding, not judging: lower case, no diacritics, đ -> d ("dat dai" finds
    // "Đất đai"). IMMUTABLE (unaccent itself is only STABLE) so it can back indexes; safe
    // because the dictionary is named explicitly and never changes under us.
    await queryRunner.query(`
      CREATE FUNCTION thamvan_fold(input text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, translate(normalize(input, NFC), 'đĐ', 'dD'))) $$`);
    await queryRunner.query(
      'CREATE TABLE "audit_event" ("id" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_role" text NOT NULL, "action" text NOT NULL, "target_type" text NOT NULL, "target_id" text NOT NULL, "reason" text, "request_id" text, "data" jsonb NOT NULL DEFAULT \'{}\'::jsonb, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "audit_event_actor_idx" ON "audit_event" ("actor_id", "id") ');
    await queryRunner.query(
      'CREATE INDEX "audit_event_target_idx" ON "audit_event" ("target_type", "target_id", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "outbox_event" ("id" BIGSERIAL NOT NULL, "topic" text NOT NULL, "aggregate_id" text NOT NULL, "payload" jsonb NOT NULL DEFAULT \'{}\'::jsonb, "status" text NOT NULL DEFAULT \'PENDING\', "pending_consumers" text array, "attempts" integer NOT NULL DEFAULT \'0\', "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "delivered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cc0c9e40998e45ecfc5e313429d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "outbox_event_dead_idx" ON "outbox_event" ("id") WHERE status = \'DEAD\'',
    );
    await queryRunner.query(
      'CREATE INDEX "outbox_event_pending_idx" ON "outbox_event" ("available_at", "id") WHERE status = \'PENDING\'',
    );
    // The audit trail is append-only for everyone, including the application's own role.
    await queryRunner.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_event_no_truncate ON audit_event`);
    await queryRunner.query(`DROP TRIGGER audit_event_no_update_delete ON audit_event`);
    await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
    await queryRunner.query('DROP INDEX "public"."outbox_event_pending_idx"');
    await queryRunner.query('DROP INDEX "public"."outbox_event_dead_idx"');
    await queryRunner.query('DROP TABLE "outbox_event"');
    await queryRunner.query('DROP INDEX "public"."audit_event_target_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_event_actor_idx"');
    await queryRunner.query('DROP TABLE "audit_event"');
    await queryRunner.query(`DROP FUNCTION thamvan_fold(text)`);
  }
}
