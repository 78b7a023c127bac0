import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents from the committed schema (the public contract). The output in app/gql/
// is committed; test/web/codegen.test.ts fails when it is stale (`npm run codegen -w @thamvan/web`).
const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: ['app/**/*.ts', 'app/**/*.tsx', '!app/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'app/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents are plain strings sent with fetch: no GraphQL client library at run time.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: 'string', JSON: 'unknown' },
        avoidOptionals: { field: true, inputValue: false, object: false },
      },
    },
  },
};
export default config;
