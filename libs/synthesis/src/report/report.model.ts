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
  /** 1 for a comment alone; the number of published members for a campaign. */
  size: number;
  /** Display names (organisation name for organisations) of the first senders, at most 10. */
  senders: string[];
  disposition: string | null;
  explanation: string | null;
  /** The label of the provision the comment was made on (null: the draft as a whole). */
  provisionLabel: string | null;
}

/** The statistics of a scope: the whole draft, or one provision (its lineage across versions). */
export interface Figures {
  commentCount: number;
  /** Campaigns counted once. */
  distinctCount: number;
  participantCount: number;
  answeredCount: number;
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

export interface ProvisionReportData extends Figures {
  provisionId: string;
  key: string;
  label: string;
  heading: string | null;
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
  generatedAt: string;
  publishedAt: string | null;
  campaigns: CampaignData[];
  provisions: ProvisionReportData[];
  /** Comments on the draft as a whole, or on provisions that the current version no longer has. */
  general: ReportEntry[];
}
