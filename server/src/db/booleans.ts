/**
 * SQLite answers a boolean column as 0 or 1, PostgreSQL as false or true. Repositories read
 * rows through this at the edge, so every row type above them says `boolean`.
 */
export function readBooleans<Row extends object>(...columns: (keyof Row & string)[]) {
  return (row: Row): Row => {
    const read = { ...row } as Record<string, unknown>;
    for (const column of columns) {
      const value = read[column];
      if (value === 0 || value === 1) read[column] = value === 1;
    }
    return read as Row;
  };
}
