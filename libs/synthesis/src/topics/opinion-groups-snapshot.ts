import { ConsensusComment, GroupComment, OpinionGroupsResult } from './opinion-groups';

/**
 * What is kept of buildOpinionGroups' result: everything but each group's people and centre
 * (who is in which group is not published, and a million ids would bloat the row).
 */
export type OpinionGroupsSnapshot =
  | Extract<OpinionGroupsResult, { enoughData: false }>
  | {
      enoughData: true;
      groups: { id: string; size: number; topComments: GroupComment[] }[];
      consensus: ConsensusComment[];
      people: number;
      comments: number;
      silhouette: number;
      explainedVariance: number;
    };

export function toSnapshot(result: OpinionGroupsResult): OpinionGroupsSnapshot {
  if (!result.enoughData) return result;
  return {
    ...result,
    groups: result.groups.map((g) => ({ id: g.id, size: g.size, topComments: g.topComments })),
  };
}
