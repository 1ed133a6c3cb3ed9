/** The link lifetimes an owner chooses between, in hours (null: the link does not expire). */
export const EXPIRY_CHOICES = ['1d', '7d', '30d', 'never'] as const;
export type ExpiryChoice = (typeof EXPIRY_CHOICES)[number];

export const EXPIRY_HOURS: Record<ExpiryChoice, number | null> = {
  '1d': 24,
  '7d': 24 * 7,
  '30d': 24 * 30,
  never: null,
};

export const DEFAULT_EXPIRY: ExpiryChoice = '7d';

/** Limits of `createInviteBodySchema.maxUses` (shared/api/invites.ts). */
export const MAX_USES_LIMIT = 10_000;

/** The "how many may use it" field: empty is unlimited (null), otherwise a whole number in range. */
export function parseMaxUses(text: string): { ok: true; value: number | null } | { ok: false } {
  const trimmed = text.trim();
  if (!trimmed) return { ok: true, value: null };
  if (!/^\d+$/.test(trimmed)) return { ok: false };
  const value = Number(trimmed);
  return value >= 1 && value <= MAX_USES_LIMIT ? { ok: true, value } : { ok: false };
}
