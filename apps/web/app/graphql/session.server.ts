import { graphql } from '../gql';

export const RefreshSession = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      refreshToken
      accessTokenExpiresAt
    }
  }
`);

export const Viewer = graphql(`
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
`);
