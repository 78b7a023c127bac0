import { graphql } from '../gql';

/**
 * The agency console's documents (drafts, consultation, triage and answer, reports). Role checks are the API's; the pages only hide what a role cannot do.
 */

/** Who may open the console: agency roles and global roles. */
export const ConsoleViewer = graphql(`
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
`);

export const ConsoleDrafts = graphql(`
  query ConsoleDrafts($agencyId: ID!) {
    drafts(filter: { agencyId: $agencyId }, first: 50) {
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
`);

/** How many comments of a draft still wait for an answer (the search index's count). */
export const UnansweredCount = graphql(`
  query UnansweredCount($draftId: ID!) {
    searchComments(input: { draftId: $draftId, answered: false, first: 1 }) {
      totalCount
    }
  }
`);

export const TriageDraft = graphql(`
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
`);

/** Counts per provision key, all and unanswered: the per-article progress of the page. */
export const TriageCounts = graphql(`
  query TriageCounts($draftId: ID!) {
    all: searchComments(input: { draftId: $draftId, first: 1, facets: [PROVISION] }) {
      totalCount
      facets {
        field
        values {
          value
          count
        }
      }
    }
    open: searchComments(input: { draftId: $draftId, answered: false, first: 1, facets: [PROVISION] }) {
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
`);

export const TriageComments = graphql(`
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
`);

export const EditResponse = graphql(`
  mutation EditResponse($id: ID!, $input: EditResponseInput!) {
    editResponse(id: $id, input: $input) {
      id
    }
  }
`);

/** Only the ids of the matching comments: "select all matching" pages through these. */
export const TriageIds = graphql(`
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
`);

export const RespondToComments = graphql(`
  mutation RespondToComments($commentId: ID!, $input: ResponseInput!) {
    respondToComment(commentId: $commentId, input: $input) {
      id
    }
  }
`);

export const ScheduleConsultation = graphql(`
  mutation ScheduleConsultation($draftId: ID!, $opensAt: DateTime!, $closesAt: DateTime!) {
    scheduleConsultation(draftId: $draftId, opensAt: $opensAt, closesAt: $closesAt) {
      id
    }
  }
`);

export const CloseConsultation = graphql(`
  mutation CloseConsultation($draftId: ID!, $reason: String!) {
    closeConsultation(draftId: $draftId, reason: $reason) {
      id
    }
  }
`);

/** A later closing date with a reason: an open consultation runs longer, a closed one opens again. */
export const ExtendConsultation = graphql(`
  mutation ExtendConsultation($draftId: ID!, $closesAt: DateTime!, $reason: String!) {
    extendConsultation(draftId: $draftId, closesAt: $closesAt, reason: $reason) {
      id
    }
  }
`);

/** The moderators' queue: held and reported comments, longest-waiting first, with why. */
export const ModerationQueue = graphql(`
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
`);

export const ModerateComment = graphql(`
  mutation ModerateComment($id: ID!, $action: ModerationActionKind!, $reason: String!) {
    moderateComment(id: $id, action: $action, reason: $reason) {
      id
      status
    }
  }
`);

/** One entry of the report: a comment (or a campaign, with its size) and the agency's answer. */
export const ReportEntryFields = graphql(`
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
`);

/**
 * The feedback report's figures and entries: the agency's live one, the current published one,
 * or (`version`) an earlier published one; with the list of published versions.
 */
export const ReportPage = graphql(`
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
`);

export const PublishReport = graphql(`
  mutation PublishReport($draftId: ID!, $note: String) {
    publishFeedbackReport(draftId: $draftId, note: $note) {
      publishedAt
      version
    }
  }
`);

/** How a file will be structured, before anything is stored. */
export const PreviewDraft = graphql(`
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
`);

export const CreateDraft = graphql(`
  mutation CreateDraft($input: CreateDraftInput!) {
    createDraft(input: $input) {
      id
    }
  }
`);

export const SetModerationMode = graphql(`
  mutation SetModerationMode($draftId: ID!, $mode: ModerationMode!) {
    setModerationMode(draftId: $draftId, mode: $mode) {
      id
    }
  }
`);

export const AddAttachment = graphql(`
  mutation AddAttachment($draftId: ID!, $input: DraftAttachmentInput!) {
    addDraftAttachment(draftId: $draftId, input: $input) {
      id
    }
  }
`);

/** Administration: agencies, and accounts found by e-mail (admins only, in the API too). */
export const AdminPage = graphql(`
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
`);

export const CreateAgency = graphql(`
  mutation CreateAgency($input: CreateAgencyInput!) {
    createAgency(input: $input) {
      id
    }
  }
`);

export const FindUserByEmail = graphql(`
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
`);

export const AddAgencyMember = graphql(`
  mutation AddAgencyMember($agencyId: ID!, $userId: ID!, $role: AgencyRole!) {
    addAgencyMember(agencyId: $agencyId, userId: $userId, role: $role) {
      id
    }
  }
`);

export const RemoveAgencyMember = graphql(`
  mutation RemoveAgencyMember($agencyId: ID!, $userId: ID!, $role: AgencyRole!) {
    removeAgencyMember(agencyId: $agencyId, userId: $userId, role: $role) {
      id
    }
  }
`);

export const GrantRole = graphql(`
  mutation GrantRole($userId: ID!, $role: GrantableRole!) {
    grantRole(userId: $userId, role: $role) {
      id
    }
  }
`);

export const RevokeRole = graphql(`
  mutation RevokeRole($userId: ID!, $role: GrantableRole!) {
    revokeRole(userId: $userId, role: $role) {
      id
    }
  }
`);

/** A draft's versions, published or not (officers see both), for a new version's review. */
export const DraftVersions = graphql(`
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
`);

export const AddDraftVersion = graphql(`
  mutation AddDraftVersion($draftId: ID!, $input: DraftVersionInput!) {
    addDraftVersion(draftId: $draftId, input: $input) {
      id
      number
    }
  }
`);

/** The topics of the article the triage list is narrowed to: the choices of its topic filter. */
export const TriageTopics = graphql(`
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
`);

/** How many comments a triage search matches, campaign copies counted ("answer the whole topic"). */
export const TriageCount = graphql(`
  query TriageCount($input: CommentSearchInput!) {
    searchComments(input: $input) {
      totalCount
      totalIsExact
    }
  }
`);
