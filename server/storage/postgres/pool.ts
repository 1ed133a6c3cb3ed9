import pg from 'pg';

/**
 * Epoch milliseconds live in BIGINT columns, which node-postgres returns as strings (they may
 * exceed 2^53). Ours never do, so they are parsed to numbers, for this pool only.
 */
const INT8 = 20;

const types: pg.CustomTypesConfig = {
  getTypeParser: (oid: number, format?: 'text' | 'binary'): unknown =>
    oid === INT8 && format !== 'binary' ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format),
};

export function createPool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, types });
  // An idle client that loses its connection is dropped by the pool and the next query connects
  // again; without a listener the 'error' event would end the process.
  pool.on('error', () => undefined);
  return pool;
}
