import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox relay's lanes (libs/core/src/outbox/outbox-relay.ts): the prompt lane claims new
 * events (pending_consumers IS NULL) and the bulk lane handed-over ones, each in seq order,
 * without scanning past the other's backlog.
 */
export class RelayLanes1795362577676 implements MigrationInterface {
  name = 'RelayLanes1795362577676';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "outbox_event_routed_idx" ON "outbox_event" ("id") WHERE status = \'PENDING\' AND pending_consumers IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "outbox_event_new_idx" ON "outbox_event" ("id") WHERE status = \'PENDING\' AND pending_consumers IS NULL',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."outbox_event_new_idx"');
    await queryRunner.query('DROP INDEX "public"."outbox_event_routed_idx"');
  }
}
