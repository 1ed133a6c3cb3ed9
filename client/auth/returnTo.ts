/**
 * Where to go after logging in. Only paths on this site are followed: a `returnTo` of
 * `//evil.example` or `https://…` would turn the login page into an open redirect.
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
    return '/';
  // Control characters (a newline, a tab) have no place in a path and confuse URL parsers.
  if ([...value].some((char) => char.charCodeAt(0) < 0x20)) return '/';
  return value;
}

/** The login page, remembering the page the person wanted. */
export function loginPath(returnTo: string): string {
  const target = safeReturnTo(returnTo);
  return target === '/' ? '/login' : `/login?returnTo=${encodeURIComponent(target)}`;
}
