import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { moduleDoors, zodFreeSharedModules } from '../../eslint/module-doors.js';

const root = path.resolve(import.meta.dirname, '../..');

// The same rules eslint.config.js applies, without type information: each is shown firing
// on a breach planted in a file that does not exist (docs/decisions/0019).
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser } },
    ...moduleDoors,
  ],
});

async function problemsOf(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? ''}: ${message.message}`);
}

describe('module doors in lint', () => {
  it('refuses another module’s repository, and lets its service through', async () => {
    expect(
      await problemsOf(
        'server/src/modules/counter/planted.ts',
        "import { createOrdersRepository } from '../orders/orders.repository.ts';\nexport const x = createOrdersRepository;\n",
      ),
    ).toEqual([expect.stringMatching(/^house\/through-doors: .*inside the orders module/)]);
    expect(
      await problemsOf(
        'server/src/modules/counter/planted.ts',
        "import type { OrderLifecycle } from '../orders/lifecycle/order-lifecycle.service.ts';\nexport type X = OrderLifecycle;\n",
      ),
    ).toEqual([]);
  });

  it('refuses a module’s insides from the composition root too', async () => {
    expect(
      await problemsOf(
        'server/src/planted.ts',
        "import { createBasketRouter } from './modules/basket/basket.router.ts';\nexport const x = createBasketRouter;\n",
      ),
    ).toEqual([expect.stringMatching(/^house\/through-doors: /)]);
  });

  it('refuses knex and SQL in a service', async () => {
    const problems = await problemsOf(
      'server/src/modules/orders/planted.service.ts',
      "import type { Knex } from 'knex';\nexport const x = (trx: Knex) => trx('shop_orders').where({ id: 1 });\n",
    );
    expect(problems).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*knex/),
      expect.stringMatching(/^no-restricted-syntax: SQL lives in \*\.repository\.ts/),
    ]);
  });

  it('lets a repository import knex and query', async () => {
    expect(
      await problemsOf(
        'server/src/modules/orders/planted.repository.ts',
        "import type { Knex } from 'knex';\nexport const x = (db: Knex) => db('shop_orders').first();\n",
      ),
    ).toEqual([]);
  });

  it('keeps stripe, sharp, nodemailer and argon2 inside server/src/integrations', async () => {
    for (const library of ['stripe', 'sharp', 'nodemailer', 'argon2']) {
      const code = `import x from '${library}';\nexport default x;\n`;
      expect(await problemsOf('server/src/modules/payments/planted.ts', code)).toEqual([
        expect.stringMatching(/^no-restricted-imports: .*integrations/),
      ]);
      expect(await problemsOf('server/src/integrations/planted.ts', code)).toEqual([]);
    }
  });

  it('lets the client import only types from shared modules that pull in zod', async () => {
    expect(
      await problemsOf(
        'client/src/planted.ts',
        "import { checkoutBodySchema } from '@e-galleria/shared/checkout';\nexport const x = checkoutBodySchema;\n",
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*zod/)]);
    expect(
      await problemsOf(
        'client/src/planted.ts',
        "import type { CheckoutBody } from '@e-galleria/shared/checkout';\nimport { maxQuantity } from '@e-galleria/shared/basket-limits';\nexport const x: CheckoutBody | number = maxQuantity;\n",
      ),
    ).toEqual([]);
  });
});

describe('what lint cannot see', () => {
  /** The files a shared module imports at run time (type-only imports left out). */
  function valueImportsOf(file: string): string[] {
    const source = fs.readFileSync(file, 'utf8');
    return [...source.matchAll(/^import (?!type )[^;]*? from '([^']+)';/gms)].flatMap((match) =>
      match[1] ? [match[1]] : [],
    );
  }

  it('keeps the shared modules the client may import at run time free of zod', () => {
    for (const name of zodFreeSharedModules) {
      const seen = new Set<string>();
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const imported of valueImportsOf(file)) {
          expect(imported, `${name} pulls in ${imported} through ${file}`).not.toBe('zod');
          if (imported.startsWith('.')) visit(path.resolve(path.dirname(file), imported));
        }
      };
      visit(path.join(root, 'shared/src', `${name}.ts`));
    }
  });

  it('keeps migrations free of the server’s and shared code: a landed one never changes', () => {
    for (const file of fs.readdirSync(path.join(root, 'migrations')))
      for (const imported of valueImportsOf(path.join(root, 'migrations', file)))
        expect(imported, `${file} imports ${imported}`).not.toMatch(
          /server\/src|shared\/src|^@e-galleria/,
        );
  });
});
