import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Viewer } from '@thamvan/core';
import { ClientIp } from '../common/client-ip.decorator';
import { CurrentUser } from '../common/current-user.decorator';
import { UserObject } from '../users/dto/user.object';
import { AccountRecoveryService } from './account-recovery.service';

@Resolver()
export class AccountRecoveryResolver {
  constructor(private readonly recovery: AccountRecoveryService) {}

  @Mutation(() => UserObject, {
    description: 'Confirms the e-mail address with the mailed token (single use, 24 h).',
  })
  verifyEmail(@Args('token') token: string): Promise<UserObject> {
    return this.recovery.verifyEmail(token);
  }

  @Mutation(() => Boolean, { description: 'Mails a new verification token to the signed-in account.' })
  requestEmailVerification(@CurrentUser() viewer: Viewer): Promise<boolean> {
    return this.recovery.requestEmailVerification(viewer);
  }

  @Mutation(() => Boolean, {
    description:
      'Mails a reset token if the address has an account. Always true: never reveals whether it does.',
  })
  requestPasswordReset(@Args('email') email: string, @ClientIp() ip: string): Promise<boolean> {
    return this.recovery.requestPasswordReset(email, ip);
  }

  @Mutation(() => Boolean, {
    description: 'Sets a new password with the mailed token (single use, 1 h); ends every session.',
  })
  resetPassword(@Args('token') token: string, @Args('newPassword') newPassword: string): Promise<boolean> {
    return this.recovery.resetPassword(token, newPassword);
  }
}
