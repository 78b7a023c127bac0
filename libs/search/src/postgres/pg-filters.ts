import { SearchAudience, SearchFilters } from '../search-query';

export type Param = (value: unknown) => string;

/** LIKE pattern for "starts with `prefix`", wildcards in the prefix taken literally. */
function startsWith(prefix: string): string {
  return prefix.replace(/[\\%_]/g, (c) => `\\${c}`) + '%';
}

/**
 * WHERE conditions over `comment_search s` for the filters (search and exports share them).
 * `provisionKey` matches the provision and everything under it: the key itself or key + '/…',
 * so `dieu-2` never matches `dieu-28`.
 */
export function filterConditions(f: SearchFilters, param: Param): string[] {
  const where: string[] = [];
  if (f.draftId) where.push(`s.draft_id = ${param(f.draftId)}::uuid`);
  if (f.agencyId) where.push(`s.agency_id = ${param(f.agencyId)}::uuid`);
  if (f.provisionKey) {
    const key = f.provisionKey.replace(/\/+$/, '');
    where.push(`(s.provision_key = ${param(key)} OR s.provision_key LIKE ${param(startsWith(`${key}/`))})`);
  }
  if (f.stance?.length) where.push(`s.stance = ANY(${param(f.stance)}::text[])`);
  if (f.authorKind?.length) where.push(`s.author_kind = ANY(${param(f.authorKind)}::text[])`);
  if (f.province?.length) where.push(`s.province = ANY(${param(f.province)}::text[])`);
  if (f.disposition?.length) where.push(`s.disposition = ANY(${param(f.disposition)}::text[])`);
  if (f.hasProposedText !== undefined) where.push(`s.has_proposed_text = ${param(f.hasProposedText)}`);
  if (f.answered !== undefined) where.push(`s.answered = ${param(f.answered)}`);
  if (f.verified !== undefined) where.push(`s.verified = ${param(f.verified)}`);
  if (f.from) where.push(`s.created_at >= ${param(f.from)}`);
  if (f.to) where.push(`s.created_at <= ${param(f.to)}`);
  if (f.uniqueOnly) where.push(`s.is_unique`);
  if (f.campaignId) where.push(`s.campaign_id = ${param(f.campaignId)}::uuid`);
  // Topics live beside the index (synthesis's topic_member), not in its documents: a topic's
  // members change at every rebuild, which would rewrite thousands of documents each time.
  if (f.topicId) {
    where.push(
      `s.comment_id IN (SELECT m.comment_id FROM topic_member m WHERE m.topic_id = ${param(f.topicId)}::uuid)`,
    );
  }
  // ANDed with audienceCondition, so it only narrows what the caller may find.
  if (f.status?.length) where.push(`s.status = ANY(${param(f.status)}::text[])`);
  return where;
}

/** Which documents the audience may find (see SearchAudience). */
export function audienceCondition(audience: SearchAudience, param: Param): string {
  if (audience.moderator) return `s.status IN ('PUBLISHED', 'PENDING', 'HIDDEN')`;
  if (!audience.agencyIds.length) return `s.status = 'PUBLISHED'`;
  return `(s.status = 'PUBLISHED' OR (s.status IN ('PENDING', 'HIDDEN') AND s.agency_id = ANY(${param(audience.agencyIds)}::uuid[])))`;
}
