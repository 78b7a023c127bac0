import { graphql } from '../gql';

export const HomePage = graphql(`
  query HomePage {
    open: drafts(filter: { status: [OPEN] }, first: 20, orderBy: CLOSING_SOON) {
      edges {
        node {
          ...DraftCardFields
        }
      }
    }
    closed: drafts(filter: { status: [CLOSED] }, first: 5, orderBy: RECENTLY_CLOSED) {
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
`);

export const DraftsPage = graphql(`
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
`);

export const DraftHeadFields = graphql(`
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
`);

/** The structure and articles of a version (no clauses or points): the outline and the facts. */
export const VersionHeadFields = graphql(`
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
`);

export const DraftPage = graphql(`
  query DraftPage($id: ID!) {
    draft(id: $id) {
      ...DraftHeadFields
      currentVersion {
        ...VersionHeadFields
      }
    }
  }
`);

export const DraftVersionPage = graphql(`
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
`);

/** The text of a version, or of one of its chapters (`under`): every provision with its counts. */
export const DraftText = graphql(`
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
`);

export const DraftDiff = graphql(`
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
`);

/** The compare page: the draft's published versions, and one provision as a version has it. */
export const CompareDraft = graphql(`
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
`);

export const CompareProvision = graphql(`
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
`);

/** Follow a draft: mails at its milestones (opens, closes, new version, report). */
export const FollowDraft = graphql(`
  mutation FollowDraft($draftId: ID!) {
    followDraft(draftId: $draftId) {
      id
    }
  }
`);

export const UnfollowDraft = graphql(`
  mutation UnfollowDraft($draftId: ID!) {
    unfollowDraft(draftId: $draftId) {
      id
    }
  }
`);
