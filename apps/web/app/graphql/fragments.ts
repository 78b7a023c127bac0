import { graphql } from '../gql';

// Shapes shared by several pages. Fragments are flattened into each document by codegen.

export const StanceCountsFields = graphql(`
  fragment StanceCountsFields on StanceCounts {
    support
    oppose
    amend
    question
    neutral
  }
`);

export const CommentFields = graphql(`
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
`);

/** What anyone may know of a comment's author (never an e-mail address). */
export const PublicAuthorFields = graphql(`
  fragment PublicAuthorFields on PublicAuthor {
    displayName
    kind
    organizationName
    province
    verified
  }
`);

export const DraftCardFields = graphql(`
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
`);
