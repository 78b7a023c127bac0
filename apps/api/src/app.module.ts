import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { AppConfig, CoreModule, graphqlOptions, ServerInfoResolver } from '@thamvan/core';
import { HealthModule } from './health/health.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Run the outbox relay in this process (true for `npm start`, false when a worker runs it). */
  runRelay: boolean;
}

/** The API process: GraphQL, REST exports, health, socket.io; plus the relay in `npm start`. */
@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot({
          config: options.config,
          databaseUrl: options.databaseUrl,
          relay: { enabled: options.runRelay },
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...graphqlOptions(options.config),
        }),
        HealthModule,
      ],
      providers: [ServerInfoResolver],
    };
  }
}
