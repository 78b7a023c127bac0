import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './error-code';
import { toClientError } from './to-client-error';

/** A GraphQLError Apollo raised itself with a 4xx status (extensions.http.status). */
function isClientProtocolError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.originalError) return false;
  const status = (error.extensions?.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

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

/** graphql-js appends these to unknown fields, arguments, types and enum values (literal or variable). */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

export interface GraphqlErrorFormatterOptions {
  /** Drop "Did you mean …?" from every message (production: they reveal the schema). */
  hideSuggestions?: boolean;
}

/**
 * Apollo `formatError`: domain errors keep their code and message, protocol errors keep
 * Apollo's code, everything else is an opaque INTERNAL_SERVER_ERROR (logged by `onInternal`).
 * Stack traces are stripped in production by Apollo (includeStacktraceInErrorResponses).
 */
export function createGraphqlErrorFormatter(
  onInternal: (error: unknown) => void,
  options: GraphqlErrorFormatterOptions = {},
) {
  const format = createFormatter(onInternal);
  if (!options.hideSuggestions) return format;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = format(formatted, error);
    const message = result.message.replace(SUGGESTION, '');
    return message === result.message ? result : { ...result, message };
  };
}

function createFormatter(onInternal: (error: unknown) => void) {
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
    if (isClientProtocolError(error)) {
      // Apollo's own refusals of a request (a persisted query whose hash does not match, …)
      // carry an HTTP 4xx status and no code: the client's mistake, not ours.
      return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
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
