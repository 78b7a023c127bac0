import { BadRequestException, ForbiddenException, InternalServerErrorException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { BadInputError, DomainError, RateLimitedError } from './domain-error';
import { ErrorCode } from './error-code';
import { createGraphqlErrorFormatter } from './graphql-error-formatter';
import { toClientError } from './to-client-error';

describe(toClientError.name, () => {
  it('keeps domain codes, messages and safe details', () => {
    expect(toClientError(new BadInputError('body is empty', 'body'))).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      message: 'body is empty',
      details: { field: 'body' },
    });
    expect(toClientError(new RateLimitedError(30))?.details).toEqual({ retryAfterSeconds: 30 });
  });

  it('maps Nest HTTP exceptions, joining validation messages', () => {
    expect(toClientError(new BadRequestException(['first must be positive', 'after is invalid']))).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      message: 'first must be positive; after is invalid',
    });
    expect(toClientError(new ForbiddenException())?.code).toBe(ErrorCode.FORBIDDEN);
    expect(toClientError(new InternalServerErrorException('db password is x'))).toEqual({
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      message: 'Internal server error',
    });
  });

  it('leaves unknown errors to the caller', () => {
    expect(toClientError(new Error('relation "x" does not exist'))).toBeUndefined();
  });
});

describe('GraphQL error formatter', () => {
  const internal: unknown[] = [];
  const format = createGraphqlErrorFormatter((e) => internal.push(e));

  it('turns unexpected errors into an opaque INTERNAL_SERVER_ERROR and logs the original', () => {
    const original = new Error('duplicate key value violates unique constraint "user_email_key"');
    const formatted = format(
      { message: original.message, path: ['register'] },
      new GraphQLError(original.message, { originalError: original }),
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['register'],
      locations: undefined,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    });
    expect(internal).toContain(original);
  });

  it('keeps the code of a domain error thrown in a resolver', () => {
    const original = new DomainError(ErrorCode.CONSULTATION_CLOSED, 'The consultation closed on 1 Dec');
    const formatted = format(
      { message: original.message },
      new GraphQLError(original.message, { originalError: original }),
    );
    expect(formatted.extensions).toEqual({ code: 'CONSULTATION_CLOSED' });
    expect(formatted.message).toBe('The consultation closed on 1 Dec');
  });
});
