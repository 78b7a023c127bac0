import { Injectable } from '@nestjs/common';
import { AuditService, BadInputError, isUuid, NotFoundError, Viewer } from '@thamvan/core';
import { DataSource } from 'typeorm';
import { DraftsService } from './drafts.service';
import { DraftAttachmentInput } from './dto/draft.inputs';
import { DraftAttachmentEntity } from './entities/draft-attachment.entity';
import { cleanText } from './text-input';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const KINDS: Record<string, { contentType: string; magic: Buffer }> = {
  pdf: { contentType: 'application/pdf', magic: Buffer.from('%PDF-') },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  },
};

const COLUMNS = `a.id, a.draft_id AS "draftId", a.title, a.filename, a.content_type AS "contentType",
  a.size_bytes AS "sizeBytes", a.created_by AS "createdBy", a.created_at AS "createdAt"`;

/** Files that accompany a draft: editors attach them; the public downloads them once the draft is public. */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly drafts: DraftsService,
    private readonly audit: AuditService,
  ) {}

  async add(
    viewer: Viewer | null,
    draftId: string,
    input: DraftAttachmentInput,
  ): Promise<DraftAttachmentEntity> {
    const { editor, draft } = await this.drafts.requireManageable(viewer, draftId);
    const title = cleanText(input.title, 'title', { max: 300 });
    const filename = cleanText(input.filename, 'filename', { max: 255 }).replace(/[/\\]/g, '_');
    const extension = /\.([a-z]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? '';
    const kind = KINDS[extension];
    if (!kind) throw new BadInputError('Attachments must be .pdf or .docx files', 'filename');
    // base64 is 4/3 of the bytes: refuse oversized input before decoding it.
    if (input.base64.length > Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 4) {
      throw new BadInputError('The file is larger than 10 MB', 'base64');
    }
    const data = Buffer.from(input.base64, 'base64');
    if (data.length === 0 || data.length > MAX_ATTACHMENT_BYTES) {
      throw new BadInputError(data.length ? 'The file is larger than 10 MB' : 'The file is empty', 'base64');
    }
    if (!data.subarray(0, kind.magic.length).equals(kind.magic)) {
      throw new BadInputError(`The file content is not a .${extension} file`, 'base64');
    }
    const id = await this.dataSource.transaction(async (manager) => {
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO draft_attachment (draft_id, title, filename, content_type, size_bytes, data, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [draftId, title, filename, kind.contentType, data.length, data, editor.userId],
      );
      await this.audit.record(manager, {
        actorId: editor.userId,
        actorRole: `EDITOR:${draft.agencyId}`,
        action: 'draft.attachment.add',
        targetType: 'draft',
        targetId: draftId,
        data: { attachmentId: row.id, title, filename, sizeBytes: data.length },
      });
      return row.id;
    });
    const [attachment] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM draft_attachment a WHERE a.id = $1`,
      [id],
    );
    return attachment as DraftAttachmentEntity;
  }

  async byDraftIds(draftIds: readonly string[]): Promise<DraftAttachmentEntity[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM draft_attachment a WHERE a.draft_id = ANY($1::uuid[]) ORDER BY a.draft_id, a.created_at, a.id`,
      [draftIds],
    );
  }

  /** The file, if the viewer may see its draft. */
  async download(viewer: Viewer | null, draftId: string, id: string): Promise<DraftAttachmentEntity> {
    const draft = isUuid(draftId) && isUuid(id) ? await this.drafts.findVisible(viewer, draftId) : null;
    const [row]: DraftAttachmentEntity[] = draft
      ? await this.dataSource.query(
          `SELECT ${COLUMNS}, a.data FROM draft_attachment a WHERE a.id = $1 AND a.draft_id = $2`,
          [id, draftId],
        )
      : [];
    if (!row) throw new NotFoundError('Attachment', id);
    return row;
  }
}
