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
      displayName
      kind
      organizationName
      province
      verified
    }
    response {
      id
      disposition
      explanation
      respondedAt
    }
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
