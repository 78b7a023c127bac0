/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What kind of body an agency is. */
export type AgencyKind =
  | 'MINISTRY'
  | 'NATIONAL_ASSEMBLY'
  | 'OTHER'
  | 'PROVINCE';

/** Role of an officer within one agency. */
export type AgencyRole =
  /** Manages the agency's drafts and consultations. */
  | 'EDITOR'
  /** Answers comments on the agency's drafts. */
  | 'RESPONDER';

/** Whether an account speaks for a person or an organisation. */
export type AuthorKind =
  | 'INDIVIDUAL'
  | 'ORGANIZATION';

/** NEWEST or OLDEST first, or MOST_AGREED (agree count, then newest). */
export type CommentOrder =
  | 'MOST_AGREED'
  | 'NEWEST'
  | 'OLDEST';

/** Full-text search and filters over comments; every field optional. */
export type CommentSearchInput = {
  /** endCursor of the previous page. */
  after?: string | null | undefined;
  agencyId?: string | number | null | undefined;
  /** Answered by the agency (or not). */
  answered?: boolean | null | undefined;
  authorKind?: Array<AuthorKind> | null | undefined;
  /** Only the members of this campaign (Comment.campaign.id): a campaign row expanded. */
  campaignId?: string | number | null | undefined;
  disposition?: Array<Disposition> | null | undefined;
  draftId?: string | number | null | undefined;
  /** Facets to count over all matches. */
  facets?: Array<SearchFacet> | null | undefined;
  /** Page size; capped at 100. */
  first?: number | null | undefined;
  /** Posted at or after this time. */
  from?: string | null | undefined;
  hasProposedText?: boolean | null | undefined;
  /** Where the words of q are looked for; default [COMMENT] (body and proposed wording). */
  in?: Array<SearchField> | null | undefined;
  /** Province names, as on PublicAuthor.province; also without marks or by a former name (as at registration). */
  province?: Array<string> | null | undefined;
  /** A provision: that provision and everything under it (dieu-2 never matches dieu-28). With draftId, also its last key segments ("dieu-21", "dieu-21/khoan-2") or its label ("Điều 21", "Khoản 2 Điều 21"). */
  provisionKey?: string | null | undefined;
  /** Words to find (all of them), with or without diacritics; "quoted words" as a phrase; in what the comment says unless `in` says otherwise. An unknown word tolerates one typo (words of 3–4 letters only beside other words); words typed in Telex or VNI without an input method are also read as Vietnamese. */
  q?: string | null | undefined;
  sort?: SearchSort | null | undefined;
  stance?: Array<Stance> | null | undefined;
  /** Only comments in these statuses. PENDING and HIDDEN are found only by moderators and the owning agency’s officers (e.g. [PENDING]: what screening holds); for others the filter only narrows PUBLISHED. */
  status?: Array<CommentStatus> | null | undefined;
  /** Posted at or before this time. */
  to?: string | null | undefined;
  /** Only the comments of this topic (Topic.id of Provision.topics or Draft.topics, "Ý kiến khác" included), as last computed. */
  topicId?: string | number | null | undefined;
  /** One comment per campaign of near-identical comments (its representative). */
  uniqueOnly?: boolean | null | undefined;
  /** Author verified (e-mail or eID) or not. */
  verified?: boolean | null | undefined;
};

/** PUBLISHED; PENDING (held: seen only by its author, moderators and the agency); HIDDEN by moderation; WITHDRAWN by its author. */
export type CommentStatus =
  | 'HIDDEN'
  | 'PENDING'
  | 'PUBLISHED'
  | 'WITHDRAWN';

/** CLOSED_EARLY: closed before its date (closeConsultation); EXTENDED: an open consultation given a later closing date; REOPENED: a closed one opened again until a new date (extendConsultation). */
export type ConsultationChangeKind =
  | 'CLOSED_EARLY'
  | 'EXTENDED'
  | 'REOPENED';

/** DRAFT (not scheduled), SCHEDULED, OPEN for comments, CLOSED. Derived on the server clock. */
export type ConsultationStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN'
  | 'SCHEDULED';

/** A new agency. */
export type CreateAgencyInput = {
  /** Short code, 2–20 letters, digits or dashes; stored upper case (BTP). */
  code: string;
  /** What kind of body it is; OTHER when omitted. */
  kind?: AgencyKind | null | undefined;
  /** Full name, 2–200 characters. */
  name: string;
};

export type CreateDraftInput = {
  agencyId: string | number;
  docType: DocType;
  /** Corrects the document number the parser read (parseDraft: Outline.number), e.g. "24/2018/QH14"; up to 100 characters. Omitted or null: keep the parsed one; "": none. */
  documentNumber?: string | null | undefined;
  /** Corrects the issuing body the parser read (Outline.issuer); up to 500 characters. Omitted or null: keep the parsed one; "": none. */
  issuer?: string | null | undefined;
  /** Corrects the "Căn cứ …" preamble the parser read (Outline.preamble); up to 20,000 characters. Omitted or null: keep the parsed one; "": none. */
  preamble?: string | null | undefined;
  source: DraftSourceInput;
  /** Up to 5,000 characters. */
  summary?: string | null | undefined;
  /** 1–500 characters. */
  title: string;
};

/** How the drafting agency received a comment: accepted (tiếp thu), partially accepted, not accepted, or explained (giải trình). */
export type Disposition =
  | 'ACCEPTED'
  | 'EXPLAINED'
  | 'NOT_ACCEPTED'
  | 'PARTIALLY_ACCEPTED';

/** Kind of legal document: Luật, Pháp lệnh, Nghị quyết, Nghị định, Quyết định, Thông tư, other. */
export type DocType =
  | 'CIRCULAR'
  | 'DECISION'
  | 'DECREE'
  | 'LAW'
  | 'ORDINANCE'
  | 'OTHER'
  | 'RESOLUTION';

export type DraftAttachmentInput = {
  /** File content, base64-encoded, at most 10 MB. */
  base64: string;
  /** .pdf or .docx */
  filename: string;
  /** e.g. "Tờ trình", 1–300 characters. */
  title: string;
};

export type DraftFilter = {
  agencyId?: string | number | null | undefined;
  docType?: Array<DocType> | null | undefined;
  /** Words of the title; diacritics and case are ignored. */
  q?: string | null | undefined;
  status?: Array<ConsultationStatus> | null | undefined;
};

/** A draft text: `text`, or a .txt/.docx/.pdf file (`filename` + `base64`) of at most 10 MB. */
export type DraftSourceInput = {
  /** File content, base64-encoded. */
  base64?: string | null | undefined;
  /** File name; its extension says the type (.txt, .docx, .pdf). */
  filename?: string | null | undefined;
  /** Plain text of the draft. */
  text?: string | null | undefined;
};

export type DraftVersionInput = {
  /** What changed, up to 5,000 characters. */
  changeNote?: string | null | undefined;
  /** Corrects the document number the parser read (parseDraft: Outline.number), e.g. "24/2018/QH14"; up to 100 characters. Omitted or null: keep the parsed one; "": none. */
  documentNumber?: string | null | undefined;
  /** Corrects the issuing body the parser read (Outline.issuer); up to 500 characters. Omitted or null: keep the parsed one; "": none. */
  issuer?: string | null | undefined;
  /** Corrects the "Căn cứ …" preamble the parser read (Outline.preamble); up to 20,000 characters. Omitted or null: keep the parsed one; "": none. */
  preamble?: string | null | undefined;
  /** Publish at once (e.g. a revised text during an open consultation). Default false. */
  publish?: boolean | null | undefined;
  source: DraftSourceInput;
};

/** New text for one’s own comment (within 30 minutes and before the first reply). */
export type EditCommentInput = {
  /** The new body, 1–10,000 characters. */
  body: string;
  /** The new proposed wording; omit to keep it, empty string to remove it (not for AMEND). */
  proposedText?: string | null | undefined;
  /** The new stance; omit to keep the current one. */
  stance?: Stance | null | undefined;
};

/** A change to a response: every field is optional; each edit is kept as a revision. */
export type EditResponseInput = {
  /** More comments of the same draft this response now covers. */
  alsoFor?: Array<string | number> | null | undefined;
  disposition?: Disposition | null | undefined;
  /** 1–10,000 characters after trimming. */
  explanation?: string | null | undefined;
};

/** Why a comment is reported to the moderators. */
export type FlagReason =
  | 'ABUSE'
  | 'OFF_TOPIC'
  | 'OTHER'
  | 'PERSONAL_DATA'
  | 'SPAM';

/** A global role administrators grant and revoke (grantRole, revokeRole). */
export type GrantableRole =
  | 'ADMIN'
  | 'MODERATOR';

/** E-mail and password. */
export type LoginInput = {
  /** E-mail address of the account (any case). */
  email: string;
  /** Password. */
  password: string;
};

/** APPROVE: publish a PENDING comment, or keep a flagged one published; HIDE: hide it (text kept); RESTORE: publish a HIDDEN one again. */
export type ModerationActionKind =
  | 'APPROVE'
  | 'HIDE'
  | 'RESTORE';

/** POST: publish at once, review after (default); PRE: hold every comment until approved. */
export type ModerationMode =
  | 'POST'
  | 'PRE';

/** A new comment, or a reply when parentId is given. */
export type PostCommentInput = {
  /** 1–10,000 characters after trimming; minimal Markdown (emphasis, links, lists). */
  body: string;
  /** The draft under consultation. */
  draftId: string | number;
  /** A UUID generated by the client for this comment: retrying with the same key returns the original comment instead of posting twice. */
  idempotencyKey: string;
  /** The comment replied to (the reply inherits its provision). */
  parentId?: string | number | null | undefined;
  /** Proposed wording, up to 10,000 characters; required for AMEND. */
  proposedText?: string | null | undefined;
  /** The article, clause or point commented on; omit to comment on the draft as a whole. */
  provisionId?: string | number | null | undefined;
  /** Support, oppose, amend, question or neutral. */
  stance?: Stance | null | undefined;
};

export type ProvisionChangeKind =
  | 'ADDED'
  | 'MODIFIED'
  | 'MOVED'
  | 'REMOVED';

/** Phần, Chương, Mục, Tiểu mục, Điều, khoản, điểm. */
export type ProvisionKind =
  | 'ARTICLE'
  | 'CHAPTER'
  | 'CLAUSE'
  | 'PART'
  | 'POINT'
  | 'SECTION'
  | 'SUBSECTION';

/** AGREE or DISAGREE with a comment; NONE takes a reaction back. */
export type ReactionKind =
  | 'AGREE'
  | 'DISAGREE'
  | 'NONE';

