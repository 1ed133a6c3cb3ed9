import { InputLimits } from '../../shared/api/limits';

export interface NewPasswordFields {
  password: string;
  passwordAgain: string;
}

export type NewPasswordProblem = 'passwordTooShort' | 'passwordMismatch';

/** The server's password rules (shared/api/auth.ts), checked before sending. */
export function newPasswordProblems(
  fields: NewPasswordFields,
): Partial<Record<keyof NewPasswordFields, NewPasswordProblem>> {
  if (fields.password.length < InputLimits.passwordMin) return { password: 'passwordTooShort' };
  if (fields.password !== fields.passwordAgain) return { passwordAgain: 'passwordMismatch' };
  return {};
}
