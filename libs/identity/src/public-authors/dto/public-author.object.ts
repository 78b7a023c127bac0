import { Field, ObjectType } from '@nestjs/graphql';
import { AuthorKind } from '../../users/dto/identity.enums';

/**
 * Everything the public may know about who wrote something: no id, e-mail or contact.
 * Deleted accounts show as "Người dùng đã xóa".
 */
@ObjectType('PublicAuthor', { description: 'The author of a comment, as the public sees them.' })
export class PublicAuthorObject {
  @Field({ description: 'Name shown on comments.' })
  displayName: string;

  @Field(() => AuthorKind, { description: 'Person or organisation.' })
  kind: AuthorKind;

  @Field(() => String, { nullable: true, description: 'Organisation name, for organisations.' })
  organizationName: string | null;

  @Field(() => String, { nullable: true, description: 'Provincial-level unit, when given.' })
  province: string | null;

  @Field({ description: 'True when the author confirmed their e-mail address or electronic ID.' })
  verified: boolean;
}
