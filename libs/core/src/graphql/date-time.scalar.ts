import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DATE_TIME_EXAMPLE, parseDateTime } from '../time/date-time';

function invalid(value: unknown): GraphQLError {
  const shown = typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeof value;
  return new GraphQLError(
    `DateTime must be a date-time such as ${DATE_TIME_EXAMPLE} (or a date, 2026-03-01), got ${shown}`,
  );
}

/**
 * `DateTime` for every field, argument and input of the schema (graphqlOptions maps `Date`
 * to it). Inputs are read by parseDateTime: an invalid or impossible date is refused while
 * the request is coerced (BAD_USER_INPUT for a variable, GRAPHQL_VALIDATION_FAILED for a
 * literal) instead of reaching PostgreSQL as Invalid Date (an INTERNAL_SERVER_ERROR).
 */
export const DateTimeScalar = new GraphQLScalarType<Date | null, string | null>({
  name: 'DateTime',
  description:
    'An instant, written in RFC 3339: 2019-12-03T09:54:33Z or 2019-12-03T16:54:33+07:00; answers are in UTC. ' +
    'Inputs may also be a date alone (midnight UTC); impossible dates such as 2026-02-30 are refused.',
  serialize(value) {
    return value instanceof Date ? value.toISOString() : null;
  },
  parseValue(value) {
    const parsed = typeof value === 'string' ? parseDateTime(value) : null;
    if (!parsed) throw invalid(value);
    return parsed;
  },
  parseLiteral(ast) {
    const parsed = ast.kind === Kind.STRING ? parseDateTime(ast.value) : null;
    if (!parsed) throw invalid(ast.kind === Kind.STRING ? ast.value : ast.kind);
    return parsed;
  },
});
