import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { moduleTables } from './module-tables.ts';

const root = path.resolve(import.meta.dirname, '../..');
const modulesDir = path.join(root, 'server/src/modules');

/** Tables made by migrations, plus the search index's; rate limits belong to server/src/db. */
function allTables(): Set<string> {
  const tables = new Set(['product_search']);
  for (const file of fs.readdirSync(path.join(root, 'migrations')))
    for (const match of fs
      .readFileSync(path.join(root, 'migrations', file), 'utf8')
      .matchAll(/createTable\('([a-z_]+)'/g))
      if (match[1]) tables.add(match[1]);
  return tables;
}

const infrastructureTables = new Set(['rate_limits']);

function repositoriesOf(module: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.repository.ts')) found.push(full);
    }
  };
  walk(path.join(modulesDir, module));
  return found;
}

/** Every table a source text names in a query: `db('t')`, `.join('t as x')`, `.from('t')`… */
function tablesNamed(source: string, tables: Set<string>): Set<string> {
  const named = new Set<string>();
  for (const match of source.matchAll(/'([a-z_]+)(?: as [a-z]+)?'/g))
    if (match[1] && tables.has(match[1])) named.add(match[1]);
  return named;
}

/**
 * The tables a source writes: the root table of each builder chain (`db('t')…`) whose own
 * calls (not those inside a subquery's callback) include a write.
 */
function tablesWritten(source: string): Set<string> {
  const written = new Set<string>();
  const root = /\b(?:db|knex|trx)(?:<[^>()]*>)?\(\s*'([a-z_]+)(?: as [a-z]+)?'/g;
  for (const match of source.matchAll(root)) {
    let depth = 0;
    let position = match.index;
    const calls: string[] = [];
    for (; position < source.length; position++) {
      const char = source[position];
      if (char === '(' || char === '[' || char === '{') depth++;
      else if (char === ')' || char === ']' || char === '}') {
        depth--;
        if (depth < 0) break;
      } else if (depth === 0 && char === '.') {
        const call = /^\.([a-zA-Z]+)\(/.exec(source.slice(position));
        if (call?.[1]) calls.push(call[1]);
      } else if (depth === 0 && (char === ';' || char === ',')) break;
    }
    if (calls.some((call) => /^(insert|update|delete|increment|decrement|merge)$/.test(call)))
      written.add(match[1] ?? '');
  }
  return written;
}

describe('module tables (docs/decisions/0019)', () => {
  const tables = allTables();

  it('gives every table exactly one owning module', () => {
    const owners = new Map<string, string[]>();
    for (const [module, { owns }] of Object.entries(moduleTables))
      for (const table of owns) owners.set(table, [...(owners.get(table) ?? []), module]);
    for (const table of tables) {
      if (infrastructureTables.has(table)) continue;
      expect(owners.get(table), table).toHaveLength(1);
    }
    for (const table of owners.keys()) expect(tables.has(table), table).toBe(true);
  });

  it('lists every module of server/src/modules that has repositories', () => {
    for (const entry of fs.readdirSync(modulesDir))
      if (repositoriesOf(entry).length > 0) expect(moduleTables, entry).toHaveProperty(entry);
  });

  for (const [module, { owns, reads = [] }] of Object.entries(moduleTables)) {
    it(`keeps the ${module} module's queries to its own tables and its declared reads`, () => {
      for (const file of repositoriesOf(module)) {
        const source = fs.readFileSync(file, 'utf8');
        const name = path.relative(root, file);
        for (const table of tablesNamed(source, tables))
          expect([...owns, ...reads], `${name} queries ${table}`).toContain(table);
        for (const table of tablesWritten(source))
          expect(owns, `${name} writes ${table}`).toContain(table);
      }
    });
  }

  it('sees the writes the repositories do make (the scan is not blind)', () => {
    const stock = fs.readFileSync(path.join(modulesDir, 'catalogue/stock.repository.ts'), 'utf8');
    expect([...tablesWritten(stock)].sort()).toEqual(['product_variants', 'products']);
    const orders = fs.readFileSync(path.join(modulesDir, 'orders/orders.repository.ts'), 'utf8');
    expect([...tablesWritten(orders)].sort()).toEqual([
      'order_charges',
      'order_lines',
      'order_status_events',
      'shop_orders',
    ]);
  });

  it('finds a write to another module’s table (a planted breach)', () => {
    const planted = `export const x = (db) => db('shop_orders').where({ id }).update({ status: 'x' });`;
    expect([...tablesWritten(planted)]).toEqual(['shop_orders']);
    const read = `db('shop_orders as o').join('shops as s', 's.id', 'o.shop_id').whereExists((q) => q.from('x').update())`;
    expect([...tablesWritten(read)]).toEqual([]);
  });
});
