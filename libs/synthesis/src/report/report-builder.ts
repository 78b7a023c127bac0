import { Injectable } from '@nestjs/common';
import { Clock, groupBy } from '@thamvan/core';
import { Counted, LiveReportRepository, Spread } from './live-report.repository';
import { Figures, ProvisionReportData, ReportData } from './report.model';

/**
 * Builds the live report of a draft in six statements whatever its size (the draft, its
 * provisions, the figures of the draft and of every lineage, provinces and days of both,
 * campaigns, entries): every aggregate runs in PostgreSQL over published comments only, and
 * the entries are one row per distinct comment (a campaign collapsed to one row with its count).
 * The SQL is LiveReportRepository's; this puts the rows together.
 */
@Injectable()
export class ReportBuilder {
  constructor(
    private readonly repository: LiveReportRepository,
    private readonly clock: Clock,
  ) {}

  async build(draftId: string): Promise<ReportData | null> {
    const draft = await this.repository.draft(draftId);
    if (!draft) return null;
    const [provisions, counted, spread, campaigns, entries] = await Promise.all([
      this.repository.provisions(draft.versionId),
      this.repository.figuresByLineage(draftId),
      this.repository.spreadByLineage(draftId),
      this.repository.campaigns(draftId),
      this.repository.entries(draftId),
    ]);
    const topics = await this.repository.topics(draftId);
    const figures = new Map(counted.filter((r) => r.whole === 0).map((r) => [r.lineageId, r]));
    const spreads = groupBy(
      spread.filter((x) => x.whole === 0),
      (s) => s.lineageId,
    );
    const entriesByLineage = new Map(
      [...groupBy(entries, (e) => e.lineageId)].map(([lineageId, list]) => [
        lineageId,
        list.map((e) => e.entry),
      ]),
    );
    const current = new Set(provisions.map((p) => p.lineageId));
    const general = [...entriesByLineage]
      .filter(([lineageId]) => lineageId === null || !current.has(lineageId))
      .flatMap(([, list]) => list);
    return {
      draftId,
      title: draft.title,
      agencyName: draft.agencyName,
      opensAt: draft.opensAt ? new Date(draft.opensAt).toISOString() : null,
      closesAt: draft.closesAt ? new Date(draft.closesAt).toISOString() : null,
      generatedAt: this.clock.now().toISOString(),
      publishedAt: null,
      ...toFigures(
        counted.find((r) => r.whole === 1),
        spread.filter((x) => x.whole === 1),
      ),
      campaigns,
      provisions: provisions.map((p): ProvisionReportData => ({
        provisionId: p.id,
        key: p.key,
        label: p.label,
        fullLabel: p.fullLabel,
        heading: p.heading,
        ...toFigures(figures.get(p.lineageId), spreads.get(p.lineageId) ?? []),
        topics: topics.get(p.lineageId) ?? [],
        entries: entriesByLineage.get(p.lineageId) ?? [],
      })),
      general,
    };
  }

  /**
   * The draft-wide figures alone, by the same rules as `build` (the public statistics' totals
   * equal the report's): two statements, no entries.
   */
  async draftFigures(draftId: string): Promise<Figures> {
    const [counted, spread] = await Promise.all([
      this.repository.draftCounts(draftId),
      this.repository.draftSpread(draftId),
    ]);
    return toFigures(counted[0], spread);
  }
}

function toFigures(c: Counted | undefined, spread: Spread[]): Figures {
  const n = (v: number | undefined) => v ?? 0;
  return {
    commentCount: n(c?.commentCount),
    distinctCount: n(c?.distinctCount),
    participantCount: n(c?.participantCount),
    answeredCount: n(c?.answeredCount),
    acceptedCount: n(c?.acceptedCount),
    notAcceptedCount: n(c?.notAcceptedCount),
    explainedCount: n(c?.explainedCount),
    stanceCounts: {
      support: n(c?.support),
      oppose: n(c?.oppose),
      amend: n(c?.amend),
      question: n(c?.question),
      neutral: n(c?.neutral),
    },
    organizationComments: n(c?.organizationComments),
    individualComments: n(c?.commentCount) - n(c?.organizationComments),
    organizationParticipants: n(c?.organizationParticipants),
    individualParticipants: n(c?.participantCount) - n(c?.organizationParticipants),
    verifiedComments: n(c?.verifiedComments),
    campaignComments: n(c?.campaignComments),
    provinces: spread
      .filter((s) => s.byDay === 0)
      .map((s) => ({ province: s.province ?? '', count: s.count }))
      .sort((a, b) => b.count - a.count || a.province.localeCompare(b.province)),
    timeline: spread
      .filter((s) => s.byDay === 1)
      .map((s) => ({ day: s.day!, count: s.count }))
      .sort((a, b) => a.day.localeCompare(b.day)),
  };
}
