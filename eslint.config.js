import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    // The pure core must stay free of HTTP, SQL and UI so it runs anywhere and tests exhaustively.
    files: ['src/**/core/**/*.ts', 'src/programmes/versions/**', 'src/scoring/frameworks/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'fastify*',
            '@fastify/*',
            'pg',
            '@electric-sql/*',
            'react*',
            'antd',
            '**/platform/db/**',
            '**/platform/http/**',
          ],
        },
      ],
    },
  },
  {
    // src/platform is domain-free plumbing: it imports no domain (and not the composition root).
    files: ['src/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(\\.\\./)+(accounts|applications|audit|cycles|demo|draws|eligibility|experts|organisations|programmes|reference|scoring|server|reviews|committee|notices|awards|supervision)/',
              message:
                'src/platform is domain-free: move the code into the domain, or pass what it needs in.',
            },
          ],
        },
      ],
    },
  },
  {
    // The pure core and the kernel run anywhere (the web app imports them): no Node.js, SQL,
    // HTTP or repositories.
    files: ['src/*/core/**/*.ts', 'src/platform/kernel/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:*',
            'fastify*',
            '@fastify/*',
            'pg',
            '@electric-sql/*',
            'react*',
            'antd',
            '**/platform/db/**',
            '**/platform/http/**',
            '**/*-repository.js',
          ],
        },
      ],
    },
  },
  {
    // The kernel is part of platform: besides the above, no domain either.
    files: ['src/platform/kernel/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', '**/platform/db/**', '**/platform/http/**'],
              message: 'The kernel runs in browsers.',
            },
            {
              regex:
                '^(\\.\\./)+(accounts|applications|audit|cycles|demo|draws|eligibility|experts|organisations|programmes|reference|scoring|server|reviews|committee|notices|awards|supervision)/',
              message: 'The kernel is domain-free.',
            },
          ],
        },
      ],
    },
  },
  {
    // Routes hold no SQL and no transactions: repositories write SQL, use cases open transactions.
    files: ['src/*/*-routes.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/platform/db/**'], message: 'Routes hold no SQL: use a repository or a use case.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='transaction']",
          message: 'Routes open no transactions: a use case does.',
        },
        {
          selector: "CallExpression[callee.property.name='query']",
          message: 'Routes hold no SQL: a repository does.',
        },
      ],
    },
  },
  {
    // The web calls the API through the client typed by the generated document (typedApi, useApi,
    // typedPath): a change of the server's schema breaks the typecheck (issue 7).
    files: ['web/src/**/*.{ts,tsx}'],
    ignores: [
      'web/src/api/useApiData.ts',
      'web/src/api/queryApiData.tsx',
      'web/src/api/useApi.ts',
      'web/src/components/SearchSelect.tsx',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/useApiData.js', './useApiData.js'],
              importNames: ['useApiData'],
              message: "Untyped GET: use useApi('/api/…', { path, query }) from api/useApi.js.",
            },
            {
              group: ['**/client.js', './client.js'],
              importNames: ['api'],
              message: "Untyped call: use answer(typedApi.GET|POST|PUT|PATCH('/api/…', …)).",
            },
          ],
        },
      ],
    },
  },
);
