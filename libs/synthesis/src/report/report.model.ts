/**
 * The report as plain JSON: what GraphQL returns, what the exports render, and what
 * `feedback_report.snapshot` freezes at publication (so the published report never changes).
 */
export interface StanceTally {
  support: number;
  oppose: number;
  amend: number;
  question: number;
  neutral: number;
}

export interface ReportEntry {
  /** The first published comment of the group (a campaign's text is its earliest published member's). */
  commentId: string;
  /** Public text: personal data masked. */
  text: string;
  proposedText: string | null;
  stance: string | null;
  /**
   * 1 for a comment alone; for a campaign, the number of its published members posted on this
   * provision (a campaign posted on several articles has an entry under each).
   */
  size: number;
  /**
   * Distinct senders of those comments (one person sending the letter twice counts once);
   * absent from snapshots published before it existed (then: size).
   */
  senderCount?: number;
  /** Display names (organisation name for organisations) of the first distinct senders, at most 10. */
  senders: string[];
  /**
   * The agency's response (one response may answer many comments: `alsoFor`); null when
   * unanswered; absent from snapshots published before it existed.
   */
  responseId?: string | null;
  disposition: string | null;
  explanation: string | null;
  /**
   * The provision the comment was made on, named with its article ("Khoản 2 Điều 22";
   * `provision.full_label`); null: the draft as a whole.
   */
  provisionLabel: string | null;
  /**
   * Withdrawn by its author after the agency answered it: the entry stays, with its text and
   * answer, marked (absent from snapshots published before it existed: false).
   */
  withdrawn?: boolean;
}

/** The statistics of a scope: the whole draft, or one provision (its lineage across versions). */
export interface Figures {
  commentCount: number;
  /** Campaigns counted once. */
  distinctCount: number;
  participantCount: number;
  answeredCount: number;
  /**
   * Answered comments by disposition: "tiếp thu" is ACCEPTED and PARTIALLY_ACCEPTED only.
   * Absent from snapshots published before they existed.
   */
  acceptedCount?: number;
  notAcceptedCount?: number;
  explainedCount?: number;
  stanceCounts: StanceTally;
  organizationComments: number;
  individualComments: number;
  organizationParticipants: number;
  individualParticipants: number;
  verifiedComments: number;
  campaignComments: number;
  provinces: { province: string; count: number }[];
  /** Per calendar day in Vietnam (YYYY-MM-DD), oldest first. */
  timeline: { day: string; count: number }[];
}

/**
 * A topic of a provision's comments as the report summarises it before the detailed table
 * (docs/synthesis.md, "Topics"): comments making one point in different words.
 */
export interface ReportTopic {
  label: string;
  phrases: string[];
  /** Comments with each campaign counted once. */
  size: number;
  commentCount: number;
  /** "Ý kiến khác": the comments that fit no topic, always last. */
  other: boolean;
  /** The most central comment's public text; null for "Ý kiến khác", or once it is no longer public. */
  representativeText: string | null;
  stanceCounts: StanceTally;
}

export interface ProvisionReportData extends Figures {
  provisionId: string;
  key: string;
  /** As in the outline ("Khoản 2"). */
  label: string;
  /** With its article ("Khoản 2 Điều 22"); absent from snapshots published before it existed. */
  fullLabel?: string;
  heading: string | null;
  /** Its topics, largest first ("Ý kiến khác" last); absent from snapshots published before topics existed. */
  topics?: ReportTopic[];
  entries: ReportEntry[];
}

export interface CampaignData {
  id: string;
  size: number;
  representativeText: string;
  provisionKeys: string[];
  firstAt: string;
  lastAt: string;
}

export interface ReportData extends Figures {
  draftId: string;
  title: string;
  agencyName: string;
  /** The consultation's period (closed early: when it closed); absent from older snapshots. */
  opensAt?: string | null;
  closesAt?: string | null;
  generatedAt: string;
  publishedAt: string | null;
  /** The published version (1, 2, …); absent from the live report and from snapshots older than versions. */
  version?: number;
  /** The publisher's word on what changed since the previous version. */
  note?: string | null;
  campaigns: CampaignData[];
  provisions: ProvisionReportData[];
  /** Comments on the draft as a whole, or on provisions that the current version no longer has. */
  general: ReportEntry[];
}
