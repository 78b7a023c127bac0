import {
  Args,
  Context,
  Float,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { CurrentViewer, GraphqlContext, NotFoundError, Viewer } from '@thamvan/core';
import { DraftLoaders, ProvisionObject, toProvisionObject } from '@thamvan/drafts';
import { FeedbackReportObject, ProvisionReportObject, toReportObject } from './report.objects';
import { ReportService } from './report.service';

@Resolver(() => FeedbackReportObject)
export class ReportResolver {
  constructor(private readonly reports: ReportService) {}

  @Query(() => FeedbackReportObject, {
    nullable: true,
    description:
      'Officers of the drafting agency: the live report. Everyone else: the published snapshot, or null before publication. With `version`, that published version for everyone (null when there is no such version).',
  })
  async feedbackReport(
    @CurrentViewer() viewer: Viewer | null,
    @Args('draftId', { type: () => ID }) draftId: string,
    @Args('version', {
      type: () => Int,
      nullable: true,
      description: 'A published version (Draft.reportVersions); omitted: the current one.',
    })
    version?: number | null,
  ): Promise<FeedbackReportObject | null> {
    const report = await this.reports.forViewer(viewer, draftId, version);
    return report && toReportObject(report);
  }

  @Mutation(() => FeedbackReportObject, {
    description:
      'EDITORs of the drafting agency, after the consultation closed: freeze and publish the report. Publishing again makes the next version; earlier ones stay public (Draft.reportVersions). Audited.',
  })
  async publishFeedbackReport(
    @CurrentViewer() viewer: Viewer | null,
    @Args('draftId', { type: () => ID }) draftId: string,
    @Args('note', {
      type: () => String,
      nullable: true,
      description: 'What changed since the previous version (≤ 2,000 characters), shown with the version.',
    })
    note?: string | null,
  ): Promise<FeedbackReportObject> {
    return toReportObject(await this.reports.publish(viewer, draftId, note));
  }

  @ResolveField(() => Float, { description: 'answeredCount / commentCount (0 without comments).' })
  answeredShare(@Parent() report: FeedbackReportObject): number {
    return share(report.answeredCount, report.commentCount);
  }

  @ResolveField(() => Float, { description: 'verifiedComments / commentCount (0 without comments).' })
  verifiedShare(@Parent() report: FeedbackReportObject): number {
    return share(report.verifiedComments, report.commentCount);
  }
}

@Resolver(() => ProvisionReportObject)
export class ProvisionReportResolver {
  constructor(private readonly drafts: DraftLoaders) {}

  @ResolveField(() => Float, { description: 'answeredCount / commentCount (0 without comments).' })
  answeredShare(@Parent() report: ProvisionReportObject): number {
    return share(report.answeredCount, report.commentCount);
  }

  @ResolveField(() => Float, { description: 'verifiedComments / commentCount (0 without comments).' })
  verifiedShare(@Parent() report: ProvisionReportObject): number {
    return share(report.verifiedComments, report.commentCount);
  }

  @ResolveField(() => ProvisionObject)
  async provision(
    @Parent() report: ProvisionReportObject,
    @Context() ctx: GraphqlContext,
  ): Promise<ProvisionObject> {
    const provision = await ctx.loaders.get(this.drafts.provisionById).load(report.provisionId);
    if (!provision) throw new NotFoundError('Provision', report.provisionId);
    return toProvisionObject(provision);
  }
}

const share = (part: number, total: number): number => (total ? part / total : 0);
