import { randomUUID } from 'node:crypto';
import { createClient, type RedisClientType } from '@redis/client';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Server } from 'socket.io';
import type { AccessChanges } from '../auth/AccessChanges';
import type { WorkshopReplicas } from '../workshops/WorkshopReplicas';
import { ClusterRelay } from './ClusterRelay';
import { ClusterReplicas } from './ClusterReplicas';
import { CommandStamps } from './CommandStamps';
import { redisStamps } from './redisStamps';
import { decodeAccessMessage, encodeAccessMessage } from './accessRelay';
import { redisBus } from './redisBus';

export interface ClusterConfig {
  url: string;
  /** Every key and channel starts with this, so deployments (and test runs) sharing a Redis never meet. */
  prefix: string;
  /** How often each loaded document's summary is published to heal lost messages. */
  resyncMs: number;
}

/** This server's part of a cluster of Medverk servers sharing one Redis and one PostgreSQL. */
export interface Cluster {
  readonly nodeId: string;
  /** The publishing connection, for plain commands too (the shared rate-limit counters). */
  readonly store: RedisClientType;
  readonly relay: ClusterRelay;
  /** Give it to the DocStore as its lifecycle: links every loaded document to the relay. */
  readonly replicas: ClusterReplicas;
  /** Give it to the WorkshopRunner: commands run on any server see the state they land on. */
  readonly workshops: WorkshopReplicas;
  /** Room broadcasts, `disconnectSockets` and `fetchSockets` reach every server's sockets. */
  installSocketAdapter(io: Server): void;
  /** Access changes published on any server reach this server's listeners, and the other way round. */
  relayAccessChanges(changes: AccessChanges): Promise<void>;
  close(): Promise<void>;
}

/**
 * Connects to Redis (three connections: one publishing, one subscribed for the document relay
 * and access changes, one subscribed for the Socket.IO adapter). Rejects if Redis is unreachable
 * at start-up; later outages are retried by the client (which resubscribes by itself) while the
 * server goes on serving its own connections.
 */
export async function startCluster(
  config: ClusterConfig,
  onError: (error: unknown, context: string) => void,
): Promise<Cluster> {
  const nodeId = randomUUID();
  // Unreachable at start-up: fail (the operator sees why). Lost later: retry, backing off to 5 s.
  let started = false;
  const reconnectStrategy = (retries: number, cause: Error) => (started ? Math.min(100 * 2 ** retries, 5_000) : cause);
  const publisher: RedisClientType = createClient({ url: config.url, socket: { reconnectStrategy } });
  const subscriber = publisher.duplicate();
  const adapterSubscriber = publisher.duplicate();
  const clients = [publisher, subscriber, adapterSubscriber];
  // An 'error' listener is required: without one a lost connection would crash the process.
  clients.forEach((client) => client.on('error', (error: unknown) => onError(error, 'redis connection')));
  try {
    await Promise.all(clients.map((client) => client.connect()));
    started = true;
  } catch (error) {
    await Promise.allSettled(clients.map((client) => client.disconnect()));
    throw error;
  }
  const relay = new ClusterRelay(redisBus(publisher, subscriber), {
    nodeId,
    prefix: config.prefix,
    resyncMs: config.resyncMs,
    onError,
  });
  const accessChannel = `${config.prefix}access`;
  const replicas = new ClusterReplicas(relay);

  return {
    nodeId,
    store: publisher,
    relay,
    replicas,
    workshops: new CommandStamps(replicas, redisStamps(publisher, config.prefix), onError),
    installSocketAdapter(io) {
      io.adapter(createAdapter(publisher, adapterSubscriber, { key: `${config.prefix}socket.io` }));
    },
    async relayAccessChanges(changes) {
      await subscriber.subscribe(accessChannel, (raw: string) => {
        const change = decodeAccessMessage(nodeId, raw);
        if (change) changes.receive(change);
      });
      changes.forwardTo((change) => {
        publisher.publish(accessChannel, encodeAccessMessage(nodeId, change)).catch((error: unknown) => {
          onError(error, 'publishing an access change');
        });
      });
    },
    async close() {
      relay.stop();
      await Promise.allSettled(clients.map((client) => client.quit()));
    },
  };
}
