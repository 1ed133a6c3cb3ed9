/**
 * What the two engines spell differently in a schema; a migration is written once with these
 * and gives each engine its own text. Everything else (TEXT, constraints, foreign keys, indexes,
 * ON CONFLICT) is the same in both.
 */
export interface SqlDialect {
  /** A 64-bit integer (epoch milliseconds): SQLite's INTEGER already is one; PostgreSQL's overflows. */
  int64: string;
  bytes: string;
  /** A primary key the database numbers itself, counting up. */
  autoId: string;
  boolean: string;
  false: string;
  /**
   * A column line (or nothing) that keeps the order rows were added in, for ORDER BY tie-breaks:
   * SQLite has rowid for that; PostgreSQL gets a `seq` identity column.
   */
  insertionOrder: string;
}

export const SQLITE: SqlDialect = {
  int64: 'INTEGER',
  bytes: 'BLOB',
  autoId: 'INTEGER PRIMARY KEY AUTOINCREMENT',
  boolean: 'INTEGER',
  false: '0',
  insertionOrder: '',
};

export const POSTGRES: SqlDialect = {
  int64: 'BIGINT',
  bytes: 'BYTEA',
  autoId: 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY',
  boolean: 'BOOLEAN',
  false: 'FALSE',
  insertionOrder: 'seq BIGINT GENERATED ALWAYS AS IDENTITY,',
};
