/**
 * Whether an error is a page's code failing to load: after a new release the old chunk names are
 * gone, and offline nothing loads. Browsers word it differently (Chromium, Firefox, Safari).
 */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS/i.test(
    message,
  );
}
