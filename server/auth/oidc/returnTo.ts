/** A stand-in origin: only paths that stay on it are ours. `.invalid` can never resolve. */
const HERE = 'http://medverk.invalid';

/**
 * Where to send someone after login: a path on this site, else `/`. An absolute or
 * protocol-relative URL (`//evil.example`, `/\evil.example`) would make the login an open
 * redirect, a favourite tool of phishing.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/';
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return '/';
  }
  let url: URL;
  try {
    url = new URL(value, HERE);
  } catch {
    return '/';
  }
  if (url.origin !== HERE) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
