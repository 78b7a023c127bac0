import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ViewerAuthenticator } from '../auth/viewer-authenticator';
import { AppConfig } from '../config/app-config';
import { RequestLoaders } from '../dataloader/request-loaders';
import { createGraphqlErrorFormatter } from '../errors/graphql-error-formatter';
import { GraphqlContext } from './graphql-context';
import { cleanTextArguments } from './clean-text-arguments';
import { DateTimeScalar } from './date-time.scalar';
import { costLimitPlugin } from './query-cost';

/**
 * Query-shape limits. Generous enough for any real client screen (a thread three replies
 * deep with authors and reactions is depth ~10), small enough that one request cannot ask
 * the server for unbounded work.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 5000,
  costLimit: 50_000,
};

export function graphqlOptions(config: AppConfig, authenticator: ViewerAuthenticator): ApolloDriverConfig {
  const logger = new Logger('GraphQL');
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    // Armor's token limit re-parsed the document in a plugin and threw: every syntax error
    // became an HTTP 500. graphql-js counts tokens itself (parseOptions below).
    maxTokens: { enabled: false },
    // Armor's cost read literal page sizes only; costLimitPlugin counts variables and defaults.
    costLimit: { enabled: false },
    // Armor masked suggestions in validation errors only; the error formatter masks them all.
    blockFieldSuggestion: { enabled: false },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // Every Date in the schema is the strict DateTime (calendar-checked inputs).
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    // Every String/ID argument is cleaned (cleanInputText) before a resolver sees it.
    transformSchema: cleanTextArguments,
    introspection: !config.isProduction,
    playground: false,
    graphiql: !config.isProduction,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: !config.isProduction,
    // Apollo's default cache-control plugin wraps EVERY field resolver to compute HTTP cache
    // hints we never set (no @cacheControl; answers are per viewer): off, so fields resolve directly.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ...plugins,
      costLimitPlugin(GRAPHQL_LIMITS.costLimit),
    ],
    validationRules,
    // Over the limit is a syntax error (GRAPHQL_PARSE_FAILED, HTTP 400), like any unparsable document.
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    formatError: createGraphqlErrorFormatter(
      (error) => logger.error({ err: error }, 'unexpected error in GraphQL request'),
      // "Did you mean …?" hints (fields, arguments, enum values, in literals and variables)
      // reveal the schema: off in production, with introspection.
      { hideSuggestions: config.isProduction },
    ),
    context: async ({ req, res }: { req: Request; res: Response }): Promise<GraphqlContext> => {
      const ctx: GraphqlContext = {
        req,
        res,
        requestId: String((req as Request & { id?: string }).id ?? ''),
        loaders: new RequestLoaders(),
        viewer: null,
      };
      try {
        ctx.viewer = await authenticator.authenticateRequest(req);
      } catch (error) {
        ctx.authError = error instanceof Error ? error : new Error(String(error));
      }
      return ctx;
    },
  };
}
