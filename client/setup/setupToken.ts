/** The setup token travels in the URL fragment (`/setup#<token>`), which is never sent to servers. */
export function readSetupToken(hash: string): string | null {
  const token = hash.replace(/^#/, '').trim();
  if (!token) return null;
  try {
    return decodeURIComponent(token);
  } catch {
    return token;
  }
}
