/**
 * Links in the plan's rich text may point only to web pages and e-mail addresses: anything else
 * (javascript:, data:, file:, relative paths that would resolve against Medverk itself) is never
 * rendered as a link, in the editor, in the exports or anywhere else.
 */
export const SAFE_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;

export const MAX_LINK_LENGTH = 2_000;

/** The link as it may be used, or null when it is not a safe absolute http(s)/mailto URL. */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.length > MAX_LINK_LENGTH) return null;
  // Control characters and spaces inside a scheme are how browsers get tricked ("java\tscript:").
  if (/\p{Cc}/u.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (!(SAFE_LINK_PROTOCOLS as readonly string[]).includes(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && url.hostname === '') return null;
  return url.protocol === 'mailto:' ? trimmed : url.href;
}

export function isSafeHref(href: unknown): boolean {
  return safeHref(href) !== null;
}
