import type { InputRecord, InputStorage } from '../storage/Storage';

/** E-mails are stored trimmed and lower-cased, and looked up the same way. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A person's input found by the e-mail they gave (a request under the GDPR): in one plan, or in
 * every plan when `planId` is left out (the admin command). Oldest first.
 */
export async function findPersonInputs(
  inputs: InputStorage,
  email: string,
  planId?: string,
): Promise<InputRecord[]> {
  const found = await inputs.findByEmail(normaliseEmail(email));
  return found
    .filter((input) => planId === undefined || input.planId === planId)
    .sort((a, b) => a.receivedAt - b.receivedAt || a.number - b.number);
}

/**
 * Deletes the name and e-mail of a person's input (the text stays: it is part of the case);
 * resolves to the inputs whose data was deleted, as they were before.
 */
export async function erasePerson(
  inputs: InputStorage,
  email: string,
  at: number,
  planId?: string,
): Promise<InputRecord[]> {
  const found = await findPersonInputs(inputs, email, planId);
  if (found.length > 0)
    await inputs.removePersonalData(
      found.map((input) => input.id),
      at,
    );
  return found;
}
