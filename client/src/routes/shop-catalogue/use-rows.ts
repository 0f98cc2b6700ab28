import { useRef, useState } from 'react';

/**
 * Rows a person adds and removes in a form (variants, weekly hours). Each row keeps a stable
 * key so its inputs keep what was typed when an earlier row is removed.
 */
export function useRows<Row>(initial: readonly Row[]) {
  const nextKey = useRef(initial.length);
  const [rows, setRows] = useState(() => initial.map((row, index) => ({ key: index, row })));
  return {
    rows,
    add(row: Row) {
      const key = nextKey.current;
      nextKey.current += 1;
      setRows((current) => [...current, { key, row }]);
    },
    remove(key: number) {
      setRows((current) => current.filter((entry) => entry.key !== key));
    },
  };
}
