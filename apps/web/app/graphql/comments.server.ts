import { graphql } from '../gql';

/** The head of a thread page: the draft, and the provision addressed by its key. */
export const ThreadHead = graphql(`
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
`);

/**
 * What people say about a provision (or the draft as a whole), grouped by point: the summary
 * above a thread. The representative is read as an excerpt, linked to its permalink.
 */
export const TopicSummaryFields = graphql(`
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
`);

/**
 * A page of a thread: its comments, each with its first three replies (deeper and further
 * replies are on the comment's permalink page).
 */
export const ThreadPageFields = graphql(`
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
`);

/**
 * A thread page: 20 comments, each with its first three replies; deeper and further replies
 * are on the comment's permalink page (`Xem N trả lời`). What a phone can show at 360 px, and
 * within the API's query cost limit.
 */
export const ProvisionComments = graphql(`
  query ProvisionComments($id: ID!, $first: Int!, $after: String, $orderBy: CommentOrder) {
    provision(id: $id) {
      id
      comments(first: $first, after: $after, orderBy: $orderBy) {
        ...ThreadPageFields
      }
    }
  }
`);

export const DraftThread = graphql(`
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
`);

export const CommentPage = graphql(`
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
`);

/** Where a comment was made, for lists that mix drafts (search, "Góp ý của tôi"). */
export const CommentPlaceFields = graphql(`
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
`);

export const PostComment = graphql(`
  mutation PostComment($input: PostCommentInput!) {
    postComment(input: $input) {
      id
      status
    }
  }
`);

export const EditComment = graphql(`
  mutation EditComment($id: ID!, $input: EditCommentInput!) {
    editComment(id: $id, input: $input) {
      id
    }
  }
`);

export const WithdrawComment = graphql(`
  mutation WithdrawComment($id: ID!) {
    withdrawComment(id: $id) {
      id
    }
  }
`);

export const ReactToComment = graphql(`
  mutation ReactToComment($id: ID!, $reaction: ReactionKind!) {
    reactToComment(commentId: $id, reaction: $reaction) {
      id
      myReaction
      agreeCount
      disagreeCount
    }
  }
`);

export const FlagComment = graphql(`
  mutation FlagComment($id: ID!, $reason: FlagReason!, $note: String) {
    flagComment(commentId: $id, reason: $reason, note: $note)
  }
`);

export const SearchComments = graphql(`
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
`);

/** Just the id of the provision an address names (actions need no more). */
export const ProvisionRef = graphql(`
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
`);
