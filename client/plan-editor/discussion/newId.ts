/**
 * An id for a thread or message chosen here, so a command resent after a lost answer is known
 * to the server and not added twice. 16 random bytes in base64url fit the ids' pattern.
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
