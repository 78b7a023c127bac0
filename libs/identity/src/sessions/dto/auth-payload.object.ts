import { Field, ObjectType } from '@nestjs/graphql';
import { UserObject } from '../../users/dto/user.object';

@ObjectType('AuthPayload', { description: 'A new session: keep the refresh token secret.' })
export class AuthPayloadObject {
  @Field({ description: 'JWT for `Authorization: Bearer …`; valid for 15 minutes.' })
  accessToken: string;

  @Field({ description: 'Opaque, single-use token for refreshSession; valid for 30 days.' })
  refreshToken: string;

  @Field({ description: 'When the access token expires.' })
  accessTokenExpiresAt: Date;

  @Field(() => UserObject, { description: 'The signed-in account.' })
  user: UserObject;
}
