import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '@thamvan/core';
import GraphQLJSON from 'graphql-type-json';
import { ClientIp } from '../common/client-ip.decorator';
import { CurrentUser } from '../common/current-user.decorator';
import { PersonalDataService } from './personal-data.service';

@Resolver()
export class PersonalDataResolver {
  constructor(private readonly personalData: PersonalDataService) {}

  @Query(() => GraphQLJSON, {
    description: 'Everything stored about the signed-in person, as one JSON object (personal-data law).',
  })
  myData(@CurrentUser() viewer: Viewer): Promise<Record<string, unknown>> {
    return this.personalData.myData(viewer);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes the account: e-mail, password and profile are erased; comments stay public as "Người dùng đã xóa".',
  })
  deleteMyAccount(
    @CurrentUser() viewer: Viewer,
    @Args('password') password: string,
    @ClientIp() ip: string,
  ): Promise<boolean> {
    return this.personalData.deleteMyAccount(viewer, password, ip);
  }
}
