import { describe, expect, it } from 'vitest';
import { writtenTables } from './write-generation.ts';

describe('the tables a statement writes', () => {
  it('are the one table of a plain INSERT, UPDATE or DELETE, quoted or not', () => {
    expect(writtenTables('insert into "shop_orders" ("id") values (?)')).toEqual(['shop_orders']);
    expect(writtenTables('update `product_variants` set `stock` = ?')).toEqual([
      'product_variants',
    ]);
    expect(writtenTables('delete from basket_items where id = ?')).toEqual(['basket_items']);
  });

  it('are every part of a WITH statement that writes, and none of one that only reads', () => {
    const checkout = `WITH w0 AS (WITH wanted AS (SELECT id FROM unnest(?::text[]) AS w(id)),
      locked AS (SELECT v.id FROM product_variants v ORDER BY v.id FOR UPDATE)
      UPDATE product_variants v SET stock = v.stock - 1 FROM wanted w WHERE v.id = w.id RETURNING v.id),
      w1 AS (insert into "checkouts" ("id") values (?) RETURNING 1),
      w2 AS (delete from "basket_items" where "id" in (?) RETURNING 1)
      SELECT (SELECT count(*) FROM w1)`;
    expect(writtenTables(checkout)).toEqual(['product_variants', 'checkouts', 'basket_items']);
    expect(
      writtenTables(
        'WITH recent AS (SELECT updated_at FROM orders) SELECT * FROM recent FOR UPDATE',
      ),
    ).toEqual([]);
  });

  it('are unknown (null) for a write whose table cannot be read', () => {
    expect(writtenTables('insert into (select 1)')).toBeNull();
  });

  it('are none for reads and transaction statements', () => {
    expect(writtenTables('select * from "shops"')).toEqual([]);
    expect(writtenTables('BEGIN;')).toEqual([]);
  });
});
