import { Inject, Injectable } from '@nestjs/common';
import { FEEDBACK_OPTIONS, FeedbackOptions } from '../feedback.options';
import { CommentTargetsRepository, DraftFacts, ProvisionFacts } from './comment-targets.repository';

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
    private readonly repository: CommentTargetsRepository,
    @Inject(FEEDBACK_OPTIONS) private readonly options: FeedbackOptions,
  ) {}

  draft(id: string, fresh = false): Promise<DraftFacts | null> {
    const now = Date.now();
    const cached = this.drafts.get(id);
    if (!fresh && cached && now - cached.at < this.options.draftCacheMs) return cached.facts;
    const facts = this.repository.draft(id);
    this.drafts.set(id, { at: now, facts });
    // A failed lookup must not be remembered.
    facts.catch(() => this.drafts.delete(id));
    if (this.drafts.size > 10_000) this.drafts.clear();
    return facts;
  }

  async provision(id: string): Promise<ProvisionFacts | null> {
    const cached = this.provisions.get(id);
    if (cached) return cached;
    const row = await this.repository.provision(id);
    // Unpublished versions are nobody's to comment on (and may still be published later).
    if (!row?.published) return null;
    const { published: _published, ...facts } = row;
    if (this.provisions.size >= MAX_PROVISIONS) this.provisions.clear();
    this.provisions.set(id, facts);
    return facts;
  }
}
