import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config';
import { openStorage } from '../server/storage/openStorage';
import { createUser } from '../server/auth/createUser';
import { issueSetupLink } from '../server/auth/setupLink';
import { checkStoredDocs, serverAnswers } from '../server/versions/checkStoredDocs';

/**
 * Administration for scripted installs, on the server's own database (DATA_DIR):
 *   npm run admin -- create-user --email kari@asker.kommune.no --name "Kari Nordmann" [--admin]
 *     (password from --password or the MEDVERK_PASSWORD environment variable)
 *   npm run admin -- setup-link [--base-url https://medverk.asker.kommune.no]
 *   npm run admin -- check-docs [--repair]   (with the server stopped)
 */
const USAGE = `usage:
  npm run admin -- create-user --email <email> --name <name> [--password <pw> | MEDVERK_PASSWORD=<pw>] [--admin]
  npm run admin -- setup-link [--base-url <url>]
  npm run admin -- check-docs [--repair]`;

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      admin: { type: 'boolean', default: false },
      'base-url': { type: 'string' },
      repair: { type: 'boolean', default: false },
    },
  });
  const config = loadConfig();
  const repair = positionals[0] === 'check-docs' && (values.repair ?? false);
  // Checked before opening storage: a running server keeps documents in memory and would not
  // see a repair appended behind its back.
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  if (repair && (await serverAnswers(`http://${host}:${config.port}`))) {
    console.error(`check-docs --repair: a Medverk server answers on port ${config.port}; stop it first.`);
    return 1;
  }
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
      case 'check-docs': {
        if (repair) console.log('Repairing: make sure no server uses this storage (stop every server first).');
        const result = await checkStoredDocs(storage, { repair, print: (line) => console.log(line) });
        return result.damaged > result.repaired ? 1 : 0;
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
