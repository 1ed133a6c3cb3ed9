/**
 * The file name a download's Content-Disposition gives (RFC 5987 `filename*` first, then the
 * plain `filename`), or `fallback` when it gives none the browser could use.
 */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (disposition) {
    const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition)?.[1];
    if (encoded) {
      try {
        return decodeURIComponent(encoded.trim());
      } catch {
        // A malformed name falls through to the plain one.
      }
    }
    const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)?.[1];
    if (plain?.trim()) return plain.trim();
  }
  return fallback;
}