/** A new account. */
export type RegisterInput = {
  /** Version of the terms of use accepted; the current version when omitted. */
  acceptedTermsVersion?: string | null | undefined;
  /** Name shown on comments, 2–80 characters. */
  displayName: string;
  /** E-mail address; unique, compared without regard to case. */
  email: string;
  /** Person or organisation; INDIVIDUAL when omitted. */
  kind?: AuthorKind;
  /** Required for ORGANIZATION accounts, 2–200 characters. */
  organizationName?: string | null | undefined;
  /** 10–256 characters, not the e-mail address. */
  password: string;
  /** Province or city; current or former (pre-July 2025) names, with or without diacritics. */
  province?: string | null | undefined;
};

/** An answer to a comment; alsoFor answers more comments of the same draft at once. */
export type ResponseInput = {
  /** Other comments of the same draft this answer covers (up to 1,000). A comment already answered is moved to this response. */
  alsoFor?: Array<string | number> | null | undefined;
  disposition: Disposition;
  /** 1–10,000 characters after trimming. */
  explanation: string;
};

/** Global role. Everyone is a CITIZEN; moderators and administrators hold more. */
export type Role =
  /** Manages agencies, their officers and accounts. */
  | 'ADMIN'
  /** Reads, comments and reacts (every account). */
  | 'CITIZEN'
  /** Reviews flagged and held comments. */
  | 'MODERATOR';

/** TYPO: an unknown word also read as the known words one edit away; INPUT_METHOD: a word typed in Telex or VNI without an input method, also read as the Vietnamese it stands for. */
export type SearchCorrectionKind =
  | 'INPUT_METHOD'
  | 'TYPO';

/** A field to count the matches by. Values: enum names; PROVISION the provision key; DRAFT and AGENCY ids; VERIFIED "true"/"false". */
export type SearchFacet =
  | 'AGENCY'
  | 'AUTHOR_KIND'
  | 'DISPOSITION'
  | 'DRAFT'
  | 'PROVINCE'
  | 'PROVISION'
  | 'STANCE'
  | 'VERIFIED';

/** COMMENT: what the comment says (body and proposed wording); PROVISION: the label and heading of the provision it is on; DRAFT: the draft’s title; AUTHOR: the author’s public name or organisation. */
export type SearchField =
  | 'AUTHOR'
  | 'COMMENT'
  | 'DRAFT'
  | 'PROVISION';

/** RELEVANCE (newest first when there is no query text), NEWEST, OLDEST, or MOST_AGREED (agree count, then newest). */
export type SearchSort =
  | 'MOST_AGREED'
  | 'NEWEST'
  | 'OLDEST'
  | 'RELEVANCE';

/** What the commenter thinks of the provision: support, oppose, amend (with proposed wording), a question, neutral. */
export type Stance =
  | 'AMEND'
  | 'NEUTRAL'
  | 'OPPOSE'
  | 'QUESTION'
  | 'SUPPORT';

/** Changes to the public profile; omitted fields stay as they are. */
export type UpdateProfileInput = {
  /** Name shown on comments, 2–80 characters. */
  displayName?: string | null | undefined;
  /** Person or organisation. */
  kind?: AuthorKind | null | undefined;
  /** Mail me when the drafting agency answers one of my comments (default true). */
  notifyOnAnswers?: boolean | null | undefined;
  /** Name of the organisation, 2–200 characters; required for ORGANIZATION accounts. Ignored for individuals. */
  organizationName?: string | null | undefined;
  /** Province or city (current or former name, with or without diacritics); an empty string clears it. */
  province?: string | null | undefined;
};

export type WordDiffOp =
  | 'DELETE'
  | 'EQUAL'
  | 'INSERT';

export type AuthPayloadFieldsFragment = { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, user: { id: string, displayName: string } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, user: { id: string, displayName: string } } };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, user: { id: string, displayName: string } } };

export type LogoutMutationVariables = Exact<{
  refreshToken: string;
}>;


export type LogoutMutation = { logout: boolean };

export type ProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvincesQuery = { provinces: Array<string> };

export type AccountPageQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountPageQuery = { provinces: Array<string>, me: { id: string, email: string, displayName: string, kind: AuthorKind, organizationName: string | null, province: string | null, emailVerified: boolean, notifyOnAnswers: boolean, followedDrafts: Array<{ id: string, title: string, status: ConsultationStatus, closesAt: string | null }> } | null };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { id: string } };

export type ChangePasswordMutationVariables = Exact<{
  current: string;
  next: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type RequestEmailVerificationMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestEmailVerificationMutation = { requestEmailVerification: boolean };

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailMutation = { verifyEmail: { id: string } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type MyCommentsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyCommentsQuery = { myComments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, body: string, bodyHtml: string, stance: Stance | null, proposedText: string | null, status: CommentStatus, createdAt: string, editedAt: string | null, versionNumber: number, depth: number, agreeCount: number, disagreeCount: number, replyCount: number, myReaction: ReactionKind | null, moderationReason: string | null, viewerIsAuthor: boolean, viewerCanEdit: boolean, editableUntil: string | null, author: { displayName: string, kind: AuthorKind, organizationName: string | null, province: string | null, verified: boolean }, response: { id: string, disposition: Disposition, explanation: string, respondedAt: string } | null, draft: { id: string, title: string }, provision: { key: string, label: string, fullLabel: string } | null } }> } };

export type MyDataQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDataQuery = { myData: unknown };

export type DeleteMyAccountMutationVariables = Exact<{
  password: string;
}>;


export type DeleteMyAccountMutation = { deleteMyAccount: boolean };

export type ThreadHeadQueryVariables = Exact<{
  draftId: string | number;
  key: string;
}>;


export type ThreadHeadQuery = { draft: { id: string, title: string, docType: DocType, status: ConsultationStatus, opensAt: string | null, closesAt: string | null, commentCount: number, agency: { id: string, name: string }, currentVersion: { id: string, number: number, provision: { id: string, key: string, kind: ProvisionKind, label: string, heading: string | null, text: string, commentCount: number, stanceCounts: { support: number, oppose: number, amend: number, question: number, neutral: number }, topics: Array<{ id: string, label: string, phrases: Array<string>, size: number, commentCount: number, isOther: boolean, stanceCounts: { support: number, oppose: number, amend: number, question: number, neutral: number }, representative: { id: string, body: string, author: { displayName: string } } }>, children: Array<{ id: string, key: string, label: string, heading: string | null, text: string, commentCount: number }> } | null } } | null };

export type TopicSummaryFieldsFragment = { id: string, label: string, phrases: Array<string>, size: number, commentCount: number, isOther: boolean, stanceCounts: { support: number, oppose: number, amend: number, question: number, neutral: number }, representative: { id: string, body: string, author: { displayName: string } } };

export type ThreadPageFieldsFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, body: string, bodyHtml: string, stance: Stance | null, proposedText: string | null, status: CommentStatus, createdAt: string, editedAt: string | null, versionNumber: number, depth: number, agreeCount: number, disagreeCount: number, replyCount: number, myReaction: ReactionKind | null, moderationReason: string | null, viewerIsAuthor: boolean, viewerCanEdit: boolean, editableUntil: string | null, replies: { totalCount: number, edges: Array<{ node: { id: string, body: string, bodyHtml: string, stance: Stance | null, proposedText: string | null, status: CommentStatus, createdAt: string, editedAt: string | null, versionNumber: number, depth: number, agreeCount: number, disagreeCount: number, replyCount: number, myReaction: ReactionKind | null, moderationReason: string | null, viewerIsAuthor: boolean, viewerCanEdit: boolean, editableUntil: string | null, author: { displayName: string, kind: AuthorKind, organizationName: string | null, province: string | null, verified: boolean }, response: { id: string, disposition: Disposition, explanation: string, respondedAt: string } | null } }> }, author: { displayName: string, kind: AuthorKind, organizationName: string | null, province: string | null, verified: boolean }, response: { id: string, disposition: Disposition, explanation: string, respondedAt: string } | null } }> };

export type ProvisionCommentsQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
  orderBy?: CommentOrder | null | undefined;
}>;


export type ProvisionCommentsQuery = { provision: { id: string, comments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, body: string, bodyHtml: string, stance: Stance | null, proposedText: string | null, status: CommentStatus, createdAt: string, editedAt: string | null, versionNumber: number, depth: number, agreeCount: number, disagreeCount: number, replyCount: number, myReaction: ReactionKind | null, moderationReason: string | null, viewerIsAuthor: boolean, viewerCanEdit: boolean, editableUntil: string | null, replies: { totalCount: number, edges: Array<{ node: { id: string, body: string, bodyHtml: string, stance: Stance | null, proposedText: string | null, status: CommentStatus, createdAt: string, editedAt: string | null, versionNumber: number, depth: number, agreeCount: number, disagreeCount: number, replyCount: number, myReaction: ReactionKind | null, moderationReason: string | null, viewerIsAuthor: boolean, viewerCanEdit: boolean, editableUntil: string | null, author: { displayName: string, kind: AuthorKind, organizationName: string | null, province: string | null, verified: boolean }, response: { id: string, disposition: Disposition, explanation: string, respondedAt: string } | null } }> }, author: { displayName: string, kind: AuthorKind, organizationName: string | null, province: string | null, verified: boolean }, response: { id: string, disposition: Disposition, explanation: string, respondedAt: string } | null } }> } } | null };

export type DraftThreadQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
  orderBy?: CommentOrder | null | undefined;
}>;


export type DraftThreadQuery = { draft: { id: string, title: string, docType: DocType, status: ConsultationStatus, opensAt: string | null, closesAt: string | null, commentCount: number, agency: { id: string, name: string }, stanceCounts: { support: number, oppose: number, amend: number, question: number, neutral: number }, topics: Array<{ id: string, label: string, phrases: Array<string>, size: number, commentCount: number, isOther: boolean, stanceCounts: { support: number, oppose: number, amend: number, question: number, neutral: number }, representative: { id: string, body: string, author: { displayName: string } } }>, comments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, body: string, bodyHtml: string, stance: Stance | null, proposedText: string | null, status: CommentStatus, createdAt: string, editedAt: string | null, versionNumber: number, depth: number, agreeCount: number, disagreeCount: number, replyCount: number, myReaction: ReactionKind | null, moderationReason: string | null, viewerIsAuthor: boolean, viewerCanEdit: boolean, editableUntil: string | null, replies: { totalCount: number, edges: Array<{ node: { id: string, body: string, bodyHtml: string, stance: Stance | null, proposedText: string | null, status: CommentStatus, createdAt: string, editedAt: string | null, versionNumber: number, depth: number, agreeCount: number, disagreeCount: number, replyCount: number, myReaction: ReactionKind | null, moderationReason: string | null, viewerIsAuthor: boolean, viewerCanEdit: boolean, editableUntil: string | null, author: { displayName: string, kind: AuthorKind, organizationName: string | null, province: string | null, verified: boolean }, response: { id: string, disposition: Disposition, explanation: string, respondedAt: string } | null } }> }, author: { displayName: string, kind: AuthorKind, organizationName: string | null, province: string | null, verified: boolean }, response: { id: string, disposition: Disposition, explanation: string, respondedAt: string } | null } }> } } | null };

