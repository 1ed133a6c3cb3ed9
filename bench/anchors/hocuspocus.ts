/**
 * Anchor server for the benchmark: Hocuspocus 3.4 with its SQLite extension on the file named by
 * SQLITE_FILE, on 127.0.0.1 and a free port. Prints "hocuspocus listening on <port>".
 */
import { Server } from '@hocuspocus/server';
import { SQLite } from '@hocuspocus/extension-sqlite';

const database = process.env.SQLITE_FILE;
if (!database) throw new Error('SQLITE_FILE is required');

const server = new Server({
  port: 0,
  address: '127.0.0.1',
  quiet: true,
  extensions: [new SQLite({ database })],
});
await server.listen();
console.log(`hocuspocus listening on ${server.address.port}`);
