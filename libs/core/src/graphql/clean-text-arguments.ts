import {
  defaultFieldResolver,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputField,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { cleanInputText } from '../text/clean-text';

/**
 * Inputs left as the client typed them, each for a reason:
 *  - passwords (any name ending in "password"): compared and hashed exactly as typed, never
 *    stored or sent to PostgreSQL as text; cleaning them would change existing hashes;
 *  - `base64`: checked character by character by the strict decoder, and megabytes long;
 *  - `DraftSourceInput.text`: up to 10 MB, cleaned by the draft parser (normalizeText, which
 *    starts with cleanInputText) off the event loop, where the rest of the import runs.
 */
const RAW = [/password$/i, /^base64$/];
const RAW_FIELDS = new Set(['DraftSourceInput.text']);

type Cleaner = (value: unknown) => unknown;

function isText(type: GraphQLInputType): boolean {
  return isScalarType(type) && (type.name === 'String' || type.name === 'ID');
}

/**
 * Makes every text argument of the schema go through cleanInputText before any resolver
 * sees it: each field whose arguments hold a String or ID (directly, in lists, or anywhere in
 * an input object) gets its resolver wrapped; others are left untouched and cost nothing.
 * Driven by the schema, so a field added tomorrow is covered without anyone listing it, and
 * after GraphQL has coerced literals and variables alike.
 */
export function cleanTextArguments(schema: GraphQLSchema): GraphQLSchema {
  const memo = new Map<string, Cleaner | null>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) wrap(field, memo);
  }
  return schema;
}

function wrap(field: GraphQLField<unknown, unknown>, memo: Map<string, Cleaner | null>): void {
  const cleaners = field.args
    .filter((arg) => !isRaw(arg))
    .map((arg) => [arg.name, cleanerFor(arg.type, memo)] as const)
    .filter((entry): entry is readonly [string, Cleaner] => entry[1] !== null);
  if (!cleaners.length) return;
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args: Record<string, unknown>, context, info) => {
    const cleaned = { ...args };
    for (const [name, clean] of cleaners) {
      if (cleaned[name] !== undefined && cleaned[name] !== null) cleaned[name] = clean(cleaned[name]);
    }
    return resolve(source, cleaned, context, info);
  };
}

function isRaw(input: GraphQLArgument | GraphQLInputField, owner?: string): boolean {
  return (
    RAW.some((pattern) => pattern.test(input.name)) || (!!owner && RAW_FIELDS.has(`${owner}.${input.name}`))
  );
}

/** A function cleaning every text inside a value of `type`, or null when it holds none. */
function cleanerFor(
  type: GraphQLInputType,
  memo: Map<string, Cleaner | null>,
  building = new Set<string>(),
): Cleaner | null {
  if (isNonNullType(type)) return cleanerFor(type.ofType, memo, building);
  if (isListType(type)) {
    const inner = cleanerFor(type.ofType, memo, building);
    return (
      inner &&
      ((value) =>
        Array.isArray(value)
          ? (value as unknown[]).map((v) => (v === null || v === undefined ? v : inner(v)))
          : value)
    );
  }
  if (isText(type)) return (value) => (typeof value === 'string' ? cleanInputText(value) : value);
  if (!isInputObjectType(type)) return null;
  if (memo.has(type.name)) return memo.get(type.name) ?? null;
  if (building.has(type.name)) {
    // A recursive input type met again while its cleaner is being built: use the finished one.
    return (value) => memo.get(type.name)?.(value) ?? value;
  }
  building.add(type.name);
  const fields = Object.values(type.getFields())
    .filter((field) => !isRaw(field, type.name))
    .map((field) => [field.name, cleanerFor(field.type, memo, building)] as const)
    .filter((entry): entry is readonly [string, Cleaner] => entry[1] !== null);
  const cleaner: Cleaner | null = fields.length
    ? (value) => {
        if (typeof value !== 'object' || value === null) return value;
        const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
        for (const [name, clean] of fields) {
          if (copy[name] !== undefined && copy[name] !== null) copy[name] = clean(copy[name]);
        }
        return copy;
      }
    : null;
  building.delete(type.name);
  memo.set(type.name, cleaner);
  return cleaner;
}
