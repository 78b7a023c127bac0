import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  AuditService,
  Clock,
  ConflictError,
  isAgencyMember,
  isUuid,
  optionalText,
  Viewer,
} from '@thamvan/core';
import { ConsultationStatus, DraftsService } from '@thamvan/drafts';
import { DataSource } from 'typeorm';
import { ReportBuilder } from './report-builder';
import { ReportData } from './report.model';
import { ReportRepository } from './report.repository';
import type { ReportVersionObject } from './report.objects';
import { entryCommentIds, withholdHidden } from './withhold-hidden';

/** A note on a version is a sentence or a short paragraph, not a second report. */
export const MAX_REPORT_NOTE = 2000;

/**
 * Who reads which report. Officers (EDITOR or RESPONDER) of the owning agency get the live
 * figures; everyone else gets the snapshot frozen by publishFeedbackReport, or nothing (null)
 * before it is published. Every published version stays readable by its number (the current
 * one in feedback_report, earlier ones in feedback_report_version), by everyone.
 */
@Injectable()
export class ReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ReportRepository,
    private readonly drafts: DraftsService,
    private readonly builder: ReportBuilder,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** Per-request DataLoader factory: when each draft's report was published (null: not yet). */
  readonly publishedAtLoader = () =>
    new DataLoader<string, Date | null>(async (draftIds) => {
      const rows = await this.repository.publishedAt(draftIds);
      const byDraft = new Map(rows.map((r) => [r.draftId, new Date(r.publishedAt)]));
      return draftIds.map((id) => byDraft.get(id) ?? null);
    });

  /** Per-request DataLoader factory: every published version of each draft's report, newest first. */
  readonly versionsLoader = () =>
    new DataLoader<string, ReportVersionObject[]>(async (draftIds) => {
      const rows = await this.repository.versions(draftIds);
      return draftIds.map((id) =>
        rows
          .filter((r) => r.draftId === id)
          .map(({ draftId: _, ...v }) => ({ ...v, publishedAt: new Date(v.publishedAt) })),
      );
    });

  async forViewer(
    viewer: Viewer | null,
    draftId: string,
    version?: number | null,
  ): Promise<ReportData | null> {
    return (await this.read(viewer, draftId, version))?.data ?? null;
  }

  /**
   * The report the viewer may read, and whether it is the live one (else the frozen snapshot,
   * with the text of comments hidden since publication withheld; `withheld` names them, so
   * cached renders of the snapshot change when moderation does).
   */
  async read(
    viewer: Viewer | null,
    draftId: string,
    version?: number | null,
  ): Promise<{ data: ReportData; live: boolean; withheld?: string[] } | null> {
    if (!isUuid(draftId)) return null;
    const asked = version ?? null;
    if (asked !== null && !(Number.isInteger(asked) && asked >= 1 && asked <= 2 ** 31 - 1)) return null;
    const [draft] = await this.drafts.findByIds([draftId]);
    if (!draft) return null;
    // Officers read the live report (unless they ask for a version) and only need the date;
    // the snapshot (megabytes on a large draft) is fetched for everyone else.
    const officer = asked === null && isAgencyMember(viewer, draft.agencyId);
    const published = await this.repository.published(draftId, asked, !officer);
    if (officer) {
      const live = await this.builder.build(draftId);
      const publishedAt = published ? new Date(published.publishedAt).toISOString() : null;
      return live && { data: { ...live, publishedAt }, live: true };
    }
    if (!published?.snapshot) return null;
    const ids = entryCommentIds(published.snapshot);
    // Hidden since publication, or withdrawn without an answer: the text is withheld. Withdrawn
    // after an answer: the text stays with its answer, the entry marked (as in the live report).
    const changed = ids.length ? await this.repository.changedSincePublication(ids) : [];
    const withheld = changed.filter((r) => r.withheld).map((r) => r.id);
    const withdrawn = changed.filter((r) => !r.withheld).map((r) => r.id);
    return {
      // Snapshots published before versions were numbered lack the number: the column has it.
      data: {
        ...withholdHidden(published.snapshot, new Set(withheld), new Set(withdrawn)),
        version: published.version,
      },
      live: false,
      // The render cache's key: what is withheld, and what is marked withdrawn.
      withheld: [...withheld, ...withdrawn.map((id) => `withdrawn:${id}`)],
    };
  }

  /**
   * EDITORs of the owning agency, once the consultation is CLOSED (CONFLICT before: the
   * feedback is still coming in). Publishing again makes the next version and keeps the one it
   * replaces, readable by its number; `note` says what changed. Each publication is audited.
   */
  async publish(viewer: Viewer | null, draftId: string, note?: string | null): Promise<ReportData> {
    const { draft, editor } = await this.drafts.requireManageable(viewer, draftId);
    if (this.drafts.status(draft) !== ConsultationStatus.CLOSED) {
      throw new ConflictError('The consultation is not closed yet: publish the report once it has closed');
    }
    const cleanNote = cleanReportNote(note);
    const report = (await this.builder.build(draftId))!;
    return this.dataSource.transaction(async (manager) => {
      // The draft's row lock serialises publications of one report, so versions never collide
      // and the replaced one is always the one archived.
      await this.repository.lockDraft(manager, draftId);
      const current = await this.repository.currentVersion(manager, draftId);
      const now = this.clock.now();
      const version = (current ?? 0) + 1;
      const snapshot: ReportData = { ...report, publishedAt: now.toISOString(), version, note: cleanNote };
      if (current !== undefined) await this.repository.archiveCurrent(manager, draftId, now);
      await this.repository.saveCurrent(manager, {
        draftId,
        snapshot,
        userId: editor.userId,
        now,
        version,
        note: cleanNote,
        commentCount: report.commentCount,
        answeredCount: report.answeredCount,
      });
      await this.audit.record(manager, {
        actorId: editor.userId,
        actorRole: `EDITOR:${draft.agencyId}`,
        action: 'report.publish',
        targetType: 'draft',
        targetId: draftId,
        reason: cleanNote ?? undefined,
        data: { version, commentCount: report.commentCount, answeredCount: report.answeredCount },
      });
      return snapshot;
    });
  }
}

/** Empty means none; cleaned like all input (NFC, controls gone); at most MAX_REPORT_NOTE characters. */
function cleanReportNote(value: string | null | undefined): string | null {
  return optionalText(value, 'note', MAX_REPORT_NOTE);
}
