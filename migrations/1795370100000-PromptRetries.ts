import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * outbox_event.prompt_retry marks the events a prompt-lane consumer must still retry, with a
 * partial index, so that the relay finds them without scanning the bulk lane's backlog
 * (outbox-relay.ts). Events that failed before (PENDING, or DEAD and perhaps revived by hand)
 * and still list a consumer other than the bulk ones of this release are flagged here. One
 * missed (say, recorded by an old relay still running during a rolling deploy) is not lost:
 * the bulk lane claims unflagged events it has nothing to do for and hands them back flagged.
 */
export class PromptRetries1795370100000 implements MigrationInterface {
  name = 'PromptRetries1795370100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "outbox_event" ADD "prompt_retry" boolean NOT NULL DEFAULT false');
    await queryRunner.query(
      `UPDATE outbox_event SET prompt_retry = true
        WHERE status IN ('PENDING', 'DEAD') AND attempts > 0 AND pending_consumers IS NOT NULL
          AND NOT pending_consumers <@ ARRAY['search-projection', 'search-meili', 'synthesis-campaigns']`,
    );
    await queryRunner.query(
      'CREATE INDEX "outbox_event_prompt_retry_idx" ON "outbox_event" ("id") WHERE status = \'PENDING\' AND prompt_retry',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."outbox_event_prompt_retry_idx"');
    await queryRunner.query('ALTER TABLE "outbox_event" DROP COLUMN "prompt_retry"');
  }
}
