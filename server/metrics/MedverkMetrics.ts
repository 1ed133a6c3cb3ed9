import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { ErrorCode } from '../../shared/protocol';

/** Seconds: an ack or a commit is a few milliseconds when healthy; the tail shows an outage. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Seconds: a PDF/A of a large plan takes a second or more. */
const EXPORT_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

/** What the metrics read at scrape time (gauges are computed then, not kept up to date). */
export interface MetricSources {
  /** Open websocket connections by who holds them (anonymous, user, guest). */
  connectionsByKind(): Record<string, number>;
  /** Documents in memory (loaded or loading). */
  openDocuments(): number;
}

/**
 * One server's Prometheus metrics in its own registry: tests start several servers in one
 * process, and each must count only its own traffic.
 */
export class MedverkMetrics {
  readonly registry = new Registry();
  private readonly updates: Counter;
  private readonly acks: Histogram<'event'>;
  private readonly commits: Histogram;
  private readonly refusals: Counter<'code'>;
  private readonly exports: Histogram<'format'>;

  constructor(sources: MetricSources) {
    const registers = [this.registry];
    // Memory, CPU, handles, GC and event-loop delay (nodejs_eventloop_lag_*), as prom-client names them.
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'medverk_connections',
      help: 'Open websocket connections, by who holds them',
      labelNames: ['kind'],
      registers,
      collect() {
        this.reset();
        for (const [kind, count] of Object.entries(sources.connectionsByKind())) this.set({ kind }, count);
      },
    });
    new Gauge({
      name: 'medverk_open_documents',
      help: 'Documents loaded in memory',
      registers,
      collect() {
        this.set(sources.openDocuments());
      },
    });
    this.updates = new Counter({ name: 'medverk_updates_total', help: 'Document updates committed to storage (rate() gives updates/s)', registers });
    this.acks = new Histogram({
      name: 'medverk_ack_seconds',
      help: 'From a client message arriving to its acknowledgement (sync: after the commit)',
      labelNames: ['event'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.commits = new Histogram({
      name: 'medverk_storage_commit_seconds',
      help: 'One batch of updates appended to storage (one transaction)',
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.refusals = new Counter({
      name: 'medverk_refusals_total',
      help: 'Messages refused over websockets, by error code',
      labelNames: ['code'],
      registers,
    });
    this.exports = new Histogram({
      name: 'medverk_export_seconds',
      help: 'Export requests answered, by format',
      labelNames: ['format'],
      buckets: EXPORT_BUCKETS,
      registers,
    });
  }

  updatesCommitted(count: number, seconds: number): void {
    this.updates.inc(count);
    this.commits.observe(seconds);
  }

  acknowledged(event: string, seconds: number): void {
    this.acks.observe({ event }, seconds);
  }

  /** Codes are the server's own; anything else is counted as `other`, so labels stay few. */
  refused(code: unknown): void {
    this.refusals.inc({ code: typeof code === 'string' && KNOWN_CODES.has(code) ? code : 'other' });
  }

  exported(format: string, seconds: number): void {
    this.exports.observe({ format }, seconds);
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
