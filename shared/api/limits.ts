/**
 * Input limits of the HTTP API as plain numbers, so the client can check forms without
 * bundling zod; the schemas in this folder use the same constants.
 */
export const InputLimits = {
  passwordMin: 10,
  passwordMax: 200,
  emailMax: 200,
  nameMax: 80,
  associationMax: 120,
  inviteLabelMax: 120,
  inviteMaxUses: 10_000,
  inviteMaxHours: 24 * 365,
  planTitleMax: 200,
  municipalityMax: 120,
} as const;