export type CommentPageQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type CommentPageQuery = { comment: { id: string, body: string, bodyHtml: string, stance: Stance | null, proposedText: string | null, status: CommentStatus, createdAt: string, editedAt: string | null, versionNumber: number, depth: number, agreeCount: number, disagreeCount: number, replyCount: number, myReaction: ReactionKind | null, moderationReason: string | null, viewerIsAuthor: boolean, viewerCanEdit: boolean, editableUntil: string | null, draft: { id: string, title: string, status: ConsultationStatus, closesAt: string | null }, provision: { id: string, key: string, label: string, fullLabel: string, heading: string | null, text: string } | null, parent: { id: string, body: string, bodyHtml: string, stance: Stance | null, proposedText: string | null, status: CommentStatus, createdAt: string, editedAt: string | null, versionNumber: number, depth: number, agreeCount: number, disagreeCount: number, replyCount: number, myReaction: ReactionKind | null, moderationReason: string | null, viewerIsAuthor: boolean, viewerCanEdit: boolean, editableUntil: string | null, author: { displayName: string, kind: AuthorKind, organizationName: string | null, province: string | null, verified: boolean }, response: { id: string, disposition: Disposition, explanation: string, respondedAt: string } | null } | null, replies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, body: string, bodyHtml: string, stance: Stance | null, proposedText: string | null, status: CommentStatus, createdAt: string, editedAt: string | null, versionNumber: number, depth: number, agreeCount: number, disagreeCount: number, replyCount: number, myReaction: ReactionKind | null, moderationReason: string | null, viewerIsAuthor: boolean, viewerCanEdit: boolean, editableUntil: string | null, replies: { totalCount: number, edges: Array<{ node: { id: string, body: string, bodyHtml: string, stance: Stance | null, proposedText: string | null, status: CommentStatus, createdAt: string, editedAt: string | null, versionNumber: number, depth: number, agreeCount: number, disagreeCount: number, replyCount: number, myReaction: ReactionKind | null, moderationReason: string | null, viewerIsAuthor: boolean, viewerCanEdit: boolean, editableUntil: string | null, author: { displayName: string, kind: AuthorKind, organizationName: string | null, province: string | null, verified: boolean }, response: { id: string, disposition: Disposition, explanation: string, respondedAt: string } | null } }> }, author: { displayName: string, kind: AuthorKind, organizationName: string | null, province: string | null, verified: boolean }, response: { id: string, disposition: Disposition, explanation: string, respondedAt: string } | null } }> }, author: { displayName: string, kind: AuthorKind, organizationName: string | null, province: string | null, verified: boolean }, response: { id: string, disposition: Disposition, explanation: string, respondedAt: string } | null } | null };

export type CommentPlaceFieldsFragment = { draft: { id: string, title: string }, provision: { key: string, label: string, fullLabel: string } | null };

export type PostCommentMutationVariables = Exact<{
  input: PostCommentInput;
}>;


export type PostCommentMutation = { postComment: { id: string, status: CommentStatus } };

export type EditCommentMutationVariables = Exact<{
  id: string | number;
  input: EditCommentInput;
}>;


export type EditCommentMutation = { editComment: { id: string } };

export type WithdrawCommentMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawCommentMutation = { withdrawComment: { id: string } };

export type ReactToCommentMutationVariables = Exact<{
  id: string | number;
  reaction: ReactionKind;
}>;


export type ReactToCommentMutation = { reactToComment: { id: string, myReaction: ReactionKind | null, agreeCount: number, disagreeCount: number } };

export type FlagCommentMutationVariables = Exact<{
  id: string | number;
  reason: FlagReason;
  note?: string | null | undefined;
}>;


export type FlagCommentMutation = { flagComment: boolean };

export type SearchCommentsQueryVariables = Exact<{
  input: CommentSearchInput;
}>;


export type SearchCommentsQuery = { searchComments: { totalCount: number, totalIsExact: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, hits: Array<{ highlights: Array<string>, comment: { id: string, body: string, bodyHtml: string, stance: Stance | null, proposedText: string | null, status: CommentStatus, createdAt: string, editedAt: string | null, versionNumber: number, depth: number, agreeCount: number, disagreeCount: number, replyCount: number, myReaction: ReactionKind | null, moderationReason: string | null, viewerIsAuthor: boolean, viewerCanEdit: boolean, editableUntil: string | null, author: { displayName: string, kind: AuthorKind, organizationName: string | null, province: string | null, verified: boolean }, response: { id: string, disposition: Disposition, explanation: string, respondedAt: string } | null, draft: { id: string, title: string }, provision: { key: string, label: string, fullLabel: string } | null } }> } };

export type ProvisionRefQueryVariables = Exact<{
  draftId: string | number;
  key: string;
}>;


export type ProvisionRefQuery = { draft: { id: string, currentVersion: { id: string, provision: { id: string } | null } } | null };

export type ConsoleViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleViewerQuery = { me: { id: string, roles: Array<Role>, memberships: Array<{ role: AgencyRole, agency: { id: string, name: string } }> } | null };

export type ConsoleDraftsQueryVariables = Exact<{
  agencyId: string | number;
}>;


export type ConsoleDraftsQuery = { drafts: { edges: Array<{ node: { id: string, title: string, docType: DocType, status: ConsultationStatus, opensAt: string | null, closesAt: string | null, closedAt: string | null, commentCount: number, heldCount: number | null } }> } };

export type UnansweredCountQueryVariables = Exact<{
  draftId: string | number;
}>;


export type UnansweredCountQuery = { searchComments: { totalCount: number } };

export type TriageDraftQueryVariables = Exact<{
  id: string | number;
}>;


export type TriageDraftQuery = { draft: { id: string, title: string, docType: DocType, status: ConsultationStatus, opensAt: string | null, closesAt: string | null, closedAt: string | null, closeReason: string | null, commentCount: number, moderationMode: ModerationMode, consultationWarnings: Array<string>, agency: { id: string, name: string }, attachments: Array<{ id: string, title: string, filename: string, sizeBytes: number, url: string }>, currentVersion: { id: string, number: number, articles: Array<{ id: string, key: string, label: string, heading: string | null }> } } | null };

export type TriageCountsQueryVariables = Exact<{
  draftId: string | number;
}>;


export type TriageCountsQuery = { all: { totalCount: number, facets: Array<{ field: SearchFacet, values: Array<{ value: string, count: number }> }> }, open: { totalCount: number, facets: Array<{ field: SearchFacet, values: Array<{ value: string, count: number }> }> } };

export type TriageCommentsQueryVariables = Exact<{
  input: CommentSearchInput;
}>;


export type TriageCommentsQuery = { searchComments: { totalCount: number, totalIsExact: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, hits: Array<{ comment: { id: string, body: string, stance: Stance | null, proposedText: string | null, status: CommentStatus, createdAt: string, versionNumber: number, campaign: { id: string, size: number } | null, provision: { id: string, key: string, label: string, fullLabel: string } | null, author: { displayName: string, kind: AuthorKind, organizationName: string | null, province: string | null, verified: boolean }, response: { id: string, disposition: Disposition, explanation: string, respondedAt: string, updatedAt: string, commentCount: number, revisions: Array<{ number: number, disposition: Disposition, explanation: string, writtenAt: string }> } | null } }> } };

export type EditResponseMutationVariables = Exact<{
  id: string | number;
  input: EditResponseInput;
}>;


export type EditResponseMutation = { editResponse: { id: string } };

export type TriageIdsQueryVariables = Exact<{
  input: CommentSearchInput;
}>;


export type TriageIdsQuery = { searchComments: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, hits: Array<{ comment: { id: string } }> } };

export type RespondToCommentsMutationVariables = Exact<{
  commentId: string | number;
  input: ResponseInput;
}>;


export type RespondToCommentsMutation = { respondToComment: { id: string } };

export type ScheduleConsultationMutationVariables = Exact<{
  draftId: string | number;
  opensAt: string;
  closesAt: string;
}>;


export type ScheduleConsultationMutation = { scheduleConsultation: { id: string } };

export type CloseConsultationMutationVariables = Exact<{
  draftId: string | number;
  reason: string;
}>;


export type CloseConsultationMutation = { closeConsultation: { id: string } };

export type ExtendConsultationMutationVariables = Exact<{
  draftId: string | number;
  closesAt: string;
  reason: string;
}>;


export type ExtendConsultationMutation = { extendConsultation: { id: string } };

export type ModerationQueueQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ModerationQueueQuery = { moderationQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, body: string, proposedText: string | null, stance: Stance | null, status: CommentStatus, createdAt: string, draft: { id: string, title: string }, provision: { key: string, label: string, fullLabel: string } | null, author: { displayName: string, kind: AuthorKind, organizationName: string | null, province: string | null, verified: boolean }, moderation: { queuedAt: string | null, flagCount: number, flagNotes: Array<string>, authorCommentCount: number, authorHiddenCount: number, flagReasons: Array<{ reason: FlagReason, count: number }>, screeningFindings: Array<{ kind: string, rule: string, detail: string | null, count: number }>, decisions: Array<{ action: ModerationActionKind, automatic: boolean, reason: string, decidedAt: string }> } | null } }> } };

export type ModerateCommentMutationVariables = Exact<{
  id: string | number;
  action: ModerationActionKind;
  reason: string;
}>;


export type ModerateCommentMutation = { moderateComment: { id: string, status: CommentStatus } };

export type ReportEntryFieldsFragment = { commentId: string, text: string, senders: Array<string>, size: number, senderCount: number, stance: Stance | null, disposition: Disposition | null, explanation: string | null, withdrawn: boolean };

export type ReportPageQueryVariables = Exact<{
  draftId: string | number;
  version?: number | null | undefined;
}>;


export type ReportPageQuery = { draft: { id: string, title: string, docType: DocType, status: ConsultationStatus, opensAt: string | null, closesAt: string | null, closedAt: string | null, reportPublishedAt: string | null, reportVersions: Array<{ version: number, publishedAt: string, note: string | null }>, agency: { id: string, name: string } } | null, feedbackReport: { generatedAt: string, publishedAt: string | null, version: number | null, note: string | null, commentCount: number, distinctCount: number, participantCount: number, answeredCount: number, answeredShare: number, campaignComments: number, individualComments: number, organizationComments: number, verifiedComments: number, verifiedShare: number, stanceCounts: { support: number, oppose: number, amend: number, question: number, neutral: number }, provinces: Array<{ province: string, count: number }>, timeline: Array<{ day: string, count: number }>, campaigns: Array<{ id: string }>, provisions: Array<{ commentCount: number, answeredCount: number, provision: { id: string, key: string, label: string, fullLabel: string, heading: string | null }, topics: Array<{ label: string, size: number, commentCount: number, other: boolean, representativeText: string | null, stanceCounts: { support: number, oppose: number, amend: number, question: number, neutral: number } }>, entries: Array<{ commentId: string, text: string, senders: Array<string>, size: number, senderCount: number, stance: Stance | null, disposition: Disposition | null, explanation: string | null, withdrawn: boolean }> }>, general: Array<{ commentId: string, text: string, senders: Array<string>, size: number, senderCount: number, stance: Stance | null, disposition: Disposition | null, explanation: string | null, withdrawn: boolean }> } | null };

