import { graphql } from '../gql';

/** A consultation's public figures (`draftStatistics`, cached briefly by the API). */
export const StatsPage = graphql(`
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
`);
