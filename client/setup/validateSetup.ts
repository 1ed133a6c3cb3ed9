/**
 * Checks the first administrator's form before it is sent. The limits mirror the server's
 * schemas in shared/api/auth.ts (zod is kept out of the client bundle).
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
export const NAME_MAX_LENGTH = 80;
export const EMAIL_MAX_LENGTH = 200;

export interface SetupFields {
  name: string;
  email: string;
  password: string;
  passwordAgain: string;
}

export type SetupProblem =
  'nameRequired' | 'emailInvalid' | 'passwordTooShort' | 'passwordMismatch';

export function setupProblems(
  fields: SetupFields,
): Partial<Record<keyof SetupFields, SetupProblem>> {
  const problems: Partial<Record<keyof SetupFields, SetupProblem>> = {};
  if (!fields.name.trim()) problems.name = 'nameRequired';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(fields.email.trim())) problems.email = 'emailInvalid';
  if (fields.password.length < PASSWORD_MIN_LENGTH) problems.password = 'passwordTooShort';
  else if (fields.password !== fields.passwordAgain) problems.passwordAgain = 'passwordMismatch';
  return problems;
}
