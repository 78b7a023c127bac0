import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext } from '@thamvan/core';
import { DraftObject } from '@thamvan/drafts';
import { ReportVersionObject } from './report.objects';
import { ReportService } from './report.service';

/** Synthesis's field on drafts' Draft type: whether (and when) its report was published. */
@Resolver(() => DraftObject)
export class DraftReportResolver {
  constructor(private readonly reports: ReportService) {}

  @ResolveField(() => Date, {
    nullable: true,
    description:
      'When the agency published the feedback report (publishFeedbackReport); null before. The report is then public: feedbackReport, /api/drafts/:id/report.docx and .csv.',
  })
  reportPublishedAt(@Parent() draft: DraftObject, @Context() ctx: GraphqlContext): Promise<Date | null> {
    return ctx.loaders.get(this.reports.publishedAtLoader).load(draft.id);
  }

  @ResolveField(() => [ReportVersionObject], {
    description:
      'Every published version of the feedback report, newest first (empty before publication); each is readable with feedbackReport(draftId, version) and /api/drafts/:id/report.docx?version=N.',
  })
  reportVersions(
    @Parent() draft: DraftObject,
    @Context() ctx: GraphqlContext,
  ): Promise<ReportVersionObject[]> {
    return ctx.loaders.get(this.reports.versionsLoader).load(draft.id);
  }
}
