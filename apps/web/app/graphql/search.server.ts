import { graphql } from '../gql';

/**
 * The journalists' search page: 20 hits with their highlights and where each belongs, and the
 * facet counts of every filter over all matches.
 */
export const SearchPage = graphql(`
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
`);

/** What the filters offer: drafts and agencies by name (facet values are ids). */
export const SearchChoices = graphql(`
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
`);

/** The chosen draft's articles, to narrow a search to one (its outline, without clauses). */
export const SearchDraft = graphql(`
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
`);

/** The name of the topic a search is narrowed to (`?chu-de=`), for its filter chip. */
export const SearchTopic = graphql(`
  query SearchTopic($id: ID!) {
    topic(id: $id) {
      id
      label
    }
  }
`);
