import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { DraftCounterEntity } from './entities/draft-counter.entity';
import { ProvisionCounterEntity } from './entities/provision-counter.entity';

const EMPTY_PROVISION = { comments: 0, support: 0, oppose: 0, amend: 0, question: 0, neutral: 0 };
const EMPTY_DRAFT = { ...EMPTY_PROVISION, participants: 0 };

export type ProvisionCounts = Omit<ProvisionCounterEntity, 'lineageId'>;
export type DraftCounts = Omit<DraftCounterEntity, 'draftId'>;

/** Reads the derived counters (one query per kind per request, through DataLoaders). */
@Injectable()
export class CountersService {
  readonly lineageLoader = () =>
    new DataLoader<string, ProvisionCounts>(async (lineageIds) => {
      const rows: ProvisionCounterEntity[] = await this.dataSource.query(
        `SELECT lineage_id AS "lineageId", comments, support, oppose, amend, question, neutral
           FROM provision_counter WHERE lineage_id = ANY($1::uuid[])`,
        [lineageIds],
      );
      const byId = new Map(rows.map(({ lineageId, ...counts }) => [lineageId, counts]));
      return lineageIds.map((id) => byId.get(id) ?? EMPTY_PROVISION);
    });

  readonly draftLoader = () =>
    new DataLoader<string, DraftCounts>(async (draftIds) => {
      const rows: DraftCounterEntity[] = await this.dataSource.query(
        `SELECT draft_id AS "draftId", comments, participants, support, oppose, amend, question, neutral
           FROM draft_counter WHERE draft_id = ANY($1::uuid[])`,
        [draftIds],
      );
      const byId = new Map(rows.map(({ draftId, ...counts }) => [draftId, counts]));
      return draftIds.map((id) => byId.get(id) ?? EMPTY_DRAFT);
    });

  /**
   * Comments held for moderation (PENDING) per draft, counted live rather than kept as a
   * derived counter: the partial index comment_draft_pending_idx holds only held rows, so the
   * count stays small however many comments the draft has.
   */
  readonly heldLoader = () =>
    new DataLoader<string, number>(async (draftIds) => {
      const rows: { draftId: string; held: number }[] = await this.dataSource.query(
        `SELECT draft_id AS "draftId", count(*)::int AS held
           FROM comment WHERE status = 'PENDING' AND draft_id = ANY($1::uuid[])
          GROUP BY draft_id`,
        [draftIds],
      );
      const byId = new Map(rows.map((r) => [r.draftId, r.held]));
      return draftIds.map((id) => byId.get(id) ?? 0);
    });

  constructor(private readonly dataSource: DataSource) {}
}