export type PublishReportMutationVariables = Exact<{
  draftId: string | number;
  note?: string | null | undefined;
}>;


export type PublishReportMutation = { publishFeedbackReport: { publishedAt: string | null, version: number | null } };

export type PreviewDraftQueryVariables = Exact<{
  source: DraftSourceInput;
}>;


export type PreviewDraftQuery = { parseDraft: { title: string | null, docType: DocType, number: string | null, issuer: string | null, warnings: Array<string>, json: string } };

export type CreateDraftMutationVariables = Exact<{
  input: CreateDraftInput;
}>;


export type CreateDraftMutation = { createDraft: { id: string } };

export type SetModerationModeMutationVariables = Exact<{
  draftId: string | number;
  mode: ModerationMode;
}>;


export type SetModerationModeMutation = { setModerationMode: { id: string } };

export type AddAttachmentMutationVariables = Exact<{
  draftId: string | number;
  input: DraftAttachmentInput;
}>;


export type AddAttachmentMutation = { addDraftAttachment: { id: string } };

export type AdminPageQueryVariables = Exact<{
  email?: string | null | undefined;
  search: boolean;
}>;


export type AdminPageQuery = { agencies: Array<{ id: string, code: string, name: string, kind: AgencyKind, members: Array<{ userId: string, displayName: string, email: string | null, role: AgencyRole, since: string }> | null }>, users?: { totalCount: number, edges: Array<{ node: { id: string, email: string, displayName: string, roles: Array<Role>, memberships: Array<{ role: AgencyRole, agency: { id: string, code: string } }> } }> } };

export type CreateAgencyMutationVariables = Exact<{
  input: CreateAgencyInput;
}>;


export type CreateAgencyMutation = { createAgency: { id: string } };

export type FindUserByEmailQueryVariables = Exact<{
  email: string;
}>;


export type FindUserByEmailQuery = { users: { edges: Array<{ node: { id: string, email: string } }> } };

export type AddAgencyMemberMutationVariables = Exact<{
  agencyId: string | number;
  userId: string | number;
  role: AgencyRole;
}>;


export type AddAgencyMemberMutation = { addAgencyMember: { id: string } };

export type RemoveAgencyMemberMutationVariables = Exact<{
  agencyId: string | number;
  userId: string | number;
  role: AgencyRole;
}>;


export type RemoveAgencyMemberMutation = { removeAgencyMember: { id: string } };

export type GrantRoleMutationVariables = Exact<{
  userId: string | number;
  role: GrantableRole;
}>;


export type GrantRoleMutation = { grantRole: { id: string } };

export type RevokeRoleMutationVariables = Exact<{
  userId: string | number;
  role: GrantableRole;
}>;


export type RevokeRoleMutation = { revokeRole: { id: string } };

export type DraftVersionsQueryVariables = Exact<{
  id: string | number;
}>;


export type DraftVersionsQuery = { draft: { id: string, title: string, status: ConsultationStatus, opensAt: string | null, closesAt: string | null, agency: { id: string, name: string }, versions: Array<{ id: string, number: number, publishedAt: string | null, changeNote: string | null, warnings: Array<string> }> } | null };

export type AddDraftVersionMutationVariables = Exact<{
  draftId: string | number;
  input: DraftVersionInput;
}>;


export type AddDraftVersionMutation = { addDraftVersion: { id: string, number: number } };

export type TriageTopicsQueryVariables = Exact<{
  draftId: string | number;
  key: string;
}>;


export type TriageTopicsQuery = { draft: { id: string, currentVersion: { id: string, provision: { id: string, topics: Array<{ id: string, label: string, size: number, commentCount: number, isOther: boolean }> } | null } } | null };

export type TriageCountQueryVariables = Exact<{
  input: CommentSearchInput;
}>;


export type TriageCountQuery = { searchComments: { totalCount: number, totalIsExact: boolean } };

export type HomePageQueryVariables = Exact<{ [key: string]: never; }>;


export type HomePageQuery = { open: { edges: Array<{ node: { id: string, title: string, docType: DocType, status: ConsultationStatus, opensAt: string | null, closesAt: string | null, closedAt: string | null, commentCount: number, participantCount: number, reportPublishedAt: string | null, agency: { id: string, name: string }, stanceCounts: { support: number, oppose: number, amend: number, question: number, neutral: number } } }> }, closed: { edges: Array<{ node: { id: string, title: string, docType: DocType, status: ConsultationStatus, opensAt: string | null, closesAt: string | null, closedAt: string | null, commentCount: number, participantCount: number, reportPublishedAt: string | null, agency: { id: string, name: string }, stanceCounts: { support: number, oppose: number, amend: number, question: number, neutral: number } } }> }, hot: Array<{ recentCount: number, provision: { id: string, key: string, label: string, fullLabel: string, heading: string | null, commentCount: number }, draft: { id: string, title: string } }> };

export type DraftsPageQueryVariables = Exact<{
  filter?: DraftFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type DraftsPageQuery = { agencies: Array<{ id: string, name: string }>, drafts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { summary: string | null, id: string, title: string, docType: DocType, status: ConsultationStatus, opensAt: string | null, closesAt: string | null, closedAt: string | null, commentCount: number, participantCount: number, reportPublishedAt: string | null, agency: { id: string, name: string }, stanceCounts: { support: number, oppose: number, amend: number, question: number, neutral: number } } }> } };

export type DraftHeadFieldsFragment = { id: string, title: string, docType: DocType, summary: string | null, status: ConsultationStatus, opensAt: string | null, closesAt: string | null, closedAt: string | null, closeReason: string | null, commentCount: number, participantCount: number, reportPublishedAt: string | null, followedByMe: boolean, consultationWarnings: Array<string>, consultationChanges: Array<{ kind: ConsultationChangeKind, closesAt: string | null, reason: string, changedAt: string }>, agency: { id: string, name: string, code: string }, stanceCounts: { support: number, oppose: number, amend: number, question: number, neutral: number }, versions: Array<{ id: string, number: number, publishedAt: string | null, changeNote: string | null }>, attachments: Array<{ id: string, title: string, filename: string, contentType: string, sizeBytes: number, url: string }> };

export type VersionHeadFieldsFragment = { id: string, number: number, documentNumber: string | null, preamble: string | null, publishedAt: string | null, changeNote: string | null, structure: Array<{ id: string, key: string, kind: ProvisionKind, number: string, label: string, heading: string | null, text: string, parentId: string | null, commentCount: number, stanceCounts: { support: number, oppose: number, amend: number, question: number, neutral: number } }> };

export type DraftPageQueryVariables = Exact<{
  id: string | number;
}>;


export type DraftPageQuery = { draft: { id: string, title: string, docType: DocType, summary: string | null, status: ConsultationStatus, opensAt: string | null, closesAt: string | null, closedAt: string | null, closeReason: string | null, commentCount: number, participantCount: number, reportPublishedAt: string | null, followedByMe: boolean, consultationWarnings: Array<string>, currentVersion: { id: string, number: number, documentNumber: string | null, preamble: string | null, publishedAt: string | null, changeNote: string | null, structure: Array<{ id: string, key: string, kind: ProvisionKind, number: string, label: string, heading: string | null, text: string, parentId: string | null, commentCount: number, stanceCounts: { support: number, oppose: number, amend: number, question: number, neutral: number } }> }, consultationChanges: Array<{ kind: ConsultationChangeKind, closesAt: string | null, reason: string, changedAt: string }>, agency: { id: string, name: string, code: string }, stanceCounts: { support: number, oppose: number, amend: number, question: number, neutral: number }, versions: Array<{ id: string, number: number, publishedAt: string | null, changeNote: string | null }>, attachments: Array<{ id: string, title: string, filename: string, contentType: string, sizeBytes: number, url: string }> } | null };

export type DraftVersionPageQueryVariables = Exact<{
  id: string | number;
  number: number;
}>;


export type DraftVersionPageQuery = { draft: { id: string, title: string, docType: DocType, summary: string | null, status: ConsultationStatus, opensAt: string | null, closesAt: string | null, closedAt: string | null, closeReason: string | null, commentCount: number, participantCount: number, reportPublishedAt: string | null, followedByMe: boolean, consultationWarnings: Array<string>, currentVersion: { id: string, number: number }, version: { id: string, number: number, documentNumber: string | null, preamble: string | null, publishedAt: string | null, changeNote: string | null, structure: Array<{ id: string, key: string, kind: ProvisionKind, number: string, label: string, heading: string | null, text: string, parentId: string | null, commentCount: number, stanceCounts: { support: number, oppose: number, amend: number, question: number, neutral: number } }> } | null, consultationChanges: Array<{ kind: ConsultationChangeKind, closesAt: string | null, reason: string, changedAt: string }>, agency: { id: string, name: string, code: string }, stanceCounts: { support: number, oppose: number, amend: number, question: number, neutral: number }, versions: Array<{ id: string, number: number, publishedAt: string | null, changeNote: string | null }>, attachments: Array<{ id: string, title: string, filename: string, contentType: string, sizeBytes: number, url: string }> } | null };

export type DraftTextQueryVariables = Exact<{
  id: string | number;
  number: number;
  under?: string | null | undefined;
}>;


export type DraftTextQuery = { draft: { id: string, version: { id: string, provisions: Array<{ id: string, key: string, kind: ProvisionKind, number: string, label: string, heading: string | null, text: string, parentId: string | null, commentCount: number, stanceCounts: { support: number, oppose: number, amend: number, question: number, neutral: number } }> } | null } | null };

export type DraftDiffQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type DraftDiffQuery = { draftDiff: Array<{ change: ProvisionChangeKind, kind: ProvisionKind, label: string, fromKey: string | null, toKey: string | null, textChanged: boolean, wordDiff: Array<{ op: WordDiffOp, text: string }> }> };

export type CompareDraftQueryVariables = Exact<{
  id: string | number;
}>;


export type CompareDraftQuery = { draft: { id: string, title: string, currentVersion: { id: string, number: number }, versions: Array<{ id: string, number: number, publishedAt: string | null }> } | null };

export type CompareProvisionQueryVariables = Exact<{
  id: string | number;
  number: number;
  key: string;
}>;


export type CompareProvisionQuery = { draft: { id: string, version: { id: string, provision: { id: string, key: string, label: string, fullLabel: string, heading: string | null, text: string } | null } | null } | null };

