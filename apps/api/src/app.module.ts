import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import {
  AppConfig,
  CoreModule,
  graphqlOptions,
  ServerInfoResolver,
  ViewerAuthenticator,
} from '@thamvan/core';
import { DraftsModule } from '@thamvan/drafts';
import { FeedbackModule } from '@thamvan/feedback';
import { IdentityModule } from '@thamvan/identity';
import { LiveModule } from '@thamvan/live';
import { ModerationModule } from '@thamvan/moderation';
import { SearchModule } from '@thamvan/search';
import { SynthesisModule } from '@thamvan/synthesis';
import { HealthModule } from './health/health.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Run the outbox relay in this process (true for `npm start`, false when a worker runs it). */
  runRelay: boolean;
}

/**
 * The API process: GraphQL, REST exports, health, socket.io; plus the relay in `npm start`.
 * Feature modules are listed in FEATURE_MODULES; the one that provides ViewerAuthenticator
 * (identity) is exported from there so GraphQL can resolve the viewer of every request.
 */
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
        IdentityModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          // Identity provides the JWT ViewerAuthenticator every request is resolved with.
          imports: [IdentityModule],
          inject: [AppConfig, ViewerAuthenticator],
          useFactory: (config: AppConfig, authenticator: ViewerAuthenticator) =>
            graphqlOptions(config, authenticator),
        }),
        HealthModule,
        DraftsModule,
        LiveModule,
        FeedbackModule,
        ModerationModule,
        SynthesisModule,
        SearchModule,
      ],
      providers: [ServerInfoResolver],
    };
  }
}
