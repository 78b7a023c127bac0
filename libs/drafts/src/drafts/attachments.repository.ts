import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DraftAttachmentEntity } from './entities/draft-attachment.entity';

const COLUMNS = `a.id, a.draft_id AS "draftId", a.title, a.filename, a.content_type AS "contentType",
  a.size_bytes AS "sizeBytes", a.created_by AS "createdBy", a.created_at AS "createdAt"`;

/**
 * The queries of files attached to drafts (draft_attachment). Reads leave the file's bytes
 * out, except `withData`.
 */
@Injectable()
export class AttachmentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The new attachment's id; runs in the caller's transaction. */
  async insert(
    manager: EntityManager,
    attachment: {
      draftId: string;
      title: string;
      filename: string;
      contentType: string;
      data: Buffer;
      createdBy: string;
    },
  ): Promise<string> {
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO draft_attachment (draft_id, title, filename, content_type, size_bytes, data, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        attachment.draftId,
        attachment.title,
        attachment.filename,
        attachment.contentType,
        attachment.data.length,
        attachment.data,
        attachment.createdBy,
      ],
    );
    return row.id;
  }

  /** An attachment known to exist (one just added). */
  async get(id: string): Promise<DraftAttachmentEntity> {
    const [attachment] = await this.dataSource.query<DraftAttachmentEntity[]>(
      `SELECT ${COLUMNS} FROM draft_attachment a WHERE a.id = $1`,
      [id],
    );
    return attachment;
  }

  /** Each draft's attachments, oldest first. */
  async byDraftIds(draftIds: readonly string[]): Promise<DraftAttachmentEntity[]> {
    return this.dataSource.query<DraftAttachmentEntity[]>(
      `SELECT ${COLUMNS} FROM draft_attachment a WHERE a.draft_id = ANY($1::uuid[]) ORDER BY a.draft_id, a.created_at, a.id`,
      [draftIds],
    );
  }

  /** The attachment with its bytes, if it is this draft's. */
  async withData(draftId: string, id: string): Promise<DraftAttachmentEntity | undefined> {
    const [row] = await this.dataSource.query<DraftAttachmentEntity[]>(
      `SELECT ${COLUMNS}, a.data FROM draft_attachment a WHERE a.id = $1 AND a.draft_id = $2`,
      [id, draftId],
    );
    return row;
  }
}
