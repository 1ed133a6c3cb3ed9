import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config';
import { openStorage } from '../server/storage/openStorage';
import { createUser } from '../server/auth/createUser';
import { issueSetupLink } from '../server/auth/setupLink';

/**
 * Administration for scripted installs, on the server's own database (DATA_DIR):
 *   npm run admin -- create-user --email kari@asker.kommune.no --name "Kari Nordmann" [--admin]
 *     (password from --password or the MEDVERK_PASSWORD environment variable)
 *   npm run admin -- setup-link [--base-url https://medverk.asker.kommune.no]
 */
const USAGE = `usage:
  npm run admin -- create-user --email <email> --name <name> [--password <pw> | MEDVERK_PASSWORD=<pw>] [--admin]
  npm run admin -- setup-link [--base-url <url>]`;

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      admin: { type: 'boolean', default: false },
      'base-url': { type: 'string' },
    },
  });
  const config = loadConfig();
  const storage = await openStorage(config);
  try {
    switch (positionals[0]) {
      case 'create-user': {
        const result = await createUser(storage.accounts, {
          email: values.email ?? '',
          name: values.name ?? '',
          password: values.password ?? process.env.MEDVERK_PASSWORD ?? '',
          isAdmin: values.admin ?? false,
        });
        if (!result.ok) {
          console.error(`create-user: ${result.error}`);
          return 1;
        }
        console.log(`created ${values.admin ? 'administrator' : 'staff account'} ${result.user.email} (${result.user.id})`);
        return 0;
      }
      case 'setup-link': {
        const link = await issueSetupLink(storage.accounts, values['base-url'] ?? `http://localhost:${config.port}`);
        console.log(link ?? 'There are accounts already; log in as an administrator instead.');
        return 0;
      }
      default:
        console.error(USAGE);
        return 2;
    }
  } finally {
    await storage.close();
  }
}

process.exitCode = await main();
