import { Injectable } from '@nestjs/common';
import { Clock, Viewer } from '@thamvan/core';
import { ConsultationStatus, consultationStatus, DraftsService } from '@thamvan/drafts';
import { ReportBuilder } from '../report/report-builder';
import type { Figures } from '../report/report.model';
import { ArticleStatistics, DayStatistics, StatisticsRepository } from './statistics.repository';

export interface DraftStatistics extends Omit<Figures, 'timeline'> {
  draftId: string;
  generatedAt: Date;
  status: ConsultationStatus;
  generalComments: number;
  timeline: DayStatistics[];
  dispositionCounts: { disposition: string; count: number }[];
  articles: ArticleStatistics[];
}

/** Every disposition, in the order the report lists them. */
const DISPOSITIONS = ['ACCEPTED', 'PARTIALLY_ACCEPTED', 'NOT_ACCEPTED', 'EXPLAINED'];

/**
 * A consultation's public figures, for anyone, while it is open and after it closed (the
 * feedback report stays the agency's until published). Figures are computed at most once per
 * CACHE_MS per draft in each process: a statistics page followed live by thousands of readers
 * during a national consultation costs one set of aggregates per period, not one per reader,
 * and fifteen seconds late is fresh enough for figures. At most CACHE_SIZE drafts are kept.
 */
@Injectable()
export class StatisticsService {
  static readonly CACHE_MS = 15_000;
  private static readonly CACHE_SIZE = 200;
  private readonly cache = new Map<string, { until: number; figures: Promise<DraftStatistics> }>();

  constructor(
    private readonly drafts: DraftsService,
    private readonly builder: ReportBuilder,
    private readonly repository: StatisticsRepository,
    private readonly clock: Clock,
  ) {}

  /** Null for a draft the viewer cannot see, or whose consultation has not opened. */
  async forViewer(viewer: Viewer | null, draftId: string): Promise<DraftStatistics | null> {
    const draft = await this.drafts.findVisible(viewer, draftId);
    if (!draft) return null;
    const status = consultationStatus(draft, this.clock.now());
    if (status !== ConsultationStatus.OPEN && status !== ConsultationStatus.CLOSED) return null;
    const now = this.clock.now().getTime();
    const cached = this.cache.get(draftId);
    if (cached && cached.until > now) return { ...(await cached.figures), status };
    const figures = this.compute(draftId, status);
    this.cache.delete(draftId);
    this.cache.set(draftId, { until: now + StatisticsService.CACHE_MS, figures });
    // The map keeps insertion order: the first key is the oldest entry.
    if (this.cache.size > StatisticsService.CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    // A failure is not cached: the next reader tries again.
    figures.catch(() => this.cache.get(draftId)?.figures === figures && this.cache.delete(draftId));
    return figures;
  }

  private async compute(draftId: string, status: ConsultationStatus): Promise<DraftStatistics> {
    const [figures, timeline, dispositions, general, articles] = await Promise.all([
      this.builder.draftFigures(draftId),
      this.repository.days(draftId),
      this.repository.dispositions(draftId),
      this.repository.general(draftId),
      this.repository.articles(draftId),
    ]);
    const counts = new Map(dispositions.map((d) => [d.disposition, d.count]));
    return {
      ...figures,
      draftId,
      generatedAt: this.clock.now(),
      status,
      generalComments: general,
      timeline,
      dispositionCounts: DISPOSITIONS.map((disposition) => ({
        disposition,
        count: counts.get(disposition) ?? 0,
      })),
      articles,
    };
  }
}
