import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { CountersRepository } from './counters.repository';
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
      const rows = await this.counters.provisionCounters(lineageIds);
      const byId = new Map(rows.map(({ lineageId, ...counts }) => [lineageId, counts]));
      return lineageIds.map((id) => byId.get(id) ?? EMPTY_PROVISION);
    });

  readonly draftLoader = () =>
    new DataLoader<string, DraftCounts>(async (draftIds) => {
      const rows = await this.counters.draftCounters(draftIds);
      const byId = new Map(rows.map(({ draftId, ...counts }) => [draftId, counts]));
      return draftIds.map((id) => byId.get(id) ?? EMPTY_DRAFT);
    });

  /** Comments held for moderation (PENDING) per draft, counted live (see CountersRepository). */
  readonly heldLoader = () =>
    new DataLoader<string, number>(async (draftIds) => {
      const rows = await this.counters.heldPerDraft(draftIds);
      const byId = new Map(rows.map((r) => [r.draftId, r.held]));
      return draftIds.map((id) => byId.get(id) ?? 0);
    });

  constructor(private readonly counters: CountersRepository) {}
}