export type FollowDraftMutationVariables = Exact<{
  draftId: string | number;
}>;


export type FollowDraftMutation = { followDraft: { id: string } };

export type UnfollowDraftMutationVariables = Exact<{
  draftId: string | number;
}>;


export type UnfollowDraftMutation = { unfollowDraft: { id: string } };

export type StanceCountsFieldsFragment = { support: number, oppose: number, amend: number, question: number, neutral: number };

export type CommentFieldsFragment = { id: string, body: string, bodyHtml: string, stance: Stance | null, proposedText: string | null, status: CommentStatus, createdAt: string, editedAt: string | null, versionNumber: number, depth: number, agreeCount: number, disagreeCount: number, replyCount: number, myReaction: ReactionKind | null, moderationReason: string | null, viewerIsAuthor: boolean, viewerCanEdit: boolean, editableUntil: string | null, author: { displayName: string, kind: AuthorKind, organizationName: string | null, province: string | null, verified: boolean }, response: { id: string, disposition: Disposition, explanation: string, respondedAt: string } | null };

export type PublicAuthorFieldsFragment = { displayName: string, kind: AuthorKind, organizationName: string | null, province: string | null, verified: boolean };

export type DraftCardFieldsFragment = { id: string, title: string, docType: DocType, status: ConsultationStatus, opensAt: string | null, closesAt: string | null, closedAt: string | null, commentCount: number, participantCount: number, reportPublishedAt: string | null, agency: { id: string, name: string }, stanceCounts: { support: number, oppose: number, amend: number, question: number, neutral: number } };

export type SearchPageQueryVariables = Exact<{
  input: CommentSearchInput;
}>;


export type SearchPageQuery = { searchComments: { totalCount: number, totalIsExact: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, facets: Array<{ field: SearchFacet, values: Array<{ value: string, count: number }> }>, corrections: Array<{ typed: string, readAs: Array<string>, kind: SearchCorrectionKind }>, hits: Array<{ highlights: Array<string>, matchedIn: Array<SearchField>, comment: { id: string, body: string, bodyHtml: string, stance: Stance | null, proposedText: string | null, status: CommentStatus, createdAt: string, editedAt: string | null, versionNumber: number, depth: number, agreeCount: number, disagreeCount: number, replyCount: number, myReaction: ReactionKind | null, moderationReason: string | null, viewerIsAuthor: boolean, viewerCanEdit: boolean, editableUntil: string | null, draft: { id: string, title: string, currentVersion: { id: string, number: number } }, provision: { key: string, label: string, fullLabel: string } | null, author: { displayName: string, kind: AuthorKind, organizationName: string | null, province: string | null, verified: boolean }, response: { id: string, disposition: Disposition, explanation: string, respondedAt: string } | null } }> } };

export type SearchChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchChoicesQuery = { agencies: Array<{ id: string, name: string }>, drafts: { edges: Array<{ node: { id: string, title: string } }> } };

export type SearchDraftQueryVariables = Exact<{
  id: string | number;
}>;


export type SearchDraftQuery = { draft: { id: string, title: string, currentVersion: { id: string, articles: Array<{ id: string, key: string, label: string, heading: string | null }> } } | null };

export type SearchTopicQueryVariables = Exact<{
  id: string | number;
}>;


export type SearchTopicQuery = { topic: { id: string, label: string } | null };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { id: string, displayName: string, emailVerified: boolean, roles: Array<Role>, memberships: Array<{ role: AgencyRole }> } | null };

export type StatsPageQueryVariables = Exact<{
  draftId: string | number;
}>;


export type StatsPageQuery = { draft: { id: string, title: string, status: ConsultationStatus, opensAt: string | null, closesAt: string | null, agency: { id: string, name: string } } | null, draftStatistics: { draftId: string, generatedAt: string, status: ConsultationStatus, commentCount: number, participantCount: number, individualComments: number, organizationComments: number, individualParticipants: number, organizationParticipants: number, verifiedComments: number, answeredCount: number, generalComments: number, stanceCounts: { support: number, oppose: number, amend: number, question: number, neutral: number }, dispositionCounts: Array<{ disposition: Disposition, count: number }>, provinces: Array<{ province: string, count: number }>, timeline: Array<{ day: string, comments: number, participants: number, newParticipants: number }>, articles: Array<{ commentCount: number, participantCount: number, answeredCount: number, provision: { id: string, key: string, label: string, fullLabel: string, heading: string | null } }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AuthPayloadFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  accessTokenExpiresAt
  user {
    id
    displayName
  }
}
    `, {"fragmentName":"AuthPayloadFields"}) as unknown as TypedDocumentString<AuthPayloadFieldsFragment, unknown>;
export const StanceCountsFieldsFragmentDoc = new TypedDocumentString(`
    fragment StanceCountsFields on StanceCounts {
  support
  oppose
  amend
  question
  neutral
}
    `, {"fragmentName":"StanceCountsFields"}) as unknown as TypedDocumentString<StanceCountsFieldsFragment, unknown>;
export const TopicSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment TopicSummaryFields on Topic {
  id
  label
  phrases
  size
  commentCount
  isOther
  stanceCounts {
    ...StanceCountsFields
  }
  representative {
    id
    body
    author {
      displayName
    }
  }
}
    fragment StanceCountsFields on StanceCounts {
  support
  oppose
  amend
  question
  neutral
}`, {"fragmentName":"TopicSummaryFields"}) as unknown as TypedDocumentString<TopicSummaryFieldsFragment, unknown>;
export const PublicAuthorFieldsFragmentDoc = new TypedDocumentString(`
    fragment PublicAuthorFields on PublicAuthor {
  displayName
  kind
  organizationName
  province
  verified
}
    `, {"fragmentName":"PublicAuthorFields"}) as unknown as TypedDocumentString<PublicAuthorFieldsFragment, unknown>;
export const CommentFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommentFields on Comment {
  id
  body
  bodyHtml
  stance
  proposedText
  status
  createdAt
  editedAt
  versionNumber
  depth
  agreeCount
  disagreeCount
  replyCount
  myReaction
  moderationReason
  viewerIsAuthor
  viewerCanEdit
  editableUntil
  author {
    ...PublicAuthorFields
  }
  response {
    id
    disposition
    explanation
    respondedAt
  }
}
    fragment PublicAuthorFields on PublicAuthor {
  displayName
  kind
  organizationName
  province
  verified
}`, {"fragmentName":"CommentFields"}) as unknown as TypedDocumentString<CommentFieldsFragment, unknown>;
export const ThreadPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment ThreadPageFields on CommentConnection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
  edges {
    node {
      ...CommentFields
      replies(first: 3) {
        totalCount
        edges {
          node {
            ...CommentFields
          }
        }
      }
    }
  }
}
    fragment CommentFields on Comment {
  id
  body
  bodyHtml
  stance
  proposedText
  status
  createdAt
  editedAt
  versionNumber
  depth
  agreeCount
  disagreeCount
  replyCount
  myReaction
  moderationReason
  viewerIsAuthor
  viewerCanEdit
  editableUntil
  author {
    ...PublicAuthorFields
  }
  response {
    id
    disposition
    explanation
    respondedAt
  }
}
fragment PublicAuthorFields on PublicAuthor {
  displayName
  kind
  organizationName
  province
  verified
}`, {"fragmentName":"ThreadPageFields"}) as unknown as TypedDocumentString<ThreadPageFieldsFragment, unknown>;
export const CommentPlaceFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommentPlaceFields on Comment {
  draft {
    id
    title
  }
  provision {
    key
    label
    fullLabel
  }
}
    `, {"fragmentName":"CommentPlaceFields"}) as unknown as TypedDocumentString<CommentPlaceFieldsFragment, unknown>;
export const ReportEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportEntryFields on ReportEntry {
  commentId
  text
  senders
  size
  senderCount
  stance
  disposition
  explanation
  withdrawn
}
    `, {"fragmentName":"ReportEntryFields"}) as unknown as TypedDocumentString<ReportEntryFieldsFragment, unknown>;
