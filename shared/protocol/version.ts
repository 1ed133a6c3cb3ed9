/** Bumped whenever a message changes shape; a client on another version is refused on join. */
export const PROTOCOL_VERSION = 1;
