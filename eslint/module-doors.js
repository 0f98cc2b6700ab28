// The walls between server modules, and between the client and zod (docs/decisions/0019).
// Kept apart from eslint.config.js so that tests/architecture/module-doors.test.ts can show
// every rule firing on a planted breach.

/** Reading configuration anywhere but config.ts: kept in every block that sets the rule. */
export const processEnvRule = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: 'Read configuration through server/src/config.ts.',
};

/**
 * Shared modules the client may import at run time: none of them pulls in zod, which the
 * storefront must not download for nothing. tests/architecture checks that they stay so.
 */
export const zodFreeSharedModules = [
  'authorization',
  'basket-limits',
  'bookings',
  'calendar-dates',
  'counter-rules',
  'field-rules',
  'home-delivery-codes',
  'household-eligibility',
  'image-profiles',
  'intl-locale-tags',
  'local-time',
  'localized-text',
  'municipality-status',
  'opening-hours',
  'order-origin',
  'order-queues',
  'order-status',
  'org-number',
  'pickup-schedule',
  'platform-fee',
  'sales-period',
  'search-text',
  'service-point-codes',
  'service-request-limits',
  'service-slots',
  'shop-status',
  'slugify',
  'statistics-periods',
  'subsidy',
  'swedish-order',
  'validity-periods',
];

const outsideIntegrations = {
  paths: ['stripe', 'sharp', 'nodemailer', 'argon2'].map((name) => ({
    name,
    message: `Only server/src/integrations/ talks to ${name}: use its interface.`,
  })),
};

const queryBuilders = ['knex', 'pg'].map((name) => ({
  name,
  message: 'Queries live in *.repository.ts (and server/src/db/); services get a Transaction.',
}));

import path from 'node:path';

const modulesRoot = `${path.sep}server${path.sep}src${path.sep}modules${path.sep}`;
const doorFile = /\.(service|module|port)\.ts$/;

/** The module a file belongs to: the first folder under server/src/modules/, or null. */
function moduleOf(file) {
  const at = file.lastIndexOf(modulesRoot);
  return at < 0 ? null : file.slice(at + modulesRoot.length).split(path.sep)[0];
}

/**
 * A module reaches another only through its doors: a *.service.ts, its *.module.ts (for the
 * composition root) or a *.port.ts it exports; never its repository or other insides. Inside
 * a module, its rooms (sub-folders) share everything.
 */
const throughDoorsRule = {
  meta: {
    type: 'problem',
    messages: {
      insides:
        '{{target}} is inside the {{module}} module: reach it through its *.service.ts, *.module.ts or *.port.ts (docs/decisions/0019).',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const own = moduleOf(file);
    function check(node) {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), source);
      const other = moduleOf(target);
      if (other === null || other === own || doorFile.test(target)) return;
      context.report({
        node: node.source,
        messageId: 'insides',
        data: { target: source, module: other },
      });
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: (node) => check({ source: node.source }),
    };
  },
};

/** The project's own lint rules. */
export const housePlugin = { rules: { 'through-doors': throughDoorsRule } };

const noSqlOutsideRepositories = [
  {
    selector: "CallExpression[callee.type='Identifier'][callee.name=/^(knex|trx|db|reader)$/]",
    message: 'SQL lives in *.repository.ts: add a repository method.',
  },
  {
    selector:
      "CallExpression[callee.property.name='raw'][callee.object.name=/^(knex|trx|db|reader)$/]",
    message: 'SQL lives in *.repository.ts: add a repository method.',
  },
];

export const moduleDoors = [
  {
    // Every server file, the composition root and the HTTP edge included, reaches a module
    // through its doors.
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/**/*.test.ts', 'server/src/seed/**'],
    plugins: { house: housePlugin },
    rules: { 'house/through-doors': 'error' },
  },
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/integrations/**'],
    rules: { 'no-restricted-imports': ['error', outsideIntegrations] },
  },
  {
    files: ['server/src/modules/**/*.ts'],
    ignores: ['server/src/modules/**/*.repository.ts', 'server/src/modules/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...outsideIntegrations.paths, ...queryBuilders],
        },
      ],
      'no-restricted-syntax': ['error', processEnvRule, ...noSqlOutsideRepositories],
    },
  },
  {
    files: ['server/src/modules/**/*.repository.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: outsideIntegrations.paths }],
    },
  },
  {
    // The composition root and the HTTP edge see modules only through their doors too.
    files: ['server/src/*.ts', 'server/src/http/**/*.ts'],
    ignores: ['server/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...outsideIntegrations.paths, ...queryBuilders],
        },
      ],
    },
  },
  {
    files: ['shared/src/**/*.ts', 'client/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...outsideIntegrations.paths, ...queryBuilders],
        },
      ],
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...outsideIntegrations.paths, ...queryBuilders],
          patterns: [
            {
              group: [
                '@e-galleria/shared/*',
                ...zodFreeSharedModules.map((name) => `!@e-galleria/shared/${name}`),
              ],
              allowTypeImports: true,
              message:
                'This shared module pulls in zod: import only its types in the client (or move the value to a zod-free module).',
            },
          ],
        },
      ],
    },
  },
];
