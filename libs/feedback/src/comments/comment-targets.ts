import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FEEDBACK_OPTIONS, FeedbackOptions } from '../feedback.options';

/** What the write path needs to know about a draft: its schedule and latest published version. */
export interface DraftFacts {
  id: string;
  agencyId: string;
  opensAt: Date | null;
  closesAt: Date | null;
  closedAt: Date | null;
  /** Latest published version (null before the consultation is scheduled). */
  versionId: string | null;
  versionNumber: number | null;
}

/** A provision of a published version: immutable, so it is cached for the process's life. */
export interface ProvisionFacts {
  id: string;
  draftId: string;
  versionId: string;
  versionNumber: number;
  lineageId: string;
}

const MAX_PROVISIONS = 20_000;

/**
 * Cheap lookups for postComment. Provisions of published versions never change, so they are
 * cached without expiry (bounded); a draft's schedule can change, so it is cached for a
 * second only, and the insert statement itself re-checks that the consultation is open.
 */
@Injectable()
export class CommentTargets {
  private readonly drafts = new Map<string, { at: number; facts: Promise<DraftFacts | null> }>();
  private readonly provisions = new Map<string, ProvisionFacts>();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(FEEDBACK_OPTIONS) private readonly options: FeedbackOptions,
  ) {}

  draft(id: string, fresh = false): Promise<DraftFacts | null> {
    const now = Date.now();
    const cached = this.drafts.get(id);
    if (!fresh && cached && now - cached.at < this.options.draftCacheMs) return cached.facts;
    const facts = this.loadDraft(id);
    this.drafts.set(id, { at: now, facts });
    // A failed lookup must not be remembered.
    facts.catch(() => this.drafts.delete(id));
    if (this.drafts.size > 10_000) this.drafts.clear();
    return facts;
  }

  async provision(id: string): Promise<ProvisionFacts | null> {
    const cached = this.provisions.get(id);
    if (cached) return cached;
    const [row]: (ProvisionFacts & { published: boolean })[] = await this.dataSource.query(
      `SELECT p.id, v.draft_id AS "draftId", p.version_id AS "versionId", v.number AS "versionNumber",
              p.lineage_id AS "lineageId", v.published_at IS NOT NULL AS published
         FROM provision p JOIN draft_version v ON v.id = p.version_id WHERE p.id = $1`,
      [id],
    );
    // Unpublished versions are nobody's to comment on (and may still be published later).
    if (!row?.published) return null;
    const { published: _published, ...facts } = row;
    if (this.provisions.size >= MAX_PROVISIONS) this.provisions.clear();
    this.provisions.set(id, facts);
    return facts;
  }

  private async loadDraft(id: string): Promise<DraftFacts | null> {
    const [row]: DraftFacts[] = await this.dataSource.query(
      `SELECT d.id, d.agency_id AS "agencyId", d.opens_at AS "opensAt", d.closes_at AS "closesAt",
              d.closed_at AS "closedAt", v.id AS "versionId", v.number AS "versionNumber"
         FROM draft d
         LEFT JOIN LATERAL (SELECT id, number FROM draft_version
                             WHERE draft_id = d.id AND published_at IS NOT NULL
                             ORDER BY number DESC LIMIT 1) v ON true
        WHERE d.id = $1`,
      [id],
    );
    return row ?? null;
  }
}
