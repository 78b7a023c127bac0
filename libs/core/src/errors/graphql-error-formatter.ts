import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './error-code';
import { toClientError } from './to-client-error';

/** Codes that graphql-js / Apollo assign themselves for malformed operations. */
const PROTOCOL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * Apollo `formatError`: domain errors keep their code and message, protocol errors keep
 * Apollo's code, everything else is an opaque INTERNAL_SERVER_ERROR (logged by `onInternal`).
 * Stack traces are stripped in production by Apollo (includeStacktraceInErrorResponses).
 */
export function createGraphqlErrorFormatter(onInternal: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Resolver, guard and pipe errors reach us wrapped in a GraphQLError; judge the original.
    const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
    const client = toClientError(original);
    if (client) {
      return {
        message: client.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { ...client.details, code: client.code },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PROTOCOL_CODES.has(code)) {
      // Depth/alias limits (graphql-armor) and syntax errors are the client's input errors.
      return formatted;
    }
    onInternal(original);
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
