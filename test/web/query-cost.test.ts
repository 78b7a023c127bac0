import { buildSchema, Kind, OperationDefinitionNode, parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GRAPHQL_LIMITS } from '@thamvan/core';
import { queryCost } from '@thamvan/core/graphql/query-cost';
import * as documents from '../../apps/web/app/gql/graphql';

/**
 * Every document the web client sends fits the API's query cost limit, counted as the API
 * counts it (page sizes included), with room to spare: a field added to CommentFields must not
 * make thread pages fail in production.
 */
describe('web: the cost of the documents pages send', () => {
  const schema = buildSchema(readFileSync(join(__dirname, '../../schema.graphql'), 'utf8'));
  const id = '00000000-0000-4000-8000-000000000000';
  // The largest values the pages pass (PAGE_SIZE 20, searches of 20).
  const variables = {
    id,
    draftId: id,
    from: id,
    to: id,
    key: 'dieu-1',
    number: 1,
    first: 20,
    input: { q: 'a', first: 20 },
  };
  const operations = Object.entries(documents).filter(([name]) => name.endsWith('Document'));

  it.each(operations)('%s costs at most 90 %% of the limit', (_name, document) => {
    const parsed = parse(String(document));
    const operation = parsed.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    )!;
    const relevant = Object.fromEntries(
      (operation.variableDefinitions ?? []).map((v) => [
        v.variable.name.value,
        (variables as Record<string, unknown>)[v.variable.name.value],
      ]),
    );
    const cost = queryCost({ schema, document: parsed, operation, variables: relevant });
    expect(cost ?? 0).toBeLessThanOrEqual(GRAPHQL_LIMITS.costLimit * 0.9);
  });
});
