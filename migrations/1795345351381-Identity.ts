import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity: accounts (`app_user`, e-mail unique case-insensitively through
 * `email_normalized`), agencies and officer memberships, sessions with rotating refresh
 * tokens, mailed single-use tokens; and core's shared `rate_limit_bucket`.
 */
export class Identity1795345351381 implements MigrationInterface {
  name = 'Identity1795345351381';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "rate_limit_bucket" ("key" text NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_f1310cfeb2b77745eb48247c6c7" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'CREATE INDEX "rate_limit_bucket_expires_idx" ON "rate_limit_bucket" ("expires_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text, "email_normalized" text, "password_hash" text, "display_name" text NOT NULL, "kind" text NOT NULL DEFAULT \'INDIVIDUAL\', "organization_name" text, "province" text, "verification_level" text NOT NULL DEFAULT \'NONE\', "email_verified_at" TIMESTAMP WITH TIME ZONE, "roles" text array NOT NULL DEFAULT \'{CITIZEN}\', "accepted_terms_version" text, "accepted_terms_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_login_at" TIMESTAMP WITH TIME ZONE, "password_changed_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "app_user_verification_level_check" CHECK (verification_level IN (\'NONE\', \'EMAIL\', \'EID\')), CONSTRAINT "app_user_kind_check" CHECK (kind IN (\'INDIVIDUAL\', \'ORGANIZATION\')), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "app_user_created_idx" ON "app_user" ("created_at", "id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "app_user_email_normalized_key" ON "app_user" ("email_normalized") ',
    );
    await queryRunner.query(
      'CREATE TABLE "account_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" text NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "account_token_purpose_check" CHECK (purpose IN (\'VERIFY_EMAIL\', \'RESET_PASSWORD\')), CONSTRAINT "PK_a55842d3341d42534e39f85e931" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "account_token_user_idx" ON "account_token" ("user_id", "purpose") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "account_token_hash_key" ON "account_token" ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "agency" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "kind" text NOT NULL DEFAULT \'OTHER\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "agency_kind_check" CHECK (kind IN (\'MINISTRY\', \'PROVINCE\', \'NATIONAL_ASSEMBLY\', \'OTHER\')), CONSTRAINT "PK_ab1244724d1c216e9720635a2e5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "agency_code_key" ON "agency" ("code") ');
    await queryRunner.query(
      'CREATE TABLE "agency_membership" ("user_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "role" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "agency_membership_role_check" CHECK (role IN (\'EDITOR\', \'RESPONDER\')), CONSTRAINT "PK_bf1e41bb9a5de6ff08ee53231dc" PRIMARY KEY ("user_id", "agency_id", "role"))',
    );
    await queryRunner.query(
      'CREATE INDEX "agency_membership_agency_idx" ON "agency_membership" ("agency_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "auth_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_refreshed_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoke_reason" text, CONSTRAINT "PK_19354ed146424a728c1112a8cbf" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "auth_session_user_idx" ON "auth_session" ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "refresh_token_session_idx" ON "refresh_token" ("session_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "refresh_token_hash_key" ON "refresh_token" ("token_hash") ',
    );
    await queryRunner.query(
      'ALTER TABLE "account_token" ADD CONSTRAINT "FK_ab3c66669facfe429164e60ab82" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agency_membership" ADD CONSTRAINT "FK_3a971bc1458f8b3d987d9456088" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agency_membership" ADD CONSTRAINT "FK_faf166781f83cb4b55f5157a037" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "auth_session" ADD CONSTRAINT "FK_b8783d517fab10672700a39cb49" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_7643a722ca45fb721be1c63dc0c" FOREIGN KEY ("session_id") REFERENCES "auth_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_7643a722ca45fb721be1c63dc0c"');
    await queryRunner.query('ALTER TABLE "auth_session" DROP CONSTRAINT "FK_b8783d517fab10672700a39cb49"');
    await queryRunner.query(
      'ALTER TABLE "agency_membership" DROP CONSTRAINT "FK_faf166781f83cb4b55f5157a037"',
    );
    await queryRunner.query(
      'ALTER TABLE "agency_membership" DROP CONSTRAINT "FK_3a971bc1458f8b3d987d9456088"',
    );
    await queryRunner.query('ALTER TABLE "account_token" DROP CONSTRAINT "FK_ab3c66669facfe429164e60ab82"');
    await queryRunner.query('DROP INDEX "public"."refresh_token_hash_key"');
    await queryRunner.query('DROP INDEX "public"."refresh_token_session_idx"');
    await queryRunner.query('DROP TABLE "refresh_token"');
    await queryRunner.query('DROP INDEX "public"."auth_session_user_idx"');
    await queryRunner.query('DROP TABLE "auth_session"');
    await queryRunner.query('DROP INDEX "public"."agency_membership_agency_idx"');
    await queryRunner.query('DROP TABLE "agency_membership"');
    await queryRunner.query('DROP INDEX "public"."agency_code_key"');
    await queryRunner.query('DROP TABLE "agency"');
    await queryRunner.query('DROP INDEX "public"."account_token_hash_key"');
    await queryRunner.query('DROP INDEX "public"."account_token_user_idx"');
    await queryRunner.query('DROP TABLE "account_token"');
    await queryRunner.query('DROP INDEX "public"."app_user_email_normalized_key"');
    await queryRunner.query('DROP INDEX "public"."app_user_created_idx"');
    await queryRunner.query('DROP TABLE "app_user"');
    await queryRunner.query('DROP INDEX "public"."rate_limit_bucket_expires_idx"');
    await queryRunner.query('DROP TABLE "rate_limit_bucket"');
  }
}
