import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Clock } from '../clock/clock';

@ObjectType({ description: 'Facts about the server a client may need.' })
export class ServerInfo {
  @Field({
    description: 'The server clock; consultation windows are enforced on it, not on the client clock.',
  })
  time: Date;

  @Field({ description: 'Version of the thamvan server.' })
  version: string;
}

@Resolver(() => ServerInfo)
export class ServerInfoResolver {
  constructor(private readonly clock: Clock) {}

  @Query(() => ServerInfo, { description: 'Server clock and version.' })
  serverInfo(): ServerInfo {
    return { time: this.clock.now(), version: process.env.npm_package_version ?? '0.1.0' };
  }
}
