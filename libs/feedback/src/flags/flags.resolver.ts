import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@thamvan/core';
import { FlagReason } from './dto/flag-reason.enum';
import { FlagsService } from './flags.service';

@Resolver()
export class FlagsResolver {
  constructor(private readonly flags: FlagsService) {}

  @Mutation(() => Boolean, {
    description:
      'Report a comment to the moderators; once per person per comment (repeating it changes nothing).',
  })
  flagComment(
    @CurrentViewer() viewer: Viewer | null,
    @Args('commentId', { type: () => ID }) commentId: string,
    @Args('reason', { type: () => FlagReason }) reason: FlagReason,
    @Args('note', {
      type: () => String,
      nullable: true,
      description: 'Optional explanation, up to 1,000 characters.',
    })
    note?: string | null,
  ): Promise<boolean> {
    return this.flags.flag(viewer, commentId, reason, note);
  }
}
