import { Injectable } from '@nestjs/common';
import {
  AuditService,
  BadInputError,
  Clock,
  Connection,
  foldVietnamese,
  ForbiddenError,
  isUuid,
  keysetPage,
  NotFoundError,
  optionalText,
  requireText,
  Viewer,
} from '@thamvan/core';
import { DataSource } from 'typeorm';
import { parseDraftSource } from '../import';
import type { Outline } from '../parser';
import { consultationStatus } from './consultation-status';
import { canSeeDraft, requireAnyEditor, requireManager } from './draft-access';
import { CreateDraftInput, DraftFilter, DraftSourceInput } from './dto/draft.inputs';
import { DRAFT_ORDERS, DraftsRepository } from './drafts.repository';
import { ConsultationStatus, DraftOrder } from './dto/enums';
import { DraftEntity } from './entities/draft.entity';
import { applyHeaderOverrides } from './header-overrides';
import { VersionWriter } from './version-writer';

/** Drafts: import, read and list. Consultation scheduling lives in ConsultationService. */
@Injectable()
export class DraftsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: DraftsRepository,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly versions: VersionWriter,
  ) {}

  /** parseDraft: for agency officers, to preview an import before creating the draft. */
  async parse(viewer: Viewer | null, source: DraftSourceInput): Promise<Outline> {
    if (!viewer) throw new ForbiddenError('Only agency officers may parse drafts');
    if (viewer.memberships.length === 0) throw new ForbiddenError('Only agency officers may parse drafts');
    return parseDraftSource(source);
  }

  async create(viewer: Viewer | null, input: CreateDraftInput): Promise<DraftEntity> {
    const editor = requireManager(viewer, input.agencyId);
    const title = requireText(input.title, 'title', 500);
    const summary = optionalText(input.summary, 'summary', 5000);
    const { outline, corrected } = applyHeaderOverrides(await parseDraftSource(input.source), input);
    const id = await this.dataSource.transaction(async (manager) => {
      const draftId = await this.repository.insert(manager, {
        agencyId: input.agencyId,
        title,
        docType: input.docType,
        summary,
        createdBy: editor.userId,
      });
      await this.versions.write(manager, {
        draftId,
        number: 1,
        changeNote: null,
        publishedAt: null,
        sourceFilename: input.source.filename ?? null,
        createdBy: editor.userId,
        outline,
      });
      await this.audit.record(manager, {
        actorId: editor.userId,
        actorRole: `EDITOR:${input.agencyId}`,
        action: 'draft.create',
        targetType: 'draft',
        targetId: draftId,
        data: { title, docType: input.docType, corrected },
      });
      return draftId;
    });
    return this.require(id);
  }

  /** The draft if it exists and the viewer may see it; otherwise null (never "forbidden"). */
  async findVisible(viewer: Viewer | null, id: string): Promise<DraftEntity | null> {
    const draft = await this.find(id);
    if (!draft) return null;
    return canSeeDraft(viewer, draft, this.status(draft)) ? draft : null;
  }

  /**
   * For mutations. Callers who are no agency's editor are refused outright (they may not use
   * the operation at all); an editor then gets NOT_FOUND for a draft they cannot see (so ids
   * of other agencies' unpublished drafts reveal nothing) and FORBIDDEN for another agency's
   * public draft.
   */
  async requireManageable(
    viewer: Viewer | null,
    id: string,
  ): Promise<{ draft: DraftEntity; editor: Viewer }> {
    requireAnyEditor(viewer);
    const draft = await this.find(id);
    if (!draft || !canSeeDraft(viewer, draft, this.status(draft))) throw new NotFoundError('Draft', id);
    return { draft, editor: requireManager(viewer, draft.agencyId) };
  }

  status(draft: DraftEntity): ConsultationStatus {
    return consultationStatus(draft, this.clock.now());
  }

  async findByIds(ids: readonly string[]): Promise<DraftEntity[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return this.repository.byIds(valid);
  }

  async list(
    viewer: Viewer | null,
    filter: DraftFilter | null | undefined,
    page: { first?: number | null; after?: string | null },
    orderBy: DraftOrder = DraftOrder.NEWEST,
  ): Promise<Connection<DraftEntity>> {
    const order = DRAFT_ORDERS[orderBy];
    const keyset = keysetPage<DraftEntity>(page, (d) => [order.key(d).toISOString(), d.id], [
      'timestamp',
      'uuid',
    ]);
    if (filter?.agencyId && !isUuid(filter.agencyId)) {
      throw new BadInputError('agencyId is not a valid id', 'agencyId');
    }
    const words = foldVietnamese(filter?.q ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 10);
    const { total, rows } = await this.repository.search(
      {
        now: this.clock.now(),
        memberOf: viewer?.memberships.map((m) => m.agencyId) ?? [],
        status: filter?.status,
        agencyId: filter?.agencyId,
        docType: filter?.docType,
        words,
      },
      orderBy,
      keyset.after,
      keyset.limit,
    );
    return keyset.finish(rows, total);
  }

  async require(id: string): Promise<DraftEntity> {
    const draft = await this.find(id);
    if (!draft) throw new NotFoundError('Draft', id);
    return draft;
  }

  private async find(id: string): Promise<DraftEntity | null> {
    if (!isUuid(id)) return null;
    const [draft] = await this.findByIds([id]);
    return draft ?? null;
  }
}