export const DraftHeadFieldsFragmentDoc = new TypedDocumentString(`
    fragment DraftHeadFields on Draft {
  id
  title
  docType
  summary
  status
  opensAt
  closesAt
  closedAt
  closeReason
  consultationChanges {
    kind
    closesAt
    reason
    changedAt
  }
  commentCount
  participantCount
  reportPublishedAt
  followedByMe
  consultationWarnings
  agency {
    id
    name
    code
  }
  stanceCounts {
    ...StanceCountsFields
  }
  versions {
    id
    number
    publishedAt
    changeNote
  }
  attachments {
    id
    title
    filename
    contentType
    sizeBytes
    url
  }
}
    fragment StanceCountsFields on StanceCounts {
  support
  oppose
  amend
  question
  neutral
}`, {"fragmentName":"DraftHeadFields"}) as unknown as TypedDocumentString<DraftHeadFieldsFragment, unknown>;
export const VersionHeadFieldsFragmentDoc = new TypedDocumentString(`
    fragment VersionHeadFields on DraftVersion {
  id
  number
  documentNumber
  preamble
  publishedAt
  changeNote
  structure: provisions(kinds: [PART, CHAPTER, SECTION, SUBSECTION, ARTICLE]) {
    id
    key
    kind
    number
    label
    heading
    text
    parentId
    commentCount
    stanceCounts {
      ...StanceCountsFields
    }
  }
}
    fragment StanceCountsFields on StanceCounts {
  support
  oppose
  amend
  question
  neutral
}`, {"fragmentName":"VersionHeadFields"}) as unknown as TypedDocumentString<VersionHeadFieldsFragment, unknown>;
export const DraftCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment DraftCardFields on Draft {
  id
  title
  docType
  status
  opensAt
  closesAt
  closedAt
  commentCount
  participantCount
  reportPublishedAt
  agency {
    id
    name
  }
  stanceCounts {
    ...StanceCountsFields
  }
}
    fragment StanceCountsFields on StanceCounts {
  support
  oppose
  amend
  question
  neutral
}`, {"fragmentName":"DraftCardFields"}) as unknown as TypedDocumentString<DraftCardFieldsFragment, unknown>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    ...AuthPayloadFields
  }
}
    fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  accessTokenExpiresAt
  user {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RegisterDocument = new TypedDocumentString(`
    mutation Register($input: RegisterInput!) {
  register(input: $input) {
    ...AuthPayloadFields
  }
}
    fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  accessTokenExpiresAt
  user {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<RegisterMutation, RegisterMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($refreshToken: String!) {
  logout(refreshToken: $refreshToken)
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ProvincesDocument = new TypedDocumentString(`
    query Provinces {
  provinces
}
    `) as unknown as TypedDocumentString<ProvincesQuery, ProvincesQueryVariables>;
export const AccountPageDocument = new TypedDocumentString(`
    query AccountPage {
  provinces
  me {
    id
    email
    displayName
    kind
    organizationName
    province
    emailVerified
    notifyOnAnswers
    followedDrafts {
      id
      title
      status
      closesAt
    }
  }
}
    `) as unknown as TypedDocumentString<AccountPageQuery, AccountPageQueryVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($current: String!, $next: String!) {
  changePassword(currentPassword: $current, newPassword: $next)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const RequestEmailVerificationDocument = new TypedDocumentString(`
    mutation RequestEmailVerification {
  requestEmailVerification
}
    `) as unknown as TypedDocumentString<RequestEmailVerificationMutation, RequestEmailVerificationMutationVariables>;
export const VerifyEmailDocument = new TypedDocumentString(`
    mutation VerifyEmail($token: String!) {
  verifyEmail(token: $token) {
    id
  }
}
    `) as unknown as TypedDocumentString<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $password: String!) {
  resetPassword(token: $token, newPassword: $password)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const MyCommentsDocument = new TypedDocumentString(`
    query MyComments($after: String) {
  myComments(first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CommentFields
        ...CommentPlaceFields
      }
    }
  }
}
    fragment CommentPlaceFields on Comment {
  draft {
    id
    title
  }
  provision {
    key
    label
    fullLabel
  }
}
fragment CommentFields on Comment {
  id
  body
  bodyHtml
  stance
  proposedText
  status
  createdAt
  editedAt
  versionNumber
  depth
  agreeCount
  disagreeCount
  replyCount
  myReaction
  moderationReason
  viewerIsAuthor
  viewerCanEdit
  editableUntil
  author {
    ...PublicAuthorFields
  }
  response {
    id
    disposition
    explanation
    respondedAt
  }
}
fragment PublicAuthorFields on PublicAuthor {
  displayName
  kind
  organizationName
  province
  verified
}`) as unknown as TypedDocumentString<MyCommentsQuery, MyCommentsQueryVariables>;
export const MyDataDocument = new TypedDocumentString(`
    query MyData {
  myData
}
    `) as unknown as TypedDocumentString<MyDataQuery, MyDataQueryVariables>;
export const DeleteMyAccountDocument = new TypedDocumentString(`
    mutation DeleteMyAccount($password: String!) {
  deleteMyAccount(password: $password)
}
    `) as unknown as TypedDocumentString<DeleteMyAccountMutation, DeleteMyAccountMutationVariables>;
export const ThreadHeadDocument = new TypedDocumentString(`
    query ThreadHead($draftId: ID!, $key: String!) {
  draft(id: $draftId) {
    id
    title
    docType
    status
    opensAt
    closesAt
    commentCount
    agency {
      id
      name
    }
    currentVersion {
      id
      number
      provision(key: $key) {
        id
        key
        kind
        label
        heading
        text
        commentCount
        stanceCounts {
          ...StanceCountsFields
        }
        topics {
          ...TopicSummaryFields
        }
        children {
          id
          key
          label
          heading
          text
          commentCount
        }
      }
    }
  }
}
    fragment TopicSummaryFields on Topic {
  id
  label
  phrases
  size
  commentCount
  isOther
  stanceCounts {
    ...StanceCountsFields
  }
  representative {
    id
    body
    author {
      displayName
    }
  }
}
fragment StanceCountsFields on StanceCounts {
  support
  oppose
  amend
  question
  neutral
}`) as unknown as TypedDocumentString<ThreadHeadQuery, ThreadHeadQueryVariables>;
export const ProvisionCommentsDocument = new TypedDocumentString(`
    query ProvisionComments($id: ID!, $first: Int!, $after: String, $orderBy: CommentOrder) {
  provision(id: $id) {
    id
    comments(first: $first, after: $after, orderBy: $orderBy) {
      ...ThreadPageFields
    }
  }
}
    fragment ThreadPageFields on CommentConnection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
  edges {
    node {
      ...CommentFields
      replies(first: 3) {
        totalCount
        edges {
          node {
            ...CommentFields
          }
        }
      }
    }
  }
}
fragment CommentFields on Comment {
  id
  body
  bodyHtml
  stance
  proposedText
  status
  createdAt
  editedAt
  versionNumber
  depth
  agreeCount
  disagreeCount
  replyCount
  myReaction
  moderationReason
  viewerIsAuthor
  viewerCanEdit
  editableUntil
  author {
    ...PublicAuthorFields
  }
  response {
    id
    disposition
    explanation
    respondedAt
  }
}
fragment PublicAuthorFields on PublicAuthor {
  displayName
  kind
  organizationName
  province
  verified
}`) as unknown as TypedDocumentString<ProvisionCommentsQuery, ProvisionCommentsQueryVariables>;
export const DraftThreadDocument = new TypedDocumentString(`
    query DraftThread($id: ID!, $first: Int!, $after: String, $orderBy: CommentOrder) {
  draft(id: $id) {
    id
    title
    docType
    status
    opensAt
    closesAt
    commentCount
    agency {
      id
      name
    }
    stanceCounts {
      ...StanceCountsFields
    }
    topics {
      ...TopicSummaryFields
    }
    comments(first: $first, after: $after, orderBy: $orderBy) {
      ...ThreadPageFields
    }
  }
}
    fragment TopicSummaryFields on Topic {
  id
  label
  phrases
  size
  commentCount
  isOther
  stanceCounts {
    ...StanceCountsFields
  }
  representative {
    id
    body
    author {
      displayName
    }
  }
}
fragment ThreadPageFields on CommentConnection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
  edges {
    node {
      ...CommentFields
      replies(first: 3) {
        totalCount
        edges {
          node {
            ...CommentFields
          }
        }
      }
    }
  }
}
fragment StanceCountsFields on StanceCounts {
  support
  oppose
  amend
  question
  neutral
}
fragment CommentFields on Comment {
  id
  body
  bodyHtml
  stance
  proposedText
  status
  createdAt
  editedAt
  versionNumber
  depth
  agreeCount
  disagreeCount
  replyCount
  myReaction
  moderationReason
  viewerIsAuthor
  viewerCanEdit
  editableUntil
  author {
    ...PublicAuthorFields
  }
  response {
    id
    disposition
    explanation
    respondedAt
  }
}
fragment PublicAuthorFields on PublicAuthor {
  displayName
  kind
  organizationName
  province
  verified
}`) as unknown as TypedDocumentString<DraftThreadQuery, DraftThreadQueryVariables>;
export const CommentPageDocument = new TypedDocumentString(`
    query CommentPage($id: ID!, $after: String) {
  comment(id: $id) {
    ...CommentFields
    draft {
      id
      title
      status
      closesAt
    }
    provision {
      id
      key
      label
      fullLabel
      heading
      text
    }
    parent {
      ...CommentFields
    }
    replies(first: 10, after: $after) {
      ...ThreadPageFields
    }
  }
}
    fragment ThreadPageFields on CommentConnection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
  edges {
    node {
      ...CommentFields
      replies(first: 3) {
        totalCount
        edges {
          node {
            ...CommentFields
          }
        }
      }
    }
  }
}
fragment CommentFields on Comment {
  id
  body
  bodyHtml
  stance
  proposedText
  status
  createdAt
  editedAt
  versionNumber
  depth
  agreeCount
  disagreeCount
  replyCount
  myReaction
  moderationReason
  viewerIsAuthor
  viewerCanEdit
  editableUntil
  author {
    ...PublicAuthorFields
  }
  response {
    id
    disposition
    explanation
    respondedAt
  }
}
fragment PublicAuthorFields on PublicAuthor {
  displayName
  kind
  organizationName
  province
  verified
}`) as unknown as TypedDocumentString<CommentPageQuery, CommentPageQueryVariables>;
export const PostCommentDocument = new TypedDocumentString(`
    mutation PostComment($input: PostCommentInput!) {
  postComment(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PostCommentMutation, PostCommentMutationVariables>;
export const EditCommentDocument = new TypedDocumentString(`
    mutation EditComment($id: ID!, $input: EditCommentInput!) {
  editComment(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EditCommentMutation, EditCommentMutationVariables>;
export const WithdrawCommentDocument = new TypedDocumentString(`
    mutation WithdrawComment($id: ID!) {
  withdrawComment(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<WithdrawCommentMutation, WithdrawCommentMutationVariables>;
export const ReactToCommentDocument = new TypedDocumentString(`
    mutation ReactToComment($id: ID!, $reaction: ReactionKind!) {
  reactToComment(commentId: $id, reaction: $reaction) {
    id
    myReaction
    agreeCount
    disagreeCount
  }
}
    `) as unknown as TypedDocumentString<ReactToCommentMutation, ReactToCommentMutationVariables>;
export const FlagCommentDocument = new TypedDocumentString(`
    mutation FlagComment($id: ID!, $reason: FlagReason!, $note: String) {
  flagComment(commentId: $id, reason: $reason, note: $note)
}
    `) as unknown as TypedDocumentString<FlagCommentMutation, FlagCommentMutationVariables>;
export const SearchCommentsDocument = new TypedDocumentString(`
    query SearchComments($input: CommentSearchInput!) {
  searchComments(input: $input) {
    totalCount
    totalIsExact
    pageInfo {
      hasNextPage
      endCursor
    }
    hits {
      highlights
      comment {
        ...CommentFields
        ...CommentPlaceFields
      }
    }
  }
}
    fragment CommentPlaceFields on Comment {
  draft {
    id
    title
  }
  provision {
    key
    label
    fullLabel
  }
}
fragment CommentFields on Comment {
  id
  body
  bodyHtml
  stance
  proposedText
  status
  createdAt
  editedAt
  versionNumber
  depth
  agreeCount
  disagreeCount
  replyCount
  myReaction
  moderationReason
  viewerIsAuthor
  viewerCanEdit
  editableUntil
  author {
    ...PublicAuthorFields
  }
  response {
    id
    disposition
    explanation
    respondedAt
  }
}
fragment PublicAuthorFields on PublicAuthor {
  displayName
  kind
  organizationName
  province
  verified
}`) as unknown as TypedDocumentString<SearchCommentsQuery, SearchCommentsQueryVariables>;
export const ProvisionRefDocument = new TypedDocumentString(`
    query ProvisionRef($draftId: ID!, $key: String!) {
  draft(id: $draftId) {
    id
    currentVersion {
      id
      provision(key: $key) {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvisionRefQuery, ProvisionRefQueryVariables>;
export const ConsoleViewerDocument = new TypedDocumentString(`
    query ConsoleViewer {
  me {
    id
    roles
    memberships {
      role
      agency {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleViewerQuery, ConsoleViewerQueryVariables>;
export const ConsoleDraftsDocument = new TypedDocumentString(`
    query ConsoleDrafts($agencyId: ID!) {
  drafts(filter: {agencyId: $agencyId}, first: 50) {
    edges {
      node {
        id
        title
        docType
        status
        opensAt
        closesAt
        closedAt
        commentCount
        heldCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleDraftsQuery, ConsoleDraftsQueryVariables>;
export const UnansweredCountDocument = new TypedDocumentString(`
    query UnansweredCount($draftId: ID!) {
  searchComments(input: {draftId: $draftId, answered: false, first: 1}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<UnansweredCountQuery, UnansweredCountQueryVariables>;
export const TriageDraftDocument = new TypedDocumentString(`
    query TriageDraft($id: ID!) {
  draft(id: $id) {
    id
    title
    docType
    status
    opensAt
    closesAt
    closedAt
    closeReason
    commentCount
    moderationMode
    consultationWarnings
    agency {
      id
      name
    }
    attachments {
      id
      title
      filename
      sizeBytes
      url
    }
    currentVersion {
      id
      number
      articles: provisions(kinds: [ARTICLE]) {
        id
        key
        label
        heading
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TriageDraftQuery, TriageDraftQueryVariables>;
export const TriageCountsDocument = new TypedDocumentString(`
    query TriageCounts($draftId: ID!) {
  all: searchComments(input: {draftId: $draftId, first: 1, facets: [PROVISION]}) {
    totalCount
    facets {
      field
      values {
        value
        count
      }
    }
  }
  open: searchComments(
    input: {draftId: $draftId, answered: false, first: 1, facets: [PROVISION]}
  ) {
    totalCount
    facets {
      field
      values {
        value
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TriageCountsQuery, TriageCountsQueryVariables>;
export const TriageCommentsDocument = new TypedDocumentString(`
    query TriageComments($input: CommentSearchInput!) {
  searchComments(input: $input) {
    totalCount
    totalIsExact
    pageInfo {
      hasNextPage
      endCursor
    }
    hits {
      comment {
        id
        body
        stance
        proposedText
        status
        createdAt
        versionNumber
        campaign {
          id
          size
        }
        provision {
          id
          key
          label
          fullLabel
        }
        author {
          ...PublicAuthorFields
        }
        response {
          id
          disposition
          explanation
          respondedAt
          updatedAt
          commentCount
          revisions {
            number
            disposition
            explanation
            writtenAt
          }
        }
      }
    }
  }
}
    fragment PublicAuthorFields on PublicAuthor {
  displayName
  kind
  organizationName
  province
  verified
}`) as unknown as TypedDocumentString<TriageCommentsQuery, TriageCommentsQueryVariables>;
export const EditResponseDocument = new TypedDocumentString(`
    mutation EditResponse($id: ID!, $input: EditResponseInput!) {
  editResponse(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EditResponseMutation, EditResponseMutationVariables>;
export const TriageIdsDocument = new TypedDocumentString(`
    query TriageIds($input: CommentSearchInput!) {
  searchComments(input: $input) {
    pageInfo {
      hasNextPage
      endCursor
    }
    hits {
      comment {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TriageIdsQuery, TriageIdsQueryVariables>;
export const RespondToCommentsDocument = new TypedDocumentString(`
    mutation RespondToComments($commentId: ID!, $input: ResponseInput!) {
  respondToComment(commentId: $commentId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RespondToCommentsMutation, RespondToCommentsMutationVariables>;
export const ScheduleConsultationDocument = new TypedDocumentString(`
    mutation ScheduleConsultation($draftId: ID!, $opensAt: DateTime!, $closesAt: DateTime!) {
  scheduleConsultation(draftId: $draftId, opensAt: $opensAt, closesAt: $closesAt) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScheduleConsultationMutation, ScheduleConsultationMutationVariables>;
export const CloseConsultationDocument = new TypedDocumentString(`
    mutation CloseConsultation($draftId: ID!, $reason: String!) {
  closeConsultation(draftId: $draftId, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<CloseConsultationMutation, CloseConsultationMutationVariables>;
export const ExtendConsultationDocument = new TypedDocumentString(`
    mutation ExtendConsultation($draftId: ID!, $closesAt: DateTime!, $reason: String!) {
  extendConsultation(draftId: $draftId, closesAt: $closesAt, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<ExtendConsultationMutation, ExtendConsultationMutationVariables>;
export const ModerationQueueDocument = new TypedDocumentString(`
    query ModerationQueue($after: String) {
  moderationQueue(first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        body
        proposedText
        stance
        status
        createdAt
        draft {
          id
          title
        }
        provision {
          key
          label
          fullLabel
        }
        author {
          ...PublicAuthorFields
        }
        moderation {
          queuedAt
          flagCount
          flagReasons {
            reason
            count
          }
          flagNotes
          screeningFindings {
            kind
            rule
            detail
            count
          }
          authorCommentCount
          authorHiddenCount
          decisions {
            action
            automatic
            reason
            decidedAt
          }
        }
      }
    }
  }
}
    fragment PublicAuthorFields on PublicAuthor {
  displayName
  kind
  organizationName
  province
  verified
}`) as unknown as TypedDocumentString<ModerationQueueQuery, ModerationQueueQueryVariables>;
export const ModerateCommentDocument = new TypedDocumentString(`
    mutation ModerateComment($id: ID!, $action: ModerationActionKind!, $reason: String!) {
  moderateComment(id: $id, action: $action, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ModerateCommentMutation, ModerateCommentMutationVariables>;
export const ReportPageDocument = new TypedDocumentString(`
    query ReportPage($draftId: ID!, $version: Int) {
  draft(id: $draftId) {
    id
    title
    docType
    status
    opensAt
    closesAt
    closedAt
    reportPublishedAt
    reportVersions {
      version
      publishedAt
      note
    }
    agency {
      id
      name
    }
  }
  feedbackReport(draftId: $draftId, version: $version) {
    generatedAt
    publishedAt
    version
    note
    commentCount
    distinctCount
    participantCount
    answeredCount
    answeredShare
    campaignComments
    individualComments
    organizationComments
    verifiedComments
    verifiedShare
    stanceCounts {
      ...StanceCountsFields
    }
    provinces {
      province
      count
    }
    timeline {
      day
      count
    }
    campaigns {
      id
    }
    provisions {
      commentCount
      answeredCount
      provision {
        id
        key
        label
        fullLabel
        heading
      }
      topics {
        label
        size
        commentCount
        other
        representativeText
        stanceCounts {
          ...StanceCountsFields
        }
      }
      entries {
        ...ReportEntryFields
      }
    }
    general {
      ...ReportEntryFields
    }
  }
}
    fragment ReportEntryFields on ReportEntry {
  commentId
  text
  senders
  size
  senderCount
  stance
  disposition
  explanation
  withdrawn
}
fragment StanceCountsFields on StanceCounts {
  support
  oppose
  amend
  question
  neutral
}`) as unknown as TypedDocumentString<ReportPageQuery, ReportPageQueryVariables>;
export const PublishReportDocument = new TypedDocumentString(`
    mutation PublishReport($draftId: ID!, $note: String) {
  publishFeedbackReport(draftId: $draftId, note: $note) {
    publishedAt
    version
  }
}
    `) as unknown as TypedDocumentString<PublishReportMutation, PublishReportMutationVariables>;
export const PreviewDraftDocument = new TypedDocumentString(`
    query PreviewDraft($source: DraftSourceInput!) {
  parseDraft(source: $source) {
    title
    docType
    number
    issuer
    warnings
    json
  }
}
    `) as unknown as TypedDocumentString<PreviewDraftQuery, PreviewDraftQueryVariables>;
export const CreateDraftDocument = new TypedDocumentString(`
    mutation CreateDraft($input: CreateDraftInput!) {
  createDraft(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateDraftMutation, CreateDraftMutationVariables>;
export const SetModerationModeDocument = new TypedDocumentString(`
    mutation SetModerationMode($draftId: ID!, $mode: ModerationMode!) {
  setModerationMode(draftId: $draftId, mode: $mode) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetModerationModeMutation, SetModerationModeMutationVariables>;
export const AddAttachmentDocument = new TypedDocumentString(`
    mutation AddAttachment($draftId: ID!, $input: DraftAttachmentInput!) {
  addDraftAttachment(draftId: $draftId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddAttachmentMutation, AddAttachmentMutationVariables>;
export const AdminPageDocument = new TypedDocumentString(`
    query AdminPage($email: String, $search: Boolean!) {
  agencies {
    id
    code
    name
    kind
    members {
      userId
      displayName
      email
      role
      since
    }
  }
  users(email: $email, first: 20) @include(if: $search) {
    totalCount
    edges {
      node {
        id
        email
        displayName
        roles
        memberships {
          role
          agency {
            id
            code
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminPageQuery, AdminPageQueryVariables>;
export const CreateAgencyDocument = new TypedDocumentString(`
    mutation CreateAgency($input: CreateAgencyInput!) {
  createAgency(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateAgencyMutation, CreateAgencyMutationVariables>;
export const FindUserByEmailDocument = new TypedDocumentString(`
    query FindUserByEmail($email: String!) {
  users(email: $email, first: 5) {
    edges {
      node {
        id
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FindUserByEmailQuery, FindUserByEmailQueryVariables>;
export const AddAgencyMemberDocument = new TypedDocumentString(`
    mutation AddAgencyMember($agencyId: ID!, $userId: ID!, $role: AgencyRole!) {
  addAgencyMember(agencyId: $agencyId, userId: $userId, role: $role) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddAgencyMemberMutation, AddAgencyMemberMutationVariables>;
export const RemoveAgencyMemberDocument = new TypedDocumentString(`
    mutation RemoveAgencyMember($agencyId: ID!, $userId: ID!, $role: AgencyRole!) {
  removeAgencyMember(agencyId: $agencyId, userId: $userId, role: $role) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveAgencyMemberMutation, RemoveAgencyMemberMutationVariables>;
export const GrantRoleDocument = new TypedDocumentString(`
    mutation GrantRole($userId: ID!, $role: GrantableRole!) {
  grantRole(userId: $userId, role: $role) {
    id
  }
}
    `) as unknown as TypedDocumentString<GrantRoleMutation, GrantRoleMutationVariables>;
export const RevokeRoleDocument = new TypedDocumentString(`
    mutation RevokeRole($userId: ID!, $role: GrantableRole!) {
  revokeRole(userId: $userId, role: $role) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const DraftVersionsDocument = new TypedDocumentString(`
    query DraftVersions($id: ID!) {
  draft(id: $id) {
    id
    title
    status
    opensAt
    closesAt
    agency {
      id
      name
    }
    versions {
      id
      number
      publishedAt
      changeNote
      warnings
    }
  }
}
    `) as unknown as TypedDocumentString<DraftVersionsQuery, DraftVersionsQueryVariables>;
export const AddDraftVersionDocument = new TypedDocumentString(`
    mutation AddDraftVersion($draftId: ID!, $input: DraftVersionInput!) {
  addDraftVersion(draftId: $draftId, input: $input) {
    id
    number
  }
}
    `) as unknown as TypedDocumentString<AddDraftVersionMutation, AddDraftVersionMutationVariables>;
export const TriageTopicsDocument = new TypedDocumentString(`
    query TriageTopics($draftId: ID!, $key: String!) {
  draft(id: $draftId) {
    id
    currentVersion {
      id
      provision(key: $key) {
        id
        topics {
          id
          label
          size
          commentCount
          isOther
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TriageTopicsQuery, TriageTopicsQueryVariables>;
export const TriageCountDocument = new TypedDocumentString(`
    query TriageCount($input: CommentSearchInput!) {
  searchComments(input: $input) {
    totalCount
    totalIsExact
  }
}
    `) as unknown as TypedDocumentString<TriageCountQuery, TriageCountQueryVariables>;
export const HomePageDocument = new TypedDocumentString(`
    query HomePage {
  open: drafts(filter: {status: [OPEN]}, first: 20, orderBy: CLOSING_SOON) {
    edges {
      node {
        ...DraftCardFields
      }
    }
  }
  closed: drafts(filter: {status: [CLOSED]}, first: 5, orderBy: RECENTLY_CLOSED) {
    edges {
      node {
        ...DraftCardFields
      }
    }
  }
  hot: mostDiscussedProvisions(first: 5, hours: 24) {
    recentCount
    provision {
      id
      key
      label
      fullLabel
      heading
      commentCount
    }
    draft {
      id
      title
    }
  }
}
    fragment StanceCountsFields on StanceCounts {
  support
  oppose
  amend
  question
  neutral
}
fragment DraftCardFields on Draft {
  id
  title
  docType
  status
  opensAt
  closesAt
  closedAt
  commentCount
  participantCount
  reportPublishedAt
  agency {
    id
    name
  }
  stanceCounts {
    ...StanceCountsFields
  }
}`) as unknown as TypedDocumentString<HomePageQuery, HomePageQueryVariables>;
export const DraftsPageDocument = new TypedDocumentString(`
    query DraftsPage($filter: DraftFilter, $first: Int!, $after: String) {
  agencies {
    id
    name
  }
  drafts(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...DraftCardFields
        summary
      }
    }
  }
}
    fragment StanceCountsFields on StanceCounts {
  support
  oppose
  amend
  question
  neutral
}
fragment DraftCardFields on Draft {
  id
  title
  docType
  status
  opensAt
  closesAt
  closedAt
  commentCount
  participantCount
  reportPublishedAt
  agency {
    id
    name
  }
  stanceCounts {
    ...StanceCountsFields
  }
}`) as unknown as TypedDocumentString<DraftsPageQuery, DraftsPageQueryVariables>;
export const DraftPageDocument = new TypedDocumentString(`
    query DraftPage($id: ID!) {
  draft(id: $id) {
    ...DraftHeadFields
    currentVersion {
      ...VersionHeadFields
    }
  }
}
    fragment DraftHeadFields on Draft {
  id
  title
  docType
  summary
  status
  opensAt
  closesAt
  closedAt
  closeReason
  consultationChanges {
    kind
    closesAt
    reason
    changedAt
  }
  commentCount
  participantCount
  reportPublishedAt
  followedByMe
  consultationWarnings
  agency {
    id
    name
    code
  }
  stanceCounts {
    ...StanceCountsFields
  }
  versions {
    id
    number
    publishedAt
    changeNote
  }
  attachments {
    id
    title
    filename
    contentType
    sizeBytes
    url
  }
}
fragment VersionHeadFields on DraftVersion {
  id
  number
  documentNumber
  preamble
  publishedAt
  changeNote
  structure: provisions(kinds: [PART, CHAPTER, SECTION, SUBSECTION, ARTICLE]) {
    id
    key
    kind
    number
    label
    heading
    text
    parentId
    commentCount
    stanceCounts {
      ...StanceCountsFields
    }
  }
}
fragment StanceCountsFields on StanceCounts {
  support
  oppose
  amend
  question
  neutral
}`) as unknown as TypedDocumentString<DraftPageQuery, DraftPageQueryVariables>;
export const DraftVersionPageDocument = new TypedDocumentString(`
    query DraftVersionPage($id: ID!, $number: Int!) {
  draft(id: $id) {
    ...DraftHeadFields
    currentVersion {
      id
      number
    }
    version(number: $number) {
      ...VersionHeadFields
    }
  }
}
    fragment DraftHeadFields on Draft {
  id
  title
  docType
  summary
  status
  opensAt
  closesAt
  closedAt
  closeReason
  consultationChanges {
    kind
    closesAt
    reason
    changedAt
  }
  commentCount
  participantCount
  reportPublishedAt
  followedByMe
  consultationWarnings
  agency {
    id
    name
    code
  }
  stanceCounts {
    ...StanceCountsFields
  }
  versions {
    id
    number
    publishedAt
    changeNote
  }
  attachments {
    id
    title
    filename
    contentType
    sizeBytes
    url
  }
}
fragment VersionHeadFields on DraftVersion {
  id
  number
  documentNumber
  preamble
  publishedAt
  changeNote
  structure: provisions(kinds: [PART, CHAPTER, SECTION, SUBSECTION, ARTICLE]) {
    id
    key
    kind
    number
    label
    heading
    text
    parentId
    commentCount
    stanceCounts {
      ...StanceCountsFields
    }
  }
}
fragment StanceCountsFields on StanceCounts {
  support
  oppose
  amend
  question
  neutral
}`) as unknown as TypedDocumentString<DraftVersionPageQuery, DraftVersionPageQueryVariables>;
export const DraftTextDocument = new TypedDocumentString(`
    query DraftText($id: ID!, $number: Int!, $under: String) {
  draft(id: $id) {
    id
    version(number: $number) {
      id
      provisions(under: $under) {
        id
        key
        kind
        number
        label
        heading
        text
        parentId
        commentCount
        stanceCounts {
          ...StanceCountsFields
        }
      }
    }
  }
}
    fragment StanceCountsFields on StanceCounts {
  support
  oppose
  amend
  question
  neutral
}`) as unknown as TypedDocumentString<DraftTextQuery, DraftTextQueryVariables>;
export const DraftDiffDocument = new TypedDocumentString(`
    query DraftDiff($from: ID!, $to: ID!) {
  draftDiff(fromVersionId: $from, toVersionId: $to) {
    change
    kind
    label
    fromKey
    toKey
    textChanged
    wordDiff {
      op
      text
    }
  }
}
    `) as unknown as TypedDocumentString<DraftDiffQuery, DraftDiffQueryVariables>;
export const CompareDraftDocument = new TypedDocumentString(`
    query CompareDraft($id: ID!) {
  draft(id: $id) {
    id
    title
    currentVersion {
      id
      number
    }
    versions {
      id
      number
      publishedAt
    }
  }
}
    `) as unknown as TypedDocumentString<CompareDraftQuery, CompareDraftQueryVariables>;
export const CompareProvisionDocument = new TypedDocumentString(`
    query CompareProvision($id: ID!, $number: Int!, $key: String!) {
  draft(id: $id) {
    id
    version(number: $number) {
      id
      provision(key: $key) {
        id
        key
        label
        fullLabel
        heading
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompareProvisionQuery, CompareProvisionQueryVariables>;
export const FollowDraftDocument = new TypedDocumentString(`
    mutation FollowDraft($draftId: ID!) {
  followDraft(draftId: $draftId) {
    id
  }
}
    `) as unknown as TypedDocumentString<FollowDraftMutation, FollowDraftMutationVariables>;
export const UnfollowDraftDocument = new TypedDocumentString(`
    mutation UnfollowDraft($draftId: ID!) {
  unfollowDraft(draftId: $draftId) {
    id
  }
}
    `) as unknown as TypedDocumentString<UnfollowDraftMutation, UnfollowDraftMutationVariables>;
export const SearchPageDocument = new TypedDocumentString(`
    query SearchPage($input: CommentSearchInput!) {
  searchComments(input: $input) {
    totalCount
    totalIsExact
    pageInfo {
      hasNextPage
      endCursor
    }
    facets {
      field
      values {
        value
        count
      }
    }
    corrections {
      typed
      readAs
      kind
    }
    hits {
      highlights
      matchedIn
      comment {
        ...CommentFields
        draft {
          id
          title
          currentVersion {
            id
            number
          }
        }
        provision {
          key
          label
          fullLabel
        }
      }
    }
  }
}
    fragment CommentFields on Comment {
  id
  body
  bodyHtml
  stance
  proposedText
  status
  createdAt
  editedAt
  versionNumber
  depth
  agreeCount
  disagreeCount
  replyCount
  myReaction
  moderationReason
  viewerIsAuthor
  viewerCanEdit
  editableUntil
  author {
    ...PublicAuthorFields
  }
  response {
    id
    disposition
    explanation
    respondedAt
  }
}
fragment PublicAuthorFields on PublicAuthor {
  displayName
  kind
  organizationName
  province
  verified
}`) as unknown as TypedDocumentString<SearchPageQuery, SearchPageQueryVariables>;
export const SearchChoicesDocument = new TypedDocumentString(`
    query SearchChoices {
  agencies {
    id
    name
  }
  drafts(first: 100, orderBy: NEWEST) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchChoicesQuery, SearchChoicesQueryVariables>;
export const SearchDraftDocument = new TypedDocumentString(`
    query SearchDraft($id: ID!) {
  draft(id: $id) {
    id
    title
    currentVersion {
      id
      articles: provisions(kinds: [ARTICLE]) {
        id
        key
        label
        heading
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchDraftQuery, SearchDraftQueryVariables>;
export const SearchTopicDocument = new TypedDocumentString(`
    query SearchTopic($id: ID!) {
  topic(id: $id) {
    id
    label
  }
}
    `) as unknown as TypedDocumentString<SearchTopicQuery, SearchTopicQueryVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    accessToken
    refreshToken
    accessTokenExpiresAt
  }
}
    `) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  me {
    id
    displayName
    emailVerified
    roles
    memberships {
      role
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const StatsPageDocument = new TypedDocumentString(`
    query StatsPage($draftId: ID!) {
  draft(id: $draftId) {
    id
    title
    status
    opensAt
    closesAt
    agency {
      id
      name
    }
  }
  draftStatistics(draftId: $draftId) {
    draftId
    generatedAt
    status
    commentCount
    participantCount
    individualComments
    organizationComments
    individualParticipants
    organizationParticipants
    verifiedComments
    answeredCount
    generalComments
    stanceCounts {
      ...StanceCountsFields
    }
    dispositionCounts {
      disposition
      count
    }
    provinces {
      province
      count
    }
    timeline {
      day
      comments
      participants
      newParticipants
    }
    articles {
      commentCount
      participantCount
      answeredCount
      provision {
        id
        key
        label
        fullLabel
        heading
      }
    }
  }
}
    fragment StanceCountsFields on StanceCounts {
  support
  oppose
  amend
  question
  neutral
}`) as unknown as TypedDocumentString<StatsPageQuery, StatsPageQueryVariables>;