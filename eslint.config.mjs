// typescript-eslint with type information, for the bugs that matter in async server code:
// forgotten awaits, promises passed where callbacks are expected, non-exhaustive switches.
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '.data/**',
      'scripts/**',
      '**/*.js',
      '**/*.cjs',
      '*.mjs',
      'apps/web/build/**',
      'apps/web/.react-router/**',
      'apps/web/app/gql/**',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    // Tests and benches read raw rows and JSON bodies (`res.body.data…`) as they come: typing
    // each would restate the schema in every test. The application's own code keeps the
    // no-unsafe-* rules: its queries say their row type (`query<Row[]>(…)`).
    files: ['**/*.spec.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // A library is used through its public surface (`@thamvan/<lib>`, its index.ts), inside
    // itself through relative paths: a deep import couples to another library's internals.
    // Core has a second surface, `@thamvan/core/pure` (errors and text rules, no framework),
    // for code that runs in worker threads.
    files: ['libs/**/*.ts', 'apps/api/**/*.ts', 'apps/worker/**/*.ts', 'apps/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@thamvan/*/**', '!@thamvan/core/pure'],
              message:
                "Import another library through its public surface: '@thamvan/<lib>' (add the export to its index.ts).",
            },
          ],
        },
      ],
    },
  },
  {
    // Moderation works on comments through feedback's surface; feedback applies moderation's
    // rules (screening, flood, decisions) from the leaf @thamvan/moderation-rules, never from
    // moderation itself, so the two do not depend on each other.
    files: ['libs/feedback/**/*.ts', 'libs/moderation-rules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@thamvan/moderation',
              message: "Moderation depends on feedback: take the rule from '@thamvan/moderation-rules'.",
            },
          ],
          patterns: [
            {
              group: ['@thamvan/*/**', '!@thamvan/core/pure'],
              message:
                "Import another library through its public surface: '@thamvan/<lib>' (add the export to its index.ts).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/moderation-rules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['@thamvan/moderation', '@thamvan/feedback'].map((name) => ({
            name,
            message: 'moderation-rules is a leaf under feedback and moderation: it imports neither.',
          })),
          patterns: [{ group: ['@thamvan/*/**', '!@thamvan/core/pure'], message: 'Public surfaces only.' }],
        },
      ],
    },
  },
  {
    // React Router's way to stop a loader or action with an HTTP answer is to throw it
    // (`throw redirect(...)`, `throw data(null, { status: 404 })`).
    files: ['apps/web/app/**/*.ts', 'apps/web/app/**/*.tsx'],
    rules: { '@typescript-eslint/only-throw-error': 'off' },
  },
  prettier,
);
