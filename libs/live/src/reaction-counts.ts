import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { REACTION_TALLY_COLUMNS } from '@thamvan/feedback';

export interface ReactionTally {
  agree: number;
  disagree: number;
}

/**
 * Agree and disagree counts of comments, computed from `comment_reaction` itself in one
 * grouped query (primary-key index on comment_id), not read from `comment_counter`: see
 * ReactionCoalescer for why. Comments without reactions are absent from the map.
 */
@Injectable()
export class ReactionCounts {
  constructor(private readonly dataSource: DataSource) {}

  async of(commentIds: string[]): Promise<Map<string, ReactionTally>> {
    const rows: ({ id: string } & ReactionTally)[] = await this.dataSource.query(
      `SELECT comment_id AS id, ${REACTION_TALLY_COLUMNS}
         FROM comment_reaction WHERE comment_id = ANY($1::uuid[]) GROUP BY comment_id`,
      [commentIds],
    );
    return new Map(rows.map(({ id, agree, disagree }) => [id, { agree, disagree }]));
  }
}
