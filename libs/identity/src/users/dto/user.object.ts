import { Field, HideField, ID, ObjectType } from '@nestjs/graphql';
import { AgencyMembershipObject } from '../../agencies/dto/agency-membership.object';
import { UserEntity } from '../entities/user.entity';
import { AuthorKind, Role, VerificationLevel } from './identity.enums';

/**
 * An account as its owner (and administrators) see it. There is no public user query:
 * other people only ever see a PublicAuthor. `email` is checked once more where it is
 * resolved (UsersResolver.email).
 */
@ObjectType('User', { description: 'An account, as seen by its owner or an administrator.' })
export class UserObject {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => String, { description: 'E-mail address; only for the account holder and administrators.' })
  email: string;

  @Field({ description: 'Name shown on comments.' })
  displayName: string;

  @Field(() => AuthorKind, { description: 'Person or organisation.' })
  kind: AuthorKind;

  @Field(() => String, {
    nullable: true,
    description: 'Name of the organisation, for ORGANIZATION accounts.',
  })
  organizationName: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Provincial-level unit (one of the 34 since 1 July 2025).',
  })
  province: string | null;

  @Field(() => [Role], { description: 'Global roles; always includes CITIZEN.' })
  roles: Role[];

  @Field({ description: 'True once the e-mail address has been confirmed.' })
  emailVerified: boolean;

  @Field(() => VerificationLevel, { description: 'How far the account holder is verified.' })
  verificationLevel: VerificationLevel;

  @Field(() => [AgencyMembershipObject], { description: 'Agency roles held (officers only).' })
  memberships?: AgencyMembershipObject[];

  @Field({
    description:
      'Whether the account holder is mailed when the drafting agency answers one of their comments (verified e-mail addresses only).',
  })
  notifyOnAnswers: boolean;

  @Field({ description: 'When the account was created.' })
  createdAt: Date;

  /**
   * Set when the response goes to the account holder who has just proven who they are
   * (register, login, verifyEmail): such requests carry no access token yet.
   */
  @HideField()
  issuedToOwner: boolean;
}

export function toUserObject(entity: UserEntity, issuedToOwner = false): UserObject {
  return {
    id: entity.id,
    email: entity.email ?? '',
    displayName: entity.displayName,
    kind: entity.kind as AuthorKind,
    organizationName: entity.organizationName,
    province: entity.province,
    roles: entity.roles as Role[],
    emailVerified: entity.emailVerifiedAt !== null,
    verificationLevel: entity.verificationLevel as VerificationLevel,
    notifyOnAnswers: entity.notifyAnswers,
    createdAt: entity.createdAt,
    issuedToOwner,
  };
}
