import { Injectable } from '@nestjs/common';
import { LiveCommentsRepository, ReactionTally } from './live-comments.repository';

export type { ReactionTally } from './live-comments.repository';

/**
 * Agree and disagree counts of comments, computed from `comment_reaction` itself in one
 * grouped query (primary-key index on comment_id), not read from `comment_counter`: see
 * ReactionCoalescer for why. Comments without reactions are absent from the map.
 */
@Injectable()
export class ReactionCounts {
  constructor(private readonly comments: LiveCommentsRepository) {}

  async of(commentIds: string[]): Promise<Map<string, ReactionTally>> {
    const rows = await this.comments.reactionTallies(commentIds);
    return new Map(rows.map(({ id, agree, disagree }) => [id, { agree, disagree }]));
  }
}
