// ESLint (flat config): the recommended JavaScript and TypeScript rules, and the architecture's
// boundaries as import rules, so that CI fails a change that crosses one (docs/ARCHITECTURE.md).
import fs from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const moduleNames = fs.readdirSync(new URL('./src/modules', import.meta.url)).filter((name) => !name.includes('.'));

/**
 * The modules in layers, each above those before it: a module may import only modules listed before it,
 * so no import cycle can form between them (docs/ARCHITECTURE.md, "Modules"). A new module takes its
 * place here; a needed import up the list means something shared belongs lower (a field schema in
 * http/fields.ts, a type in db/ or commands/).
 */
const moduleLayers = [
  'organizations',
  'audit',
  'requests',
  'clock',
  'entities',
  'accounts',
  'webhooks',
  'decisions',
  'cards',
  'ledger',
  'authorizations',
  'members',
  'payees',
  'transfers',
  'simulations',
  'system',
];
const unlayered = moduleNames.filter((name) => !moduleLayers.includes(name));
if (unlayered.length > 0) throw new Error(`eslint.config.js: give src/modules/${unlayered.join(', ')} a place in moduleLayers`);
const layering = (name) => {
  const above = moduleLayers.slice(moduleLayers.indexOf(name) + 1);
  const message = `src/modules are layered (moduleLayers in eslint.config.js): ${name} may import only the modules listed before it.`;
  return above.length === 0 ? [] : [{ group: above.map((module) => `../${module}/*`), message }];
};

/**
 * One owner per table: a module's code other than its schema.ts (where foreign keys name other tables)
 * may not use another module's tables; it calls that module's service. Type imports of rows are fine.
 * test/system/table-owners.test.ts holds raw SQL to the same rule. Both kinds of file keep the layering.
 */
const tableOwnership = moduleNames.flatMap((name) => [
  {
    files: [`src/modules/${name}/*.ts`],
    ignores: [`src/modules/${name}/schema.ts`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*/schema.js', `!../${name}/schema.js`],
              allowTypeImports: true,
              message: `Another module's table: call its service (one owner per table, see docs/ARCHITECTURE.md).`,
            },
            ...layering(name),
          ],
        },
      ],
    },
  },
  {
    files: [`src/modules/${name}/schema.ts`],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['fastify'], message: 'Tables only.' }, ...layering(name)] }],
    },
  },
]);

/** Imports a folder may not make, with why. */
const boundary = (group, message) => ({ 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] });

export default tseslint.config(
  { ignores: ['dist/', 'sdk/dist/', 'node_modules/', 'test-results/', 'data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        performance: 'readonly',
        TextDecoder: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Pure code: no I/O, no framework, no module of the product.
    files: ['src/domain/**/*.ts'],
    rules: boundary(
      ['**/db/**', '**/http/**', '**/modules/**', '**/dashboard/**', 'fastify', 'drizzle-orm', 'drizzle-orm/*', 'pg'],
      'src/domain is pure: no I/O, no framework.',
    ),
  },
  {
    // The error catalog and the configuration are leaves everything may use.
    files: ['src/errors/**/*.ts', 'src/config.ts'],
    rules: boundary(['**/modules/**', '**/http/**', '**/db/**', '**/dashboard/**'], 'errors/ and config.ts depend on nothing of the product.'),
  },
  {
    // Routes are HTTP <-> service only: no SQL, no tables.
    files: ['src/modules/*/routes.ts'],
    rules: boundary(
      ['drizzle-orm', 'drizzle-orm/*', '**/schema.js', '!**/idempotency-schema.js'],
      'Routes call services; tables and SQL stay in services.',
    ),
  },
  ...tableOwnership,
  {
    // The dashboard reads and writes through the modules' services, never their tables (row types may
    // be named); so it and the API cannot drift apart.
    files: ['src/dashboard/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['drizzle-orm', 'drizzle-orm/*', '**/schema.js'],
              allowTypeImports: true,
              message: 'The dashboard uses services; tables and SQL stay in the modules.',
            },
          ],
        },
      ],
    },
  },
  {
    // The API does not reach into the dashboard.
    files: ['src/modules/**/*.ts', 'src/http/**/*.ts', 'src/db/**/*.ts', 'src/docs/**/*.ts', 'src/commands/**/*.ts', 'src/invariants/**/*.ts'],
    rules: boundary(['**/dashboard/**'], 'The dashboard uses the modules, never the other way round.'),
  },
  {
    // HTTP stays at the edge: services, commands and the database layer take plain values (an actor, a
    // time, a window), never a request; only routes and request/response schemas use src/http.
    files: ['src/modules/**/*.ts', 'src/commands/**/*.ts', 'src/db/**/*.ts'],
    ignores: ['src/modules/*/routes.ts', 'src/modules/*/*-routes.ts', 'src/modules/*/schemas.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/http/**', 'fastify'], message: 'Only routes and schemas use src/http: pass the service what the request says.' },
            { group: ['**/dashboard/**'], message: 'The dashboard uses the modules, never the other way round.' },
          ],
        },
      ],
    },
  },
);
