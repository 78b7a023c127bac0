import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * outbox_event.prompt_retry marks the events a prompt-lane consumer must still retry, with a
 * partial index, so that the relay finds them without scanning the bulk lane's backlog
 * (outbox-relay.ts). Pending events that ever failed are flagged here: the relay clears the
 * flag the next time it records one that waits only for bulk consumers, so flagging too many
 * costs one look each.
 */
export class PromptRetries1795370100000 implements MigrationInterface {
  name = 'PromptRetries1795370100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "outbox_event" ADD "prompt_retry" boolean NOT NULL DEFAULT false');
    await queryRunner.query(
      `UPDATE outbox_event SET prompt_retry = true
        WHERE status = 'PENDING' AND pending_consumers IS NOT NULL AND attempts > 0`,
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
