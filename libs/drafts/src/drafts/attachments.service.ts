import { Injectable } from '@nestjs/common';
import { AuditService, BadInputError, isUuid, NotFoundError, requireText, Viewer } from '@thamvan/core';
import { DataSource } from 'typeorm';
import { decodeBase64 } from '../import/base64';
import { checkContent, FileKind } from '../import/file-kind';
import { MAX_DRAFT_BYTES } from '../import/limits';
import { AttachmentsRepository } from './attachments.repository';
import { DraftsService } from './drafts.service';
import { DraftAttachmentInput } from './dto/draft.inputs';
import { DraftAttachmentEntity } from './entities/draft-attachment.entity';

/** The same bound as an imported draft file (decodeBase64 applies it). */
export const MAX_ATTACHMENT_BYTES = MAX_DRAFT_BYTES;

const KINDS: Record<string, { kind: FileKind; contentType: string }> = {
  pdf: { kind: 'pdf', contentType: 'application/pdf' },
  docx: {
    kind: 'docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
};

/**
 * Files that accompany a draft: editors attach them; the public downloads them once the draft
 * is public. Stored and served as sent, never unpacked here: they are checked by the import's
 * own readers of base64 (strict) and of file types (the bytes must be what the name says).
 */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: AttachmentsRepository,
    private readonly drafts: DraftsService,
    private readonly audit: AuditService,
  ) {}

  async add(
    viewer: Viewer | null,
    draftId: string,
    input: DraftAttachmentInput,
  ): Promise<DraftAttachmentEntity> {
    const { editor, draft } = await this.drafts.requireManageable(viewer, draftId);
    const title = requireText(input.title, 'title', 300);
    const filename = requireText(input.filename, 'filename', 255).replace(/[/\\]/g, '_');
    const extension = /\.([a-z]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? '';
    const kind = KINDS[extension];
    if (!kind) throw new BadInputError('Attachments must be .pdf or .docx files', 'filename');
    // Buffer.from(…, 'base64') skipped whatever was not base64; the import's decoder refuses it
    // (and an oversized string before decoding it).
    const data = decodeBase64(input.base64);
    checkContent(data, kind.kind);
    const id = await this.dataSource.transaction(async (manager) => {
      const attachmentId = await this.repository.insert(manager, {
        draftId,
        title,
        filename,
        contentType: kind.contentType,
        data,
        createdBy: editor.userId,
      });
      await this.audit.record(manager, {
        actorId: editor.userId,
        actorRole: `EDITOR:${draft.agencyId}`,
        action: 'draft.attachment.add',
        targetType: 'draft',
        targetId: draftId,
        data: { attachmentId, title, filename, sizeBytes: data.length },
      });
      return attachmentId;
    });
    return this.repository.get(id);
  }

  async byDraftIds(draftIds: readonly string[]): Promise<DraftAttachmentEntity[]> {
    return this.repository.byDraftIds(draftIds);
  }

  /** The file, if the viewer may see its draft. */
  async download(viewer: Viewer | null, draftId: string, id: string): Promise<DraftAttachmentEntity> {
    const draft = isUuid(draftId) && isUuid(id) ? await this.drafts.findVisible(viewer, draftId) : null;
    const row = draft ? await this.repository.withData(draftId, id) : undefined;
    if (!row) throw new NotFoundError('Attachment', id);
    return row;
  }
}
