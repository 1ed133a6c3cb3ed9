import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config';
import { openStorage } from '../server/storage/openStorage';
import { createUser } from '../server/auth/createUser';
import { issueSetupLink, SETUP_LINK_VALID_FOR } from '../server/auth/setupLink';
import { issueResetLink, RESET_LINK_VALID_MINUTES } from '../server/auth/resetLink';
import { checkStoredDocs, serverAnswers } from '../server/versions/checkStoredDocs';
import { erasePerson, findPersonInputs } from '../server/inputs/personalData';
import { presentInputs } from '../server/http/presenters/inputPresenter';
import { AuditAction } from '../shared/api/audit';
import { inputReference } from '../shared/api/inputs';

/**
 * Administration for scripted installs, on the server's own database (DATA_DIR):
 *   npm run admin -- create-user --email kari@asker.kommune.no --name "Kari Nordmann" [--admin]
 *     (password from --password or the MEDVERK_PASSWORD environment variable)
 *   npm run admin -- setup-link [--base-url https://medverk.asker.kommune.no]
 *   npm run admin -- reset-link --email kari@asker.kommune.no [--base-url …]   (a new password, once)
 *   npm run admin -- check-docs [--repair]   (with the server stopped)
 *   npm run admin -- find-person --email ola@example.no   (their input in every plan, as JSON)
 *   npm run admin -- erase-person --email ola@example.no [--plan <planId>]   (deletes name and e-mail)
 */
const USAGE = `usage:
  npm run admin -- create-user --email <email> --name <name> [--password <pw> | MEDVERK_PASSWORD=<pw>] [--admin]
  npm run admin -- setup-link [--base-url <url>]
  npm run admin -- reset-link --email <email> [--base-url <url>]
  npm run admin -- check-docs [--repair]
  npm run admin -- find-person --email <email>
  npm run admin -- erase-person --email <email> [--plan <planId>]
  npm run admin -- --help`;

const COMMANDS = ['create-user', 'setup-link', 'reset-link', 'check-docs', 'find-person', 'erase-person'];

/** Misuse (unknown command or option, a required option missing): what was wrong, then the usage. */
function misuse(problem: string): number {
  console.error(`${problem}\n\n${USAGE}`);
  return 2;
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        password: { type: 'string' },
        admin: { type: 'boolean', default: false },
        'base-url': { type: 'string' },
        repair: { type: 'boolean', default: false },
        plan: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // parseArgs throws on an unknown option or a missing value: a usage error, not a crash.
    return misuse(error instanceof Error ? error.message : String(error));
  }
  const { positionals, values } = parsed;
  const command = positionals[0];
  if (values.help || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (!command) return misuse('No command given.');
  if (!COMMANDS.includes(command)) return misuse(`Unknown command: ${command}`);
  if (command === 'create-user' && (!values.email || !values.name))
    return misuse('create-user: --email and --name are required');
  const config = loadConfig();
  const repair = positionals[0] === 'check-docs' && (values.repair ?? false);
  // Checked before opening storage: a running server keeps documents in memory and would not
  // see a repair appended behind its back.
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  if (repair && (await serverAnswers(`http://${host}:${config.port}`))) {
    console.error(
      `check-docs --repair: a Medverk server answers on port ${config.port}; stop it first.`,
    );
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
        console.log(
          `created ${values.admin ? 'administrator' : 'staff account'} ${result.user.email} (${result.user.id})`,
        );
        return 0;
      }
      case 'setup-link': {
        const link = await issueSetupLink(
          storage.accounts,
          values['base-url'] ?? `http://localhost:${config.port}`,
        );
        console.log(
          link
            ? `${link}\n(works once, for ${SETUP_LINK_VALID_FOR}; earlier setup links no longer work)`
            : 'There are accounts already; log in as an administrator instead.',
        );
        return 0;
      }
      case 'reset-link': {
        const user = values.email
          ? await storage.accounts.getUserByEmail(values.email.trim().toLowerCase())
          : null;
        if (!user) {
          console.error(values.email ? `reset-link: no account with the e-mail ${values.email}` : 'reset-link: --email is required');
          return values.email ? 1 : 2;
        }
        const link = await issueResetLink(
          storage.accounts,
          user.id,
          values['base-url'] ?? config.publicUrl ?? `http://localhost:${config.port}`,
        );
        await storage.audit.append({
          at: Date.now(),
          planId: null,
          actor: null,
          action: AuditAction.PasswordResetLinkCreated,
          detail: { user: user.id, via: 'admin-command' },
        });
        console.log(
          `${link.url}\n(works once, for ${RESET_LINK_VALID_MINUTES} minutes; earlier reset links for ${user.email} no longer work)`,
        );
        return 0;
      }
      case 'check-docs': {
        if (repair)
          console.log(
            'Repairing: make sure no server uses this storage (stop every server first).',
          );
        const result = await checkStoredDocs(storage, {
          repair,
          print: (line) => console.log(line),
        });
        return result.damaged > result.repaired ? 1 : 0;
      }
      case 'find-person': {
        // A request under the GDPR: everything stored about the person's input, to hand over.
        if (!values.email) {
          console.error('find-person: --email is required');
          return 2;
        }
        const records = await findPersonInputs(storage.inputs, values.email);
        const files = await storage.files.listFilesOf(records.map((r) => r.id));
        const items = presentInputs(records, files).map((item, i) => ({
          planId: records[i]!.planId,
          ...item,
        }));
        console.log(
          JSON.stringify({ email: values.email.trim().toLowerCase(), inputs: items }, null, 2),
        );
        return 0;
      }
      case 'erase-person': {
        if (!values.email) {
          console.error('erase-person: --email is required');
          return 2;
        }
        const erased = await erasePerson(storage.inputs, values.email, Date.now(), values.plan);
        // One entry per plan, with references only: the e-mail itself stays out of the log.
        const byPlan = new Map<string, typeof erased>();
        for (const input of erased)
          byPlan.set(input.planId, [...(byPlan.get(input.planId) ?? []), input]);
        for (const [planId, inputs] of byPlan) {
          await storage.audit.append({
            at: Date.now(),
            planId,
            actor: null,
            action: AuditAction.InputPersonalDataRemoved,
            detail: {
              reason: 'request',
              via: 'admin',
              count: inputs.length,
              references: inputs.map((input) => inputReference(input.receivedAt, input.number)),
            },
          });
        }
        console.log(
          `erased the name and e-mail of ${erased.length} input(s) in ${byPlan.size} plan(s)`,
        );
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

try {
  process.exitCode = await main();
} catch (error) {
  // Configuration or storage problems are told in one line; a stack trace helps no one here.
  console.error(`admin: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
