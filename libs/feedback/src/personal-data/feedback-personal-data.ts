import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '@thamvan/identity';
import { CommentsRepository } from '../comments/comments.repository';
import { FlagsRepository } from '../flags/flags.repository';
import { ReactionsRepository } from '../reactions/reactions.repository';

/**
 * Feedback's part of `myData`: the person's comments (with their earlier revisions),
 * reactions and flags. Nothing is erased when an account is deleted: comments stay public
 * under "Người dùng đã xóa" (identity anonymises the account row itself).
 */
@Injectable()
export class FeedbackPersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly comments: CommentsRepository,
    private readonly reactions: ReactionsRepository,
    private readonly flags: FlagsRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'comments',
      collect: (m, userId) => this.comments.writtenBy(m, userId),
    });
    this.registry.register({
      name: 'reactions',
      collect: (m, userId) => this.reactions.madeBy(m, userId),
    });
    this.registry.register({
      name: 'flags',
      collect: (m, userId) => this.flags.madeBy(m, userId),
    });
  }
}
