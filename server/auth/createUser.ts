import { z } from 'zod';
import { displayNameSchema, emailSchema, passwordSchema } from '../../shared/api/auth';
import { newId } from '../../shared/plan/items';
import type { AccountStorage, UserRecord } from '../storage/Storage';
import { hashPassword } from './passwords';

const inputSchema = z.object({ email: emailSchema, name: displayNameSchema, password: passwordSchema, isAdmin: z.boolean() });

/** Creates a staff account after the same checks the setup page applies. */
export async function createUser(
  accounts: AccountStorage,
  input: z.input<typeof inputSchema>,
): Promise<{ ok: true; user: UserRecord } | { ok: false; error: string }> {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  if (await accounts.getUserByEmail(parsed.data.email)) return { ok: false, error: 'an account with this e-mail exists already' };
  const user: UserRecord = {
    id: newId(),
    email: parsed.data.email,
    name: parsed.data.name,
    passwordHash: await hashPassword(parsed.data.password),
    isAdmin: parsed.data.isAdmin,
    createdAt: Date.now(),
  };
  try {
    await accounts.createUser(user);
  } catch (error) {
    // Created by someone else since the check above (two requests at once): the same answer.
    if (await accounts.getUserByEmail(user.email)) return { ok: false, error: 'an account with this e-mail exists already' };
    throw error;
  }
  return { ok: true, user };
}
