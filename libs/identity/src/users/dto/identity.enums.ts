import { registerEnumType } from '@nestjs/graphql';

/** GraphQL enums of identity; their values equal what the database stores. */
export enum Role {
  CITIZEN = 'CITIZEN',
  MODERATOR = 'MODERATOR',
  ADMIN = 'ADMIN',
}

/** The global roles an administrator grants and revokes (CITIZEN is every account's). */
export enum GrantableRole {
  MODERATOR = 'MODERATOR',
  ADMIN = 'ADMIN',
}

export enum AgencyRole {
  EDITOR = 'EDITOR',
  RESPONDER = 'RESPONDER',
}

export enum AuthorKind {
  INDIVIDUAL = 'INDIVIDUAL',
  ORGANIZATION = 'ORGANIZATION',
}

export enum VerificationLevel {
  NONE = 'NONE',
  EMAIL = 'EMAIL',
  EID = 'EID',
}

export enum AgencyKind {
  MINISTRY = 'MINISTRY',
  PROVINCE = 'PROVINCE',
  NATIONAL_ASSEMBLY = 'NATIONAL_ASSEMBLY',
  OTHER = 'OTHER',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'Global role. Everyone is a CITIZEN; moderators and administrators hold more.',
  valuesMap: {
    CITIZEN: { description: 'Reads, comments and reacts (every account).' },
    MODERATOR: { description: 'Reviews flagged and held comments.' },
    ADMIN: { description: 'Manages agencies, their officers and accounts.' },
  },
});
registerEnumType(GrantableRole, {
  name: 'GrantableRole',
  description: 'A global role administrators grant and revoke (grantRole, revokeRole).',
});
registerEnumType(AgencyRole, {
  name: 'AgencyRole',
  description: 'Role of an officer within one agency.',
  valuesMap: {
    EDITOR: { description: "Manages the agency's drafts and consultations." },
    RESPONDER: { description: "Answers comments on the agency's drafts." },
  },
});
registerEnumType(AuthorKind, {
  name: 'AuthorKind',
  description: 'Whether an account speaks for a person or an organisation.',
});
registerEnumType(VerificationLevel, {
  name: 'VerificationLevel',
  description: 'How far the account holder is verified: not at all, by e-mail, or by electronic ID.',
});
registerEnumType(AgencyKind, {
  name: 'AgencyKind',
  description: 'What kind of body an agency is.',
});
