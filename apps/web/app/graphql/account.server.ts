import { graphql } from '../gql';

const AuthPayloadFields = graphql(`
  fragment AuthPayloadFields on AuthPayload {
    accessToken
    refreshToken
    accessTokenExpiresAt
    user {
      id
      displayName
    }
  }
`);
void AuthPayloadFields;

export const Login = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...AuthPayloadFields
    }
  }
`);

export const Register = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      ...AuthPayloadFields
    }
  }
`);

export const Logout = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

export const Provinces = graphql(`
  query Provinces {
    provinces
  }
`);

export const AccountPage = graphql(`
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
`);

export const UpdateProfile = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
    }
  }
`);

export const ChangePassword = graphql(`
  mutation ChangePassword($current: String!, $next: String!) {
    changePassword(currentPassword: $current, newPassword: $next)
  }
`);

export const RequestEmailVerification = graphql(`
  mutation RequestEmailVerification {
    requestEmailVerification
  }
`);

export const VerifyEmail = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      id
    }
  }
`);

export const RequestPasswordReset = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ResetPassword = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, newPassword: $password)
  }
`);

export const MyComments = graphql(`
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
`);

export const MyData = graphql(`
  query MyData {
    myData
  }
`);

export const DeleteMyAccount = graphql(`
  mutation DeleteMyAccount($password: String!) {
    deleteMyAccount(password: $password)
  }
`);
