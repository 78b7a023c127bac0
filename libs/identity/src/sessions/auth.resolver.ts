import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Viewer } from '@thamvan/core';
import { ClientIp } from '../common/client-ip.decorator';
import { CurrentUser } from '../common/current-user.decorator';
import { RegisterInput } from '../users/dto/register.input';
import { AuthService } from './auth.service';
import { AuthPayloadObject } from './dto/auth-payload.object';
import { LoginInput } from './dto/login.input';
import { SessionsService } from './sessions.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
  ) {}

  @Mutation(() => AuthPayloadObject, {
    description: 'Creates an account and signs in; a verification mail follows. Rate-limited per IP.',
  })
  register(@Args('input') input: RegisterInput, @ClientIp() ip: string): Promise<AuthPayloadObject> {
    return this.auth.register(input, ip);
  }

  @Mutation(() => AuthPayloadObject, {
    description: 'Signs in. Failed attempts are limited per account and per IP (RATE_LIMITED).',
  })
  login(@Args('input') input: LoginInput, @ClientIp() ip: string): Promise<AuthPayloadObject> {
    return this.auth.login(input, ip);
  }

  @Mutation(() => AuthPayloadObject, {
    description:
      'Trades a refresh token for new tokens. Each refresh token works once; reusing one ends its session.',
  })
  refreshSession(@Args('refreshToken') refreshToken: string): Promise<AuthPayloadObject> {
    return this.sessions.refresh(refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Ends the session of this refresh token (and its access tokens).' })
  logout(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    return this.sessions.logout(refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Changes the password and ends every session; sign in again.' })
  changePassword(
    @CurrentUser() viewer: Viewer,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @ClientIp() ip: string,
  ): Promise<boolean> {
    return this.auth.changePassword(viewer, currentPassword, newPassword, ip);
  }
}
