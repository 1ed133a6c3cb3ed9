import { z } from 'zod';
import { emailSchema, passwordSchema } from './auth';

/** HTTP contract for password reset links: made by an administrator or asked for by e-mail. */

/** A reset link works for one hour, once; a newer link for the same account replaces it. */
export const RESET_LINK_TTL_MS = 60 * 60_000;

/** The token travels in the link's fragment and, from the page, in request bodies (never in a URL). */
const resetTokenSchema = z.string().min(20).max(200);

export const resetLanguageSchema = z.enum(['nb', 'nn', 'en']);
export type ResetLanguage = z.infer<typeof resetLanguageSchema>;

/** "Glemt passordet?": the language is the one the page is shown in, for the e-mail. */
export const resetRequestBodySchema = z.object({ email: emailSchema, language: resetLanguageSchema.default('nb') });
export type ResetRequestBody = z.input<typeof resetRequestBodySchema>;

export const resetLinkStatusBodySchema = z.object({ token: resetTokenSchema });
export type ResetLinkStatusBody = z.infer<typeof resetLinkStatusBodySchema>;

/** The new password follows the same rules as at setup and account creation. */
export const resetPasswordBodySchema = z.object({ token: resetTokenSchema, password: passwordSchema });
export type ResetPasswordBody = z.infer<typeof resetPasswordBodySchema>;

/** Whether the login page can offer to e-mail a link (SMTP configured) or sends people to an administrator. */
export interface ResetOptionsResponse {
  byEmail: boolean;
}

/** An administrator's new link, shown once (only its hash is kept). */
export interface ResetLinkResponse {
  url: string;
  expiresAt: number;
}

/** A link that still works: whose account it resets (for the password manager) and until when. */
export interface ResetLinkStatusResponse {
  email: string;
  expiresAt: number;
}
