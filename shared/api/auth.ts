import { z } from 'zod';
import type { Role } from '../auth/roles';
import { InputLimits as L } from './limits';

/** HTTP contract for identity: staff accounts, guest sessions, first-time setup. */
export const passwordSchema = z.string().min(L.passwordMin, `password must have at least ${L.passwordMin} characters`).max(L.passwordMax);
export const emailSchema = z.string().trim().toLowerCase().email('not an e-mail address').max(L.emailMax);
export const displayNameSchema = z.string().trim().min(1, 'name is required').max(L.nameMax);

export const loginBodySchema = z.object({ email: emailSchema, password: z.string().min(1).max(L.passwordMax) });
export type LoginBody = z.infer<typeof loginBodySchema>;

export const setupBodySchema = z.object({
  token: z.string().min(20).max(200),
  email: emailSchema,
  name: displayNameSchema,
  password: passwordSchema,
});
export type SetupBody = z.infer<typeof setupBodySchema>;

/** Who the current session belongs to; what leaves the server about a person. */
export type Me =
  | { kind: 'user'; id: string; name: string; email: string; isAdmin: boolean }
  | { kind: 'guest'; id: string; name: string; association: string | null; planId: string; role: Role };

export interface MeResponse {
  me: Me | null;
  /** Whether OpenID Connect login is configured (show the button). */
  oidc: boolean;
  /** Whether the installation still waits for its first administrator. */
  needsSetup: boolean;
}

/** The current person's role in one plan (null: none). */
export interface PlanRoleResponse {
  role: Role | null;
}
