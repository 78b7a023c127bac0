import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AuditService, Clock, ConflictError, isAgencyMember, isUuid, Viewer } from '@thamvan/core';
import { ConsultationStatus, DraftsService } from '@thamvan/drafts';
import { DataSource } from 'typeorm';
import { ReportBuilder } from './report-builder';
import { ReportData } from './report.model';
import { entryCommentIds, withholdHidden } from './withhold-hidden';

/**
 * Who reads which report. Officers (EDITOR or RESPONDER) of the owning agency always get the
 * live figures; everyone else gets the snapshot frozen by publishFeedbackReport, or nothing
 * (null) before it is published.
 */
@Injectable()
export class ReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly drafts: DraftsService,
    private readonly builder: ReportBuilder,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** Per-request DataLoader factory: when each draft's report was published (null: not yet). */
  readonly publishedAtLoader = () =>
    new DataLoader<string, Date | null>(async (draftIds) => {
      const rows: { draftId: string; publishedAt: Date }[] = await this.dataSource.query(
        `SELECT draft_id AS "draftId", published_at AS "publishedAt" FROM feedback_report WHERE draft_id = ANY($1::uuid[])`,
        [draftIds],
      );
      const byDraft = new Map(rows.map((r) => [r.draftId, new Date(r.publishedAt)]));
      return draftIds.map((id) => byDraft.get(id) ?? null);
    });

  async forViewer(viewer: Viewer | null, draftId: string): Promise<ReportData | null> {
    return (await this.read(viewer, draftId))?.data ?? null;
  }

  /**
   * The report the viewer may read, and whether it is the live one (else the frozen snapshot,
   * with the text of comments hidden since publication withheld; `withheld` names them, so
   * cached renders of the snapshot change when moderation does).
   */
  async read(
    viewer: Viewer | null,
    draftId: string,
  ): Promise<{ data: ReportData; live: boolean; withheld?: string[] } | null> {
    if (!isUuid(draftId)) return null;
    const [draft] = await this.drafts.findByIds([draftId]);
    if (!draft) return null;
    // Officers read the live report and only need the date; the snapshot (megabytes on a
    // large draft) is fetched for everyone else.
    const officer = isAgencyMember(viewer, draft.agencyId);
    const [published]: { snapshot?: ReportData; publishedAt: Date }[] = await this.dataSource.query(
      `SELECT ${officer ? '' : 'snapshot, '}published_at AS "publishedAt" FROM feedback_report WHERE draft_id = $1`,
      [draftId],
    );
    if (officer) {
      const live = await this.builder.build(draftId);
      const publishedAt = published ? new Date(published.publishedAt).toISOString() : null;
      return live && { data: { ...live, publishedAt }, live: true };
    }
    if (!published?.snapshot) return null;
    const ids = entryCommentIds(published.snapshot);
    // Hidden since publication, or withdrawn without an answer: the text is withheld. Withdrawn
    // after an answer: the text stays with its answer, the entry marked (as in the live report).
    const changed: { id: string; withheld: boolean }[] = ids.length
      ? await this.dataSource.query(
          `SELECT c.id, (c.status <> 'WITHDRAWN' OR cr.comment_id IS NULL) AS withheld
             FROM comment c LEFT JOIN comment_response cr ON cr.comment_id = c.id
            WHERE c.id = ANY($1::uuid[]) AND c.status <> 'PUBLISHED' ORDER BY c.id`,
          [ids],
        )
      : [];
    const withheld = changed.filter((r) => r.withheld).map((r) => r.id);
    const withdrawn = changed.filter((r) => !r.withheld).map((r) => r.id);
    return {
      data: withholdHidden(published.snapshot, new Set(withheld), new Set(withdrawn)),
      live: false,
      // The render cache's key: what is withheld, and what is marked withdrawn.
      withheld: [...withheld, ...withdrawn.map((id) => `withdrawn:${id}`)],
    };
  }

  /**
   * EDITORs of the owning agency, once the consultation is CLOSED (CONFLICT before: the
   * feedback is still coming in). Publishing again replaces the snapshot; each is audited.
   */
  async publish(viewer: Viewer | null, draftId: string): Promise<ReportData> {
    const { draft, editor } = await this.drafts.requireManageable(viewer, draftId);
    if (this.drafts.status(draft) !== ConsultationStatus.CLOSED) {
      throw new ConflictError('The consultation is not closed yet: publish the report once it has closed');
    }
    const report = (await this.builder.build(draftId))!;
    const snapshot: ReportData = { ...report, publishedAt: this.clock.now().toISOString() };
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO feedback_report (draft_id, snapshot, published_by, published_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (draft_id) DO UPDATE
           SET snapshot = EXCLUDED.snapshot, published_by = EXCLUDED.published_by, published_at = EXCLUDED.published_at`,
        [draftId, JSON.stringify(snapshot), editor.userId, snapshot.publishedAt],
      );
      await this.audit.record(manager, {
        actorId: editor.userId,
        actorRole: `EDITOR:${draft.agencyId}`,
        action: 'report.publish',
        targetType: 'draft',
        targetId: draftId,
        data: { commentCount: report.commentCount, answeredCount: report.answeredCount },
      });
    });
    return snapshot;
  }
}
