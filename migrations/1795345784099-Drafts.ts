import { MigrationInterface, QueryRunner } from 'typeorm';

export class Drafts1795345784099 implements MigrationInterface {
  name = 'Drafts1795345784099';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "draft_attachment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "draft_id" uuid NOT NULL, "title" text NOT NULL, "filename" text NOT NULL, "content_type" text NOT NULL, "size_bytes" integer NOT NULL, "data" bytea NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_793825785d0cddab3f2bf493fdd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "draft_attachment_draft_idx" ON "draft_attachment" ("draft_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "draft_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "draft_id" uuid NOT NULL, "number" integer NOT NULL, "change_note" text, "published_at" TIMESTAMP WITH TIME ZONE, "document_number" text, "issuer" text, "preamble" text, "source_filename" text, "warnings" jsonb NOT NULL DEFAULT \'[]\', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e434e51de6c2d8d45dfe5e92012" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "draft_version_number_key" ON "draft_version" ("draft_id", "number") ',
    );
    await queryRunner.query(
      'CREATE TABLE "draft" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "title" text NOT NULL, "doc_type" text NOT NULL, "summary" text, "opens_at" TIMESTAMP WITH TIME ZONE, "closes_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "close_reason" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0b2b03d3f2c998450423648bc65" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "draft_created_idx" ON "draft" ("created_at", "id") ');
    await queryRunner.query('CREATE INDEX "draft_agency_idx" ON "draft" ("agency_id", "created_at", "id") ');
    await queryRunner.query(
      'CREATE TABLE "provision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version_id" uuid NOT NULL, "key" text NOT NULL, "kind" text NOT NULL, "number" text NOT NULL, "label" text NOT NULL, "heading" text, "text" text NOT NULL, "parent_id" uuid, "ordinal" integer NOT NULL, "depth" integer NOT NULL, "lineage_id" uuid NOT NULL, CONSTRAINT "PK_2065a094470ebb8a44a869fbe40" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "provision_lineage_idx" ON "provision" ("lineage_id") ');
    await queryRunner.query(
      'CREATE INDEX "provision_version_ordinal_idx" ON "provision" ("version_id", "ordinal") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "provision_version_key" ON "provision" ("version_id", "key") ',
    );
    // Hand-written: foreign keys (the entities keep plain id columns, mapped explicitly) and
    // the diacritics-insensitive title search used by the drafts(filter: { q }) list.
    await queryRunner.query(
      `ALTER TABLE draft ADD CONSTRAINT draft_agency_fk FOREIGN KEY (agency_id) REFERENCES agency(id)`,
    );
    await queryRunner.query(
      `ALTER TABLE draft_version ADD CONSTRAINT draft_version_draft_fk FOREIGN KEY (draft_id) REFERENCES draft(id)`,
    );
    await queryRunner.query(
      `ALTER TABLE provision ADD CONSTRAINT provision_version_fk FOREIGN KEY (version_id) REFERENCES draft_version(id)`,
    );
    await queryRunner.query(
      `ALTER TABLE provision ADD CONSTRAINT provision_parent_fk FOREIGN KEY (parent_id) REFERENCES provision(id)`,
    );
    await queryRunner.query(
      `ALTER TABLE draft_attachment ADD CONSTRAINT draft_attachment_draft_fk FOREIGN KEY (draft_id) REFERENCES draft(id)`,
    );
    await queryRunner.query(
      `CREATE INDEX draft_title_fold_trgm_idx ON draft USING gin (thamvan_fold(title) gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX draft_title_fold_trgm_idx`);
    await queryRunner.query(`ALTER TABLE draft_attachment DROP CONSTRAINT draft_attachment_draft_fk`);
    await queryRunner.query(`ALTER TABLE provision DROP CONSTRAINT provision_parent_fk`);
    await queryRunner.query(`ALTER TABLE provision DROP CONSTRAINT provision_version_fk`);
    await queryRunner.query(`ALTER TABLE draft_version DROP CONSTRAINT draft_version_draft_fk`);
    await queryRunner.query(`ALTER TABLE draft DROP CONSTRAINT draft_agency_fk`);
    await queryRunner.query('DROP INDEX "public"."provision_version_key"');
    await queryRunner.query('DROP INDEX "public"."provision_version_ordinal_idx"');
    await queryRunner.query('DROP INDEX "public"."provision_lineage_idx"');
    await queryRunner.query('DROP TABLE "provision"');
    await queryRunner.query('DROP INDEX "public"."draft_agency_idx"');
    await queryRunner.query('DROP INDEX "public"."draft_created_idx"');
    await queryRunner.query('DROP TABLE "draft"');
    await queryRunner.query('DROP INDEX "public"."draft_version_number_key"');
    await queryRunner.query('DROP TABLE "draft_version"');
    await queryRunner.query('DROP INDEX "public"."draft_attachment_draft_idx"');
    await queryRunner.query('DROP TABLE "draft_attachment"');
  }
}
