import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * app_user.notify_answers: whether the account holder is mailed when the drafting agency
 * answers one of their comments (on by default; the switch is on the account page).
 * notification_delivery: one row per mail sent for an outbox event, so a redelivered event
 * (delivery is at least once) never mails anyone twice.
 */
export class AnswerMail1796500200000 implements MigrationInterface {
  name = 'AnswerMail1796500200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "notify_answers" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(
      `CREATE TABLE "notification_delivery" ("key" text NOT NULL, "sent_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_notification_delivery" PRIMARY KEY ("key"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification_delivery"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "notify_answers"`);
  }
}
