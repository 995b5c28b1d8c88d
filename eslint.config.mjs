// One ESLint config for the whole repository (after medplum's packages/eslint-config).
// The last blocks enforce the dependency direction between packages:
//   pharm ← rules ← fhir ← store ← api, with cli and web on top.
import js from '@eslint/js';
import globals from 'globals';
import jsdoc from 'eslint-plugin-jsdoc';
import tseslint from 'typescript-eslint';

const nodeBuiltins = {
  regex: '^node:|^(fs|path|os|child_process|http|https|net|crypto|url|worker_threads|process)(/|$)',
  message: 'The pure core does no I/O: Node built-ins are for adapters (store, api, cli).',
};
const adapters = (...names) => ({
  regex: `^(${names.map((n) => n.replace('/', '\\/')).join('|')})(\\/|$)`,
  message:
    'This import breaks the dependency direction pharm ← rules ← fhir ← store ← api (cli, web on top).',
});
const serverLibs = 'hono|@hono/.*|pg|kysely|@electric-sql/.*|pino|jose|@node-rs/.*|commander';

/** Builds a no-restricted-imports rule from pattern groups. */
const restrict = (...patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { jsdoc },
    rules: {
      curly: ['error', 'all'],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'jsdoc/require-hyphen-before-param-description': 'error',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: globals.node, parserOptions: { projectService: false } },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'scripts/**', 'packages/testkit/**', '**/*.config.ts'],
    rules: {
      '@typescript-eslint/explicit-module-boundary-types': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // Dependency direction. Tests may use the testkit and Node built-ins.
  {
    files: ['packages/pharm/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict({
        regex: '^[^.]',
        message: '@blockade/pharm has no dependencies: relative imports only.',
      }),
    },
  },
  {
    files: ['packages/rules/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(
        nodeBuiltins,
        adapters(
          '@blockade/fhir',
          '@blockade/store',
          '@blockade/api',
          '@blockade/cli',
          '@blockade/web',
        ),
        {
          regex: `^(${serverLibs})$`,
          message: 'Rules are pure: no HTTP, SQL or logging libraries.',
        },
      ),
    },
  },
  {
    files: ['packages/fhir/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(
        nodeBuiltins,
        adapters('@blockade/store', '@blockade/api', '@blockade/cli', '@blockade/web'),
        {
          regex: `^(${serverLibs})$`,
          message: 'FHIR mapping is pure: no HTTP, SQL or logging libraries.',
        },
      ),
    },
  },
  {
    files: ['packages/store/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(
        adapters('@blockade/api', '@blockade/cli', '@blockade/web'),
      ),
    },
  },
  {
    files: ['packages/api/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(adapters('@blockade/cli', '@blockade/web')),
    },
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': restrict(
        nodeBuiltins,
        adapters('@blockade/store', '@blockade/api', '@blockade/cli'),
        { regex: `^(${serverLibs})$`, message: 'The web app talks to the server over HTTP only.' },
      ),
    },
  },
);
