import type pg from 'pg';
import type { Storage } from '../Storage';
import { createPool } from './pool';
import { migrate } from './migrate';
import { PostgresDocs } from './PostgresDocs';
import { PostgresPlans } from './PostgresPlans';
import { PostgresAccounts } from './PostgresAccounts';
import { PostgresInvites } from './PostgresInvites';
import { PostgresMembers } from './PostgresMembers';
import { PostgresAudit } from './PostgresAudit';
import { PostgresVersions } from './PostgresVersions';
import { PostgresWorkshops } from './PostgresWorkshops';
import { PostgresAssociations } from './PostgresAssociations';
import { PostgresAgendaTemplates } from './PostgresAgendaTemplates';
import { PostgresJoinCodes } from './PostgresJoinCodes';
import { PostgresEditLog } from './PostgresEditLog';
import { PostgresReaders } from './PostgresReaders';
import { PostgresPendingLogins } from './PostgresPendingLogins';
import { PostgresLocks } from './PostgresLocks';
import { PostgresPublicPages } from './PostgresPublicPages';
import { PostgresKnowledge } from './PostgresKnowledge';
import { PostgresGoals } from './PostgresGoals';
import { PostgresConsultations } from './PostgresConsultations';
import { PostgresInputs } from './PostgresInputs';
import { PostgresFiles } from './PostgresFiles';
import { PostgresFileStore } from './PostgresFileStore';

export interface PostgresOptions {
  /** postgres://…; a schema other than public goes in `?options=-c search_path=…`. */
  url: string;
  /** Connections for queries and transactions. */
  poolSize?: number;
  /** Connections for held named locks (one per key this server holds or waits for). */
  lockPoolSize?: number;
}

/** Several servers on one database: every repository on a connection pool, locks advisory. */
export class PostgresStorage implements Storage {
  readonly kind = 'postgres' as const;
  readonly docs: PostgresDocs;
  readonly plans: PostgresPlans;
  readonly accounts: PostgresAccounts;
  readonly invites: PostgresInvites;
  readonly members: PostgresMembers;
  readonly audit: PostgresAudit;
  readonly versions: PostgresVersions;
  readonly workshops: PostgresWorkshops;
  readonly associations: PostgresAssociations;
  readonly agendaTemplates: PostgresAgendaTemplates;
  readonly joinCodes: PostgresJoinCodes;
  readonly editLog: PostgresEditLog;
  readonly readers: PostgresReaders;
  readonly pendingLogins: PostgresPendingLogins;
  readonly locks: PostgresLocks;
  readonly publicPages: PostgresPublicPages;
  readonly knowledge: PostgresKnowledge;
  readonly goals: PostgresGoals;
  readonly consultations: PostgresConsultations;
  readonly inputs: PostgresInputs;
  readonly files: PostgresFiles;
  readonly blobs: PostgresFileStore;
  private readonly pool: pg.Pool;
  private readonly lockPool: pg.Pool;
  private closing: Promise<void> | null = null;

  /** Connects and brings the schema up to date; rejects (with nothing left open) when it cannot. */
  static async open(options: PostgresOptions): Promise<PostgresStorage> {
    const storage = new PostgresStorage(options);
    try {
      await migrate(storage.pool);
    } catch (error) {
      await storage.close();
      throw error;
    }
    return storage;
  }

  private constructor(options: PostgresOptions) {
    this.pool = createPool(options.url, options.poolSize ?? 10);
    this.lockPool = createPool(options.url, options.lockPoolSize ?? 10);
    this.docs = new PostgresDocs(this.pool);
    this.plans = new PostgresPlans(this.pool);
    this.accounts = new PostgresAccounts(this.pool);
    this.invites = new PostgresInvites(this.pool);
    this.members = new PostgresMembers(this.pool);
    this.audit = new PostgresAudit(this.pool);
    this.versions = new PostgresVersions(this.pool);
    this.workshops = new PostgresWorkshops(this.pool);
    this.associations = new PostgresAssociations(this.pool);
    this.agendaTemplates = new PostgresAgendaTemplates(this.pool);
    this.joinCodes = new PostgresJoinCodes(this.pool);
    this.editLog = new PostgresEditLog(this.pool);
    this.readers = new PostgresReaders(this.pool);
    this.pendingLogins = new PostgresPendingLogins(this.pool);
    this.locks = new PostgresLocks(this.lockPool);
    this.publicPages = new PostgresPublicPages(this.pool);
    this.knowledge = new PostgresKnowledge(this.pool);
    this.goals = new PostgresGoals(this.pool);
    this.consultations = new PostgresConsultations(this.pool);
    this.inputs = new PostgresInputs(this.pool);
    this.files = new PostgresFiles(this.pool);
    this.blobs = new PostgresFileStore(this.pool);
  }

  close(): Promise<void> {
    this.closing ??= Promise.all([this.pool.end(), this.lockPool.end()]).then(() => undefined);
    return this.closing;
  }
}
