import type { Server } from 'socket.io';
import type { MedverkMetrics } from './MedverkMetrics';

/** The client messages that carry an acknowledgement callback worth timing. */
const ACKED_EVENTS = new Set(['sync', 'join', 'workshopCommand', 'discussionCommand']);

/**
 * Times every acknowledged message from its arrival to its ack, and counts refusals (an ack with
 * `ok: false`, or a `problem` sent to the client) by code. Observes the sockets from outside, so
 * the realtime code knows nothing of metrics; attach after the sync handlers.
 */
export function instrumentSockets(io: Server, metrics: MedverkMetrics): void {
  io.on('connection', (socket) => {
    // Middleware sees the packet's arguments before any listener: the ack is wrapped in place.
    socket.use((packet, next) => {
      const [event] = packet;
      const last = packet.length - 1;
      const ack: unknown = packet[last];
      if (typeof event === 'string' && ACKED_EVENTS.has(event) && last > 0 && typeof ack === 'function') {
        const started = process.hrtime.bigint();
        packet[last] = (result: unknown, ...rest: unknown[]) => {
          metrics.acknowledged(event, Number(process.hrtime.bigint() - started) / 1e9);
          if (isRefusal(result)) metrics.refused(result.code);
          return (ack as (...args: unknown[]) => unknown)(result, ...rest);
        };
      }
      next();
    });
    socket.onAnyOutgoing((event: string, problem: unknown) => {
      if (event === 'problem' && typeof problem === 'object' && problem !== null) metrics.refused((problem as { code?: unknown }).code);
    });
  });
}

/** Counts of open connections by identity kind, read at scrape time. */
export function connectionsByKind(io: Server): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const socket of io.of('/').sockets.values()) {
    const kind = (socket.data as { identity?: { kind?: string } }).identity?.kind ?? 'unidentified';
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

function isRefusal(result: unknown): result is { ok: false; code: unknown } {
  return typeof result === 'object' && result !== null && (result as { ok?: unknown }).ok === false;
}
