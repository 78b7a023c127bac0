import { BadInputError } from '@thamvan/core';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';

type Constructor<T> = new () => T;

/**
 * Checks an input's class-validator rules and returns a typed instance. Services call it
 * themselves, after their authorisation checks: the API has no global ValidationPipe, so a
 * caller who may not use an operation at all is told UNAUTHENTICATED/FORBIDDEN, never what
 * was wrong with the input (CONTRACT.md). Type-level shape errors (a missing non-null field,
 * an unknown enum value) are still GraphQL's own and come first.
 */
export async function validateInput<T extends object>(type: Constructor<T>, value: unknown): Promise<T> {
  const instance = plainToInstance(type, value ?? {});
  const errors = await validate(instance, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) {
    const first = firstMessage(errors[0]);
    throw new BadInputError(first.message, first.field);
  }
  return instance;
}

function firstMessage(error: ValidationError, prefix = ''): { message: string; field: string } {
  const field = prefix ? `${prefix}.${error.property}` : error.property;
  const constraint = error.constraints ? Object.values(error.constraints)[0] : undefined;
  if (constraint) return { message: constraint, field };
  const child = error.children?.[0];
  return child ? firstMessage(child, field) : { message: `${field} is invalid`, field };
}
