// Layers point inward: domain <- services <- store, import, cli. The domain is pure.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'crypto', 'os', 'stream', 'zlib', 'child_process'];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'lib', 'plenary-data', 'test-artifacts', '.tmp', 'vite.config.ts'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'domain/ is pure: no I/O.' },
            {
              group: ['**/services/**', '**/store/**', '**/import/**', '**/cli/**', 'kysely', 'pg', '@electric-sql/*'],
              message: 'domain/ depends on nothing outside itself.',
            },
          ],
        },
      ],
    },
  },
  {
    // The analysis engine is pure too: matrices in, figures out; the store hands it the ballots.
    files: ['src/analysis/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'analysis/ is pure: no I/O.' },
            {
              group: [
                '**/services/**',
                '**/store/**',
                '**/import/**',
                '**/cli/**',
                '**/api/**',
                'kysely',
                'pg',
                '@electric-sql/*',
              ],
              message: 'analysis/ depends on the domain only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Services own their ports (src/services/*ports.ts) and the adapters satisfy them: a service
    // imports nothing from an adapter, not even a type.
    files: ['src/services/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/store/**', '**/import/**', '**/cli/**', '**/api/**', 'pg', '@electric-sql/*', 'kysely'],
              message: 'services/ declare the ports they take; adapters satisfy them, never the other way round.',
            },
          ],
        },
      ],
    },
  },
  {
    // The browser app talks to the API only; it may use pure domain helpers.
    files: ['src/web/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/store/**',
                '**/import/**',
                '**/cli/**',
                '**/api/**',
                '**/services/**',
                'kysely',
                'pg',
                '@electric-sql/*',
                'fastify',
              ],
              message:
                'web/ talks to the API over HTTP; its types are generated from the OpenAPI document (api-schema.d.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/store/**/*.ts', 'src/import/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/cli/**'], message: 'adapters do not depend on the CLI.' }],
        },
      ],
    },
  },
);
