/** Sizes the server enforces on deliberation commands; the client mirrors them in its forms. */
export const DiscussionLimits = {
  /** Characters in one comment or reply. */
  body: 10_000,
  /** People mentioned in one comment. */
  mentions: 20,
  /** Characters one suggested insertion may add. */
  insertion: 10_000,
  /** Characters of text a thread or suggestion quotes from the plan. */
  quote: 2_000,
  /** Suggestions decided by one command ("accept all of Kari's"). */
  decideAtOnce: 1_000,
  /** Encoded relative position (base64). Real ones are ~10–30 characters. */
  anchor: 200,
  /** Open threads and messages per plan: a bound on what a flood can store. */
  messagesPerPlan: 50_000,
  suggestionsPerPlan: 20_000,
} as const;
