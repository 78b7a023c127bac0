/** Which screening rule produced a finding. */
export type ScreeningRule = 'PERSONAL_DATA' | 'ABUSIVE_LANGUAGE' | 'LINKS' | 'FLOOD';

/**
 * What a rule found, as stored on the comment (`screening_findings`) and shown to
 * moderators. It never carries the personal data itself: only its kind and how many.
 */
export interface ScreeningFinding {
  rule: ScreeningRule;
  /** e.g. PHONE, EMAIL, NATIONAL_ID, BANK_ACCOUNT; WORD; TOO_MANY, DENIED_DOMAIN; REPEATED. */
  kind: string;
  /** How many occurrences (masked spans, words, links, earlier near-identical posts). */
  count: number;
  /** A non-personal detail for moderators: the listed word or phrase, the denied domain. */
  detail?: string;
}

/** A rule's verdict on one text: findings, and whether the comment must wait for a moderator. */
export interface RuleResult {
  findings: ScreeningFinding[];
  hold: boolean;
}
