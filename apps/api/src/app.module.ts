import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import {
  AnonymousAuthenticator,
  AppConfig,
  CoreModule,
  graphqlOptions,
  ServerInfoResolver,
  ViewerAuthenticator,
} from '@thamvan/core';
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
        AuthBindingModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthBindingModule],
          inject: [AppConfig, ViewerAuthenticator],
          useFactory: (config: AppConfig, authenticator: ViewerAuthenticator) =>
            graphqlOptions(config, authenticator),
        }),
        HealthModule,
      ],
      providers: [ServerInfoResolver],
    };
  }
}

/** Binds how requests are authenticated; identity replaces the anonymous binding. */
@Module({
  providers: [{ provide: ViewerAuthenticator, useClass: AnonymousAuthenticator }],
  exports: [ViewerAuthenticator],
})
class AuthBindingModule {}
