import type { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLNamedType,
  GraphQLSchema,
  isCompositeType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  valueFromAST,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination/page-size';

/**
 * What a field's sub-selection costs, as graphql-armor's cost limit counts it (so the limit
 * kept its meaning when this replaced it): a leaf 1, an object 2 plus 1.5 × what it selects,
 * times the page size when the field takes one.
 */
const SCALAR_COST = 1;
const OBJECT_COST = 2;
const DEPTH_FACTOR = 1.5;

/** Arguments (or fields of an input argument, as `searchComments(input: { first })`) that size a page. */
const PAGE_ARGUMENTS = new Set(['first', 'last']);

export interface CostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** As the client sent them; coerced here the way execution will coerce them. */
  variables: Record<string, unknown> | undefined;
}

/**
 * The cost of an operation with the page sizes it will really get: literal, from a variable
 * (or the variable's default), or the argument's default when omitted, each clamped to
 * MAX_PAGE_SIZE as pageSize() clamps it. graphql-armor read literal integers only, so
 * `first: $n` (and an omitted `first`, which returns 20) cost as much as a single item.
 * Returns undefined when the variables do not coerce: execution refuses them anyway.
 */
export function queryCost({ schema, document, operation, variables }: CostInput): number | undefined {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const counter = new CostCounter(schema, fragments, coerced.coerced);
  return counter.selections(operation.selectionSet, root, 1);
}

class CostCounter {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  /** Sum over a selection set; `factor` is DEPTH_FACTOR below the root, 1 at the root. */
  selections(
    set: SelectionSetNode,
    parent: GraphQLNamedType,
    factor: number,
    seen = new Set<string>(),
  ): number {
    let cost = 0;
    for (const selection of set.selections) {
      switch (selection.kind) {
        case Kind.FIELD:
          cost += factor * this.field(selection, parent);
          break;
        case Kind.INLINE_FRAGMENT: {
          const type = selection.typeCondition
            ? (this.schema.getType(selection.typeCondition.name.value) ?? parent)
            : parent;
          cost += this.selections(selection.selectionSet, type, factor, seen);
          break;
        }
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          const fragment = this.fragments.get(name);
          // Cycles are refused by validation before we run; `seen` only guards the recursion.
          if (!fragment || seen.has(name)) break;
          const type = this.schema.getType(fragment.typeCondition.name.value) ?? parent;
          cost += this.selections(fragment.selectionSet, type, factor, new Set(seen).add(name));
          break;
        }
      }
    }
    return cost;
  }

  private field(node: FieldNode, parent: GraphQLNamedType): number {
    const name = node.name.value;
    if (name.startsWith('__')) return name === '__typename' ? SCALAR_COST : 0;
    if (!node.selectionSet) return SCALAR_COST;
    const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
    const type = definition ? getNamedType(definition.type) : undefined;
    const children = this.selections(
      node.selectionSet,
      type && isCompositeType(type) ? type : parent,
      DEPTH_FACTOR,
    );
    return (OBJECT_COST + children) * (definition ? this.pageSize(node, definition) : 1);
  }

  /** The page this field returns at most: its `first`/`last`, or `input.first`, clamped; else 1. */
  private pageSize(node: FieldNode, field: GraphQLField<unknown, unknown>): number {
    let size = 1;
    for (const arg of field.args) {
      const argNode = node.arguments?.find((a) => a.name.value === arg.name);
      const value = argNode ? valueFromAST(argNode.value, arg.type, this.variables) : arg.defaultValue;
      const type = getNullableType(arg.type);
      if (PAGE_ARGUMENTS.has(arg.name)) size = Math.max(size, pageOf(value, arg.defaultValue));
      else if (isInputObjectType(type)) size = Math.max(size, inputPageSize(type, value));
    }
    return size;
  }
}

function inputPageSize(type: GraphQLInputObjectType, value: unknown): number {
  if (typeof value !== 'object' || value === null) return 1;
  let size = 1;
  for (const [name, field] of Object.entries(type.getFields())) {
    if (!PAGE_ARGUMENTS.has(name)) continue;
    const given = (value as Record<string, unknown>)[name];
    size = Math.max(size, pageOf(given, field.defaultValue));
  }
  return size;
}

/** As pageSize() reads it: absent or null is the default (20 unless the schema says otherwise). */
function pageOf(value: unknown, schemaDefault: unknown): number {
  const given = value ?? schemaDefault ?? DEFAULT_PAGE_SIZE;
  return typeof given === 'number' && Number.isFinite(given)
    ? Math.min(Math.max(given, 1), MAX_PAGE_SIZE)
    : 1;
}

/**
 * Refuses, before execution, an operation whose cost with its variables is over `maxCost`:
 * HTTP 400 and GRAPHQL_VALIDATION_FAILED, as for the depth and alias limits. Apollo resolves
 * the operation (and its cached, validated document) first, so this costs one walk of the
 * document per request.
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return Promise.resolve();
          const cost = queryCost({ schema, document, operation, variables: request.variables });
          if (cost !== undefined && cost > maxCost) {
            throw new GraphQLError(
              `Query cost limit of ${maxCost} exceeded, found ${Math.round(cost)} ` +
                `(a page counts as the size it gets: first/last up to ${MAX_PAGE_SIZE}, its default when omitted)`,
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
