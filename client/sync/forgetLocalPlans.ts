/** `planDocName(id)` without importing shared/protocol (and zod) into the first page load. */
const PREFIX = 'plan:';

/**
 * Deletes this browser's copies of plans (IndexedDB, one database per plan). Best effort: a
 * browser without `indexedDB.databases()` keeps them, and a database still open is deleted as
 * soon as its page closes it.
 */
export function forgetLocalPlans(): void {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  indexedDB.databases().then(
    (databases) => {
      for (const { name } of databases) if (name?.startsWith(PREFIX)) indexedDB.deleteDatabase(name);
    },
    () => {},
  );
}
