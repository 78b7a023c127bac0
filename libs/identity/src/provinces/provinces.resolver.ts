import { Query, Resolver } from '@nestjs/graphql';
import { PROVINCE_NAMES } from './provinces';

@Resolver()
export class ProvincesResolver {
  @Query(() => [String], {
    description: 'The 34 provincial-level units in force since 1 July 2025, as stored on accounts.',
  })
  provinces(): readonly string[] {
    return PROVINCE_NAMES;
  }
}
