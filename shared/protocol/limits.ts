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
  /** Discussion commands (comments, suggestions) per second per connection, and burst. */
  discussionCommandsPerSecond: 10,
  discussionCommandBurst: 30,
  /** Presence client ids one connection may use in one document (a tab uses one). */
  maxPresenceClientsPerDoc: 4,
  /** How long a client id stays kept for the person who left with it (they may be reconnecting). */
  presenceReservedMs: 30_000,
  /** Documents one connection may hold open at once. */
  maxDocsPerConnection: 8,
  /**
   * Largest single update (or catch-up piece) applied to a document; larger ones are refused
   * as message-too-large before they are applied. A catch-up is sent in pieces under this cap.
   */
  maxUpdateBytes: 1024 * 1024,
  /** Update bytes per second per connection, sustained, and the burst (a catch-up) on top. */
  syncBytesPerSecond: 512 * 1024,
  syncBytesBurst: 16 * 1024 * 1024,
  /** How fast one document may grow, shared by every connection on it, and its burst. */
  docGrowthBytesPerSecond: 1024 * 1024,
  docGrowthBurst: 32 * 1024 * 1024,
  /** Bytes queued to one socket above which presence to it is dropped… */
  sendBufferSoftBytes: 1024 * 1024,
  /** …and above which it is disconnected (it resyncs when it reconnects). */
  sendBufferHardBytes: 32 * 1024 * 1024,
  /**
   * Largest catch-up sent in pieces (shared/protocol/catchUp.ts), and the most one connection
   * may have buffered on the server for its unfinished catch-ups together.
   */
  maxCatchUpBytes: 64 * 1024 * 1024,
  /** An unfinished catch-up that received no piece for this long is dropped. */
  catchUpIdleMs: 60_000,
} as const;
