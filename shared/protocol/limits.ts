/** Limits the server enforces on each connection. The client reads them to stay inside. */
export const Limits = {
  /** Socket.IO's own cap on one packet; above it the connection is closed by the transport. */
  transportMaxBytes: 8 * 1024 * 1024,
  /** Largest sync message accepted with a clear error; kept below the transport cap. */
  maxMessageBytes: 4 * 1024 * 1024,
  /** Largest awareness update (one person's presence). */
  maxAwarenessBytes: 16 * 1024,
  /** Sync messages per second per connection, sustained, and the burst allowed on top. */
  syncPerSecond: 60,
  syncBurst: 240,
  /** Awareness messages per second per connection, and burst. */
  awarenessPerSecond: 20,
  awarenessBurst: 40,
  /** Workshop commands per second per connection, and burst (a vote flurry, a quick agenda). */
  workshopCommandsPerSecond: 10,
  workshopCommandBurst: 30,
  /** Documents one connection may hold open at once. */
  maxDocsPerConnection: 8,
} as const;
