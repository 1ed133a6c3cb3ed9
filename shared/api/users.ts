import { z } from 'zod';
import { displayNameSchema, emailSchema, passwordSchema } from './auth';

/** Administrators create staff accounts (case officers, facilitators) for their municipality. */
export const createUserBodySchema = z.object({
  email: emailSchema,
  name: displayNameSchema,
  password: passwordSchema,
  isAdmin: z.boolean().default(false),
});
export type CreateUserBody = z.input<typeof createUserBodySchema>;

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  createdAt: number;
}

export interface UserListResponse {
  users: UserSummary[];
}
